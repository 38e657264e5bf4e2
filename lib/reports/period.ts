import { firstValue, type SearchParams } from "@/lib/core/url-params";
import { addDays, lengthInDays, maxPeriodDays, monthEnd, monthStart, toVietnameseDate } from "@/lib/filters/period";
import { parseVietnameseDate } from "@/lib/i18n/format";

// A report's period: a calendar month, quarter or year, or a custom range. Reports go up for
// whole periods, so the default is last month (the monthly report a secretary sends early in the
// next month). URL: ?period=month&at=2026-11 | quarter&at=2026-Q4 | year&at=2026 |
// custom&from=01/10/2026&to=15/11/2026. Pure.

export const reportPeriodKinds = ["month", "quarter", "year", "custom"] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];

export interface ReportPeriod {
  kind: ReportPeriodKind;
  from: string;
  to: string;
}

export type ReportPeriodError = "invalidPeriod" | "fromAfterTo" | "tooLong";

const pad = (n: number) => String(n).padStart(2, "0");
const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

/** The month before the one holding `today`. */
export function lastMonth(today: string): ReportPeriod {
  const to = addDays(monthStart(today), -1);
  return { kind: "month", from: monthStart(to), to };
}

function monthPeriod(year: number, month: number): ReportPeriod {
  const from = `${year}-${pad(month)}-01`;
  return { kind: "month", from, to: monthEnd(from) };
}

function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const from = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  return { kind: "quarter", from, to: monthEnd(`${year}-${pad(quarter * 3)}-01`) };
}

const saneYear = (y: number) => y >= 2025 && y <= 2100;

/** The period a URL asks for; anything unreadable falls back to last month and says why. */
export function resolveReportPeriod(
  params: SearchParams,
  today: string,
): { period: ReportPeriod; error?: ReportPeriodError } {
  const kind = firstValue(params.period);
  // `at`, or the picker's field named after the kind (?period=month&month=2026-11): one GET form
  // has an input per kind and the browser sends them all.
  const at = firstValue(params.at) ?? (kind && kind !== "custom" ? firstValue(params[kind]) : undefined) ?? "";
  const fallback = lastMonth(today);
  if (!kind) return { period: fallback };
  if (kind === "month") {
    const m = /^(\d{4})-(\d{2})$/.exec(at);
    if (!m) return at ? { period: fallback, error: "invalidPeriod" } : { period: fallback };
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (!saneYear(y) || mo < 1 || mo > 12) return { period: fallback, error: "invalidPeriod" };
    return { period: monthPeriod(y, mo) };
  }
  if (kind === "quarter") {
    const m = /^(\d{4})-Q([1-4])$/i.exec(at);
    if (!m) {
      if (at) return { period: fallback, error: "invalidPeriod" };
      const prev = addDays(`${today.slice(0, 4)}-${pad((quarterOf(today) - 1) * 3 + 1)}-01`, -1);
      return { period: quarterPeriod(Number(prev.slice(0, 4)), quarterOf(prev)) };
    }
    if (!saneYear(Number(m[1]))) return { period: fallback, error: "invalidPeriod" };
    return { period: quarterPeriod(Number(m[1]), Number(m[2])) };
  }
  if (kind === "year") {
    const y = /^\d{4}$/.test(at) ? Number(at) : Number(today.slice(0, 4));
    if (!saneYear(y) || (at && !/^\d{4}$/.test(at))) return { period: fallback, error: "invalidPeriod" };
    return { period: { kind: "year", from: `${y}-01-01`, to: `${y}-12-31` } };
  }
  if (kind === "custom") {
    const from = parseVietnameseDate(firstValue(params.from) ?? "");
    const to = parseVietnameseDate(firstValue(params.to) ?? "");
    if (!from || !to || !saneYear(Number(from.slice(0, 4))) || !saneYear(Number(to.slice(0, 4))))
      return { period: fallback, error: "invalidPeriod" };
    if (from > to) return { period: fallback, error: "fromAfterTo" };
    if (lengthInDays(from, to) > maxPeriodDays) return { period: fallback, error: "tooLong" };
    return { period: { kind: "custom", from, to } };
  }
  return { period: fallback, error: "invalidPeriod" };
}

/** The URL params that ask for `period` again. */
export function reportPeriodParams(period: ReportPeriod): Record<string, string> {
  switch (period.kind) {
    case "month":
      return { period: "month", at: period.from.slice(0, 7) };
    case "quarter":
      return { period: "quarter", at: `${period.from.slice(0, 4)}-Q${quarterOf(period.from)}` };
    case "year":
      return { period: "year", at: period.from.slice(0, 4) };
    case "custom":
      return { period: "custom", from: toVietnameseDate(period.from), to: toVietnameseDate(period.to) };
  }
}

const roman = ["I", "II", "III", "IV"] as const;

/** What the title needs to name the period: the message key and its values. */
export function periodLabelParts(period: ReportPeriod): { key: ReportPeriodKind; values: Record<string, string> } {
  const year = period.from.slice(0, 4);
  switch (period.kind) {
    case "month":
      return { key: "month", values: { month: String(Number(period.from.slice(5, 7))), year } };
    case "quarter":
      return { key: "quarter", values: { quarter: roman[quarterOf(period.from) - 1]!, year } };
    case "year":
      return { key: "year", values: { year } };
    case "custom":
      return { key: "custom", values: { from: toVietnameseDate(period.from), to: toVietnameseDate(period.to) } };
  }
}

/** Calendar months the period touches (a mobile-desk target is per month). */
export function monthsTouched(period: Pick<ReportPeriod, "from" | "to">): number {
  const [fy, fm] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  const [ty, tm] = [Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7))];
  return (ty - fy) * 12 + (tm - fm) + 1;
}
