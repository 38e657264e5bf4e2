import { idParam, oneOfParam, pageParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { deskStatus } from "@/lib/db/schema/enums";
import { todayInVietnam } from "@/lib/i18n/format";

// /desks's URL: ?view=month|list&month=yyyy-MM&village=<id>&status=planned|held|cancelled&page=N.
// Unreadable values read as "not given" (this month, every village, every status, page 1).

export const deskStatuses = deskStatus.enumValues;
export type DeskStatus = (typeof deskStatuses)[number];

export interface DeskFilters {
  view: "month" | "list";
  /** yyyy-MM, or "all" (the list only: every month). */
  month: string;
  /** A provincial officer's or admin's drill-down to one commune. */
  communeId?: number;
  villageId?: number;
  status?: DeskStatus;
  page: number;
}

export function deskFiltersFrom(params: SearchParams, today: string = todayInVietnam()): DeskFilters {
  const month = textParam(params, "month");
  const valid = month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) && month >= "2025-01" && month <= "2099-12";
  const view = oneOfParam(params, "view", ["month", "list"] as const) ?? "month";
  return {
    view,
    month: valid ? month : view === "list" && month === "all" ? "all" : today.slice(0, 7),
    communeId: idParam(params, "commune"),
    villageId: idParam(params, "village"),
    status: oneOfParam(params, "status", deskStatuses),
    page: pageParam(params),
  };
}

/** The month before or after a yyyy-MM month. */
export function shiftMonth(month: string, by: number, today: string = todayInVietnam()): string {
  if (month === "all") return shiftMonth(today.slice(0, 7), by);
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The weeks (Monday first) covering a month, each seven yyyy-MM-dd days, outside days included. */
export function monthGrid(month: string): string[][] {
  const first = new Date(`${month}-01T00:00:00Z`);
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const weeks: string[][] = [];
  for (let cursor = start; ;) {
    const week = Array.from({ length: 7 }, (_, i) =>
      new Date(cursor.getTime() + i * 86_400_000).toISOString().slice(0, 10),
    );
    weeks.push(week);
    cursor = new Date(cursor.getTime() + 7 * 86_400_000);
    if (cursor.toISOString().slice(0, 7) !== month) break;
  }
  return weeks;
}
