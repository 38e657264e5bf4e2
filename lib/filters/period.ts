import { parseVietnameseDate } from "@/lib/i18n/format";

// The one period model of the dashboards and the maps (?period=week|month|quarter|custom&from&to):
// the presets the filter bar offers, the previous period of equal length, and the chart buckets
// (day / week / month) chosen by the period's length. Dates are ISO "yyyy-MM-dd" strings, inclusive
// at both ends; weeks start on Monday (Vietnam's convention). Pure.

export const periodPresets = ["week", "month", "quarter", "custom"] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export type BucketUnit = "day" | "week" | "month";

export interface Period {
  preset: PeriodPreset;
  from: string;
  to: string;
}

export interface Bucket {
  unit: BucketUnit;
  /** First and last day of the bucket, clipped to the period. */
  from: string;
  to: string;
}

/** The longest custom period accepted: three years keeps every chart legible. */
export const maxPeriodDays = 3 * 366;

const dayMs = 86_400_000;
const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => toIso(toUtc(iso) + days * dayMs);
/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: string, b: string) => Math.round((toUtc(b) - toUtc(a)) / dayMs);
/** Days from `from` to `to`, both included. */
export const lengthInDays = (from: string, to: string) => Math.round((toUtc(to) - toUtc(from)) / dayMs) + 1;

/** Monday of the week holding `iso`. */
export function weekStart(iso: string): string {
  const weekday = new Date(toUtc(iso)).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}
export const monthStart = (iso: string) => `${iso.slice(0, 8)}01`;
export function monthEnd(iso: string): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return toIso(Date.UTC(y, m, 0));
}
export function quarterStart(iso: string): string {
  const m = Number(iso.slice(5, 7));
  const first = m - ((m - 1) % 3);
  return `${iso.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
}

export type PeriodInput = { period?: string; from?: string; to?: string };
export type PeriodResult = { period: Period; error?: "invalidDate" | "fromAfterTo" | "tooLong" };

/**
 * The period a URL asks for. Presets run from the start of the current week / month / quarter to
 * `today`; "custom" takes dd/MM/yyyy from/to. Anything unreadable falls back to this month and
 * says why, so a bad link still shows a page.
 */
export function resolvePeriod(input: PeriodInput, today: string): PeriodResult {
  const preset = (periodPresets as readonly string[]).includes(input.period ?? "")
    ? (input.period as PeriodPreset)
    : "month";
  const fallback: Period = { preset: "month", from: monthStart(today), to: today };
  switch (preset) {
    case "week":
      return { period: { preset, from: weekStart(today), to: today } };
    case "quarter":
      return { period: { preset, from: quarterStart(today), to: today } };
    case "month":
      return { period: fallback };
    case "custom": {
      const from = parseVietnameseDate(input.from ?? "");
      const to = parseVietnameseDate(input.to ?? "");
      if (!from || !to) return { period: fallback, error: "invalidDate" };
      if (from > to) return { period: fallback, error: "fromAfterTo" };
      if (lengthInDays(from, to) > maxPeriodDays) return { period: fallback, error: "tooLong" };
      return { period: { preset, from, to } };
    }
  }
}

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: Pick<Period, "from" | "to">): { from: string; to: string } {
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(lengthInDays(period.from, period.to) - 1)), to };
}

/** Days for up to a month, weeks up to half a year, months beyond: 7 to 31 points on a chart. */
export function bucketUnitFor(lengthDays: number): BucketUnit {
  if (lengthDays <= 31) return "day";
  if (lengthDays <= 184) return "week";
  return "month";
}

/** The first day of the bucket that holds `iso`. */
export function bucketStart(iso: string, unit: BucketUnit): string {
  return unit === "day" ? iso : unit === "week" ? weekStart(iso) : monthStart(iso);
}

/** Consecutive buckets covering the period exactly: no gap, no overlap, clipped at both ends. */
export function bucketsOf(
  period: Pick<Period, "from" | "to">,
  unit: BucketUnit = bucketUnitFor(lengthInDays(period.from, period.to)),
): Bucket[] {
  const buckets: Bucket[] = [];
  let from = period.from;
  while (from <= period.to) {
    const start = bucketStart(from, unit);
    const naturalEnd = unit === "day" ? start : unit === "week" ? addDays(start, 6) : monthEnd(start);
    const to = naturalEnd < period.to ? naturalEnd : period.to;
    buckets.push({ unit, from, to });
    from = addDays(to, 1);
  }
  return buckets;
}

/** Sums daily values into the period's buckets. Days outside the period are ignored. */
export function sumIntoBuckets<K extends string>(
  buckets: readonly Bucket[],
  days: readonly ({ day: string } & Record<K, number>)[],
  keys: readonly K[],
): ({ from: string; to: string } & Record<K, number>)[] {
  const out = buckets.map(
    (b) =>
      ({ from: b.from, to: b.to, ...Object.fromEntries(keys.map((k) => [k, 0])) }) as {
        from: string;
        to: string;
      } & Record<K, number>,
  );
  for (const d of days) {
    // Buckets are sorted and contiguous: a binary search finds the one holding the day.
    let lo = 0;
    let hi = out.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const bucket = out[mid]!;
      if (d.day < bucket.from) hi = mid - 1;
      else if (d.day > bucket.to) lo = mid + 1;
      else {
        for (const k of keys) (bucket as Record<K, number>)[k] += Number(d[k]) || 0;
        break;
      }
    }
  }
  return out;
}

/**
 * The span a trend chart draws: the period, cut at the latest record when that falls inside it,
 * so days not yet reported don't read as a collapse to zero.
 */
export function chartRange(period: Pick<Period, "from" | "to">, asOf: string | null): { from: string; to: string } {
  return asOf && asOf >= period.from && asOf < period.to
    ? { from: period.from, to: asOf }
    : { from: period.from, to: period.to };
}

/** "dd/MM/yyyy" for a custom-period field. */
export const toVietnameseDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The URL params that ask for `period` again: a preset by name, a custom range by its dates. Links
 * between the overviews and the maps carry them so the period survives the trip.
 */
export function periodParams(period: Pick<Period, "preset" | "from" | "to">): {
  period: PeriodPreset;
  from: string | null;
  to: string | null;
} {
  return period.preset === "custom"
    ? { period: "custom", from: toVietnameseDate(period.from), to: toVietnameseDate(period.to) }
    : { period: period.preset, from: null, to: null };
}
