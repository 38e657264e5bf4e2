import type { CommuneKind } from "@/lib/db/schema/enums";
import type { Counter } from "@/lib/overview/commune-queries";
import type { reportModelVersion } from "./commune-report-types";
import type { ReportPeriod } from "./period";

// The service-center director's report as stored in an issued report's snapshot (plain JSON):
// the support given at the center (records with channel "center"; a record names no center, so a
// commune's center-channel records are its center's), the duty roster's coverage, the members on
// duty, and the center's civil servants at mobile desks. Pure types.

export interface CenterReportModel {
  version: typeof reportModelVersion;
  kind: "center";
  unit: {
    centerId: number;
    centerName: string;
    communeId: number;
    communeName: string;
    communeKind: CommuneKind;
    provinceId: number;
    provinceName: string;
  };
  period: ReportPeriod;
  /** When the figures were read (ISO instant). */
  readAt: string;
  /** The latest day with a center record in the period, if any. */
  lastRecordDay: string | null;
  /** Dossiers the center typically receives a day (Phú Lợi: 70–100), if recorded. */
  dailyDossiersTypical: number | null;
  records: {
    /** Support records at the center in the period, and the days that have one. */
    count: number;
    days: number;
    current: Record<Counter, number>;
    previous: Record<Counter, number>;
  };
  trend: {
    unit: "day" | "week" | "month";
    points: { from: string; to: string; records: number; peopleServed: number }[];
  };
  procedures: { code: string; nameVi: string; nameEn: string; records: number }[];
  roster: {
    staffing: { dutyPerDay: number; saturdayDuty: number; sundayDuty: number; openOnHolidays: boolean };
    /** Per calendar month the period touches: open days, days fully staffed, people needed and on duty. */
    months: {
      month: string;
      openDays: number;
      staffedDays: number;
      peopleNeeded: number;
      peopleOnDuty: number;
      shifts: number;
    }[];
    /** Open days with fewer people than needed (lib/roster/gaps.ts). */
    gaps: { day: string; need: number; have: number }[];
  };
  /** Members on the duty roster in the period, by name. */
  helpers: {
    memberId: number;
    name: string;
    team: string | null;
    morning: number;
    afternoon: number;
    fullDay: number;
    days: number;
  }[];
  /** The commune's civil servants staffing mobile desks in the period. */
  desks: {
    held: number;
    planned: number;
    cancelled: number;
    civilServants: { memberId: number; name: string; held: number; planned: number }[];
  };
}
