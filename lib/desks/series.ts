import { z } from "zod";
import { addDays, monthEnd } from "@/lib/filters/period";
import { parseVietnameseDate } from "@/lib/i18n/format";

// A recurring series of mobile desks, pure (no I/O): the rule ("every Saturday", "every second
// Saturday", "the 2nd Saturday of each month") and its span expand to the list of days the
// series form shows before saving. Each day then becomes an ordinary desk through createDesk
// (lib/desks/series-commands.ts); the desks are independent once saved (no series id is stored).
// Dates are ISO "yyyy-MM-dd"; weekdays 0 = Sunday … 6 = Saturday, as Date.getUTCDay counts them.

/** Longest span a series may cover, in months. */
export const MAX_SERIES_MONTHS = 6;
/** Most dates a series lists (a weekly series over six months has at most 27). */
export const MAX_SERIES_DATES = 60;

export const seriesRules = ["weekly", "biweekly", "monthly"] as const;
export type SeriesRuleKind = (typeof seriesRules)[number];
/** Which occurrence of the weekday in its month: 1st–4th, or the last (-1). */
export const monthlyOrdinals = [1, 2, 3, 4, -1] as const;
export type MonthlyOrdinal = (typeof monthlyOrdinals)[number];

export type Recurrence =
  { kind: "weekly" | "biweekly"; weekday: number } | { kind: "monthly"; weekday: number; nth: MonthlyOrdinal };

export interface SeriesSpan {
  /** First day that may hold a desk (inclusive). */
  start: string;
  /** Last day that may hold a desk (inclusive). */
  end: string;
}

export interface Expansion {
  days: string[];
  /** Whether the rule gave more days than MAX_SERIES_DATES (only the first ones are kept). */
  capped: boolean;
}

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const weekdayOf = (iso: string) => new Date(toUtc(iso)).getUTCDay();

/** The same day of the month `months` later, clamped to the month's last day (31/01 + 1 → 28/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const first = new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
  const last = Number(monthEnd(first).slice(8, 10));
  return `${first.slice(0, 8)}${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The span of "N months from start": start up to the day before the same date N months later. */
export const spanOfMonths = (start: string, months: number): SeriesSpan => ({
  start,
  end: addDays(addMonths(start, months), -1),
});

/** The first day on or after `iso` that falls on `weekday`. */
export const nextWeekday = (iso: string, weekday: number) => addDays(iso, (weekday - weekdayOf(iso) + 7) % 7);

/** The nth (or last, -1) `weekday` of the month holding `iso`. */
export function nthWeekdayOfMonth(iso: string, weekday: number, nth: MonthlyOrdinal): string {
  if (nth === -1) {
    const last = monthEnd(iso);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  return addDays(nextWeekday(`${iso.slice(0, 8)}01`, weekday), 7 * (nth - 1));
}

/** The days of the series within the span, increasing, at most `cap` of them. */
export function expandSeries(rule: Recurrence, span: SeriesSpan, cap: number = MAX_SERIES_DATES): Expansion {
  const days: string[] = [];
  if (span.end < span.start) return { days, capped: false };
  if (rule.kind === "monthly") {
    for (let month = `${span.start.slice(0, 8)}01`; month <= span.end; month = addMonths(month, 1)) {
      const day = nthWeekdayOfMonth(month, rule.weekday, rule.nth);
      if (day < span.start || day > span.end) continue;
      if (days.length === cap) return { days, capped: true };
      days.push(day);
    }
    return { days, capped: false };
  }
  const step = rule.kind === "biweekly" ? 14 : 7;
  for (let day = nextWeekday(span.start, rule.weekday); day <= span.end; day = addDays(day, step)) {
    if (days.length === cap) return { days, capped: true };
    days.push(day);
  }
  return { days, capped: false };
}

// ---- The form's recurrence fields ---------------------------------------------------------------

/** dd/MM/yyyy (or yyyy-MM-dd) → yyyy-MM-dd; empty → undefined. */
const dateText = (invalidKey: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .transform((text, ctx) => {
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(text)
          ? parseVietnameseDate(text.split("-").reverse().join("/"))
          : parseVietnameseDate(text);
        if (!iso || iso < "2025-01-01" || iso > "2099-12-31") {
          ctx.addIssue({ code: "custom", message: invalidKey });
          return z.NEVER;
        }
        return iso;
      })
      .optional(),
  );

const choice = <T extends readonly (string | number)[]>(values: T, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v !== "" && typeof values[0] === "number" ? Number(v) : v),
    z.custom<T[number]>((v) => values.includes(v as T[number]), key),
  );

/**
 * The recurrence as the series form sends it: the rule, the weekday, the month's occurrence (for
 * "monthly"), the first day (not before `today`), and either a number of months (1–6) or a last
 * day within six months. Gives the rule and the span.
 */
export function recurrenceSchema(today: string) {
  return z
    .object({
      rule: choice(seriesRules, "desks.series.errors.ruleInvalid"),
      weekday: choice([0, 1, 2, 3, 4, 5, 6] as const, "desks.series.errors.weekdayInvalid"),
      nth: z.preprocess(
        (v) => (v === "" || v == null ? "1" : v),
        choice(monthlyOrdinals, "desks.series.errors.nthInvalid"),
      ),
      startDay: dateText("desks.errors.dayInvalid"),
      months: z.preprocess(
        (v) => (v === "" || v == null ? "3" : v),
        z.coerce
          .number({ message: "desks.series.errors.monthsInvalid" })
          .int("desks.series.errors.monthsInvalid")
          .min(1, "desks.series.errors.monthsInvalid")
          .max(MAX_SERIES_MONTHS, "desks.series.errors.monthsInvalid"),
      ),
      until: dateText("desks.errors.dayInvalid"),
    })
    .superRefine((r, ctx) => {
      if (!r.startDay) ctx.addIssue({ code: "custom", path: ["startDay"], message: "desks.errors.dayRequired" });
      else if (r.startDay < today)
        ctx.addIssue({ code: "custom", path: ["startDay"], message: "desks.errors.dayInPast" });
      else if (r.until && r.until < r.startDay)
        ctx.addIssue({ code: "custom", path: ["until"], message: "desks.series.errors.untilBeforeStart" });
      else if (r.until && r.until > spanOfMonths(r.startDay, MAX_SERIES_MONTHS).end)
        ctx.addIssue({ code: "custom", path: ["until"], message: "desks.series.errors.untilTooFar" });
    })
    .transform((r) => {
      const rule: Recurrence =
        r.rule === "monthly"
          ? { kind: "monthly", weekday: r.weekday, nth: r.nth }
          : { kind: r.rule, weekday: r.weekday };
      const start = r.startDay!;
      return { rule, span: r.until ? { start, end: r.until } : spanOfMonths(start, r.months) };
    });
}
export type RecurrenceInput = z.output<ReturnType<typeof recurrenceSchema>>;
