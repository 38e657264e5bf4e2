// The demo's calendar. Everything is anchored to a fixed "today" so the seed is the same on every
// run and every machine (no Date.now): about four and a half months of history end on DEMO_TODAY,
// and plans (mobile desks, duty roster) reach a few weeks past it.

/** The last day with recorded support in the demo (a Friday). */
export const DEMO_TODAY = "2026-11-20";
/** The first day of recorded history: the Monday before Hoàng Su Phì's launch on 7 July. */
export const DEMO_HISTORY_START = "2026-07-06";
/** How far past DEMO_TODAY plans (mobile desks, duty roster) are seeded. */
export const DEMO_PLAN_DAYS = 21;

// Public holidays in the window when service centers close: National Day 2026 (1–2 September).
export const DEMO_HOLIDAYS: ReadonlySet<string> = new Set(["2026-09-01", "2026-09-02"]);

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (weeks start on Monday in Vietnam). */
export function isoWeekday(day: string): number {
  const d = new Date(toUtc(day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Monday to Friday, not a public holiday: the days a service center is open. */
export function isWorkingDay(day: string): boolean {
  return isoWeekday(day) <= 5 && !DEMO_HOLIDAYS.has(day);
}

/** A wall-clock time in Vietnam (UTC+7, no daylight saving) on `day`, as an instant. */
export function vietnamTime(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+07:00`);
}

/** The later of two days. */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
