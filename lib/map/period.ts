// The period filter shared with the dashboards, read from the URL (?period=…). Pure.

export const periodKeys = ["all", "30d", "90d", "month", "quarter"] as const;
export type PeriodKey = (typeof periodKeys)[number];

export interface Period {
  key: PeriodKey;
  /** Inclusive ISO dates; `from` null = since the programme began. */
  from: string | null;
  to: string;
}

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => fromUtc(toUtc(day) + days * DAY_MS);
/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: string, b: string) => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

export function periodOf(raw: unknown, today: string): Period {
  const key: PeriodKey = typeof raw === "string" && (periodKeys as readonly string[]).includes(raw) ? (raw as PeriodKey) : "all";
  switch (key) {
    case "30d":
      return { key, from: addDays(today, -29), to: today };
    case "90d":
      return { key, from: addDays(today, -89), to: today };
    case "month":
      return { key, from: `${today.slice(0, 8)}01`, to: today };
    case "quarter": {
      const month = Number(today.slice(5, 7));
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { key, from: `${today.slice(0, 5)}${String(first).padStart(2, "0")}-01`, to: today };
    }
    default:
      return { key: "all", from: null, to: today };
  }
}
