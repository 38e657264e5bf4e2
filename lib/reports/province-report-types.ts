import type { CommuneKind } from "@/lib/db/schema/enums";
import type { Counter } from "@/lib/overview/commune-queries";
import type { reportModelVersion } from "./commune-report-types";
import type { ReportPeriod } from "./period";

// The province report's model as stored in an issued report's snapshot (plain JSON). Pure types.

/** One commune's row: the province overview's figures for the period, its desks and its rank. */
export interface ProvinceCommuneLine {
  communeId: number;
  name: string;
  kind: CommuneKind;
  /** 1 = the highest coverage (households reached ÷ households), ties by name. */
  rank: number;
  householdsTotal: number;
  reached: number;
  proficient: number;
  /** The commune's households-reached target running at the period's end, if any. */
  reachTarget: number | null;
  counters: Record<Counter, number>;
  activeVolunteers: number;
  remoteVillages: number;
  desks: { held: number; planned: number; targetPerMonthMin: number; targetPerMonthMax: number };
}

export interface ProvinceReportModel {
  version: typeof reportModelVersion;
  kind: "province";
  unit: { provinceId: number; provinceName: string };
  period: ReportPeriod;
  /** When the figures were read (ISO instant). */
  readAt: string;
  /** The latest day with a record anywhere in the province (the overview's "as of"). */
  lastRecordDay: string | null;
  /** The period's counters of the whole province in the previous period of equal length. */
  previous: Record<Counter, number>;
  trend: {
    unit: "day" | "week" | "month";
    points: { from: string; to: string; householdsServed: number; peopleServed: number }[];
  };
  /** Months the period touches: the desks' target is per remote village and month. */
  months: number;
  /** In name order; `rank` carries the ranking. */
  communes: ProvinceCommuneLine[];
}
