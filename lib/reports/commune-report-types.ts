import type { CommuneKind } from "@/lib/db/schema/enums";
import type { Counter } from "@/lib/overview/commune-queries";
import type { ReportPeriod } from "./period";

// The commune report's model as stored in an issued report's snapshot (plain JSON). Pure types,
// so the document builder and the PDF renderer can use them outside the server-only queries.

export const reportModelVersion = 1;

/** The counters the report lists, in order (the overview's headline counters). */
export const reportCounters: readonly Counter[] = [
  "peopleServed",
  "householdsServed",
  "eidActivated",
  "signaturesInstalled",
  "simsGiven",
  "dossiersSubmitted",
];

export interface CommuneReportModel {
  version: typeof reportModelVersion;
  kind: "commune";
  unit: { communeId: number; communeName: string; communeKind: CommuneKind; provinceId: number; provinceName: string };
  period: ReportPeriod;
  /** When the figures were read (ISO instant): "số liệu tính đến 08:15 ngày 04/12/2026". */
  readAt: string;
  /** The latest day with a record in the period, if any. */
  lastRecordDay: string | null;
  households: { total: number; reached: number; reachedInPeriod: number; proficient: number };
  counters: { current: Record<Counter, number>; previous: Record<Counter, number> };
  targets: { indicator: string; value: number; achieved: number | null; startsOn: string; dueOn: string }[];
  trend: {
    unit: "day" | "week" | "month";
    points: { from: string; to: string; householdsServed: number; signaturesInstalled: number; simsGiven: number }[];
  };
  villages: {
    villageId: number;
    name: string;
    remote: boolean;
    householdsTotal: number;
    reached: number;
    householdsServed: number;
    peopleServed: number;
  }[];
  channels: { channel: string; records: number; peopleServed: number; householdsServed: number }[];
  procedures: { code: string; nameVi: string; nameEn: string; records: number }[];
  desks: {
    targetPerMonthMin: number;
    targetPerMonthMax: number;
    months: number;
    villages: { villageId: number; name: string; held: number; planned: number }[];
  };
  volunteers: { volunteers: number; householdsAssigned: number; atOrAboveNorm: number };
}
