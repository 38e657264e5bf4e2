// Pure comparisons the overviews draw: change against the previous period, the province median,
// and the rule that flags communes falling behind. No I/O.

/** Relative change, or null when there is nothing to compare against (previous = 0). */
export function changeRatio(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return (current - previous) / previous;
}

/** The median of the values (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** reached / total, 0 when there are no households to reach. */
export const coverageOf = (reached: number, total: number) => (total > 0 ? reached / total : 0);

export interface BehindRule {
  /** Flag a commune whose coverage is below this share of the province median (default ½). */
  coverageShareOfMedian: number;
  /** Flag a commune that held no mobile desk in this many days (default 30). */
  deskDays: number;
}
export const defaultBehindRule: BehindRule = { coverageShareOfMedian: 0.5, deskDays: 30 };

/** Reads the rule's thresholds from the URL, keeping defaults for anything out of range. */
export function parseBehindRule(params: { behindShare?: string; deskDays?: string }): BehindRule {
  const share = Number(params.behindShare);
  const days = Number(params.deskDays);
  return {
    coverageShareOfMedian:
      Number.isFinite(share) && share > 0 && share <= 1 ? share : defaultBehindRule.coverageShareOfMedian,
    deskDays: Number.isInteger(days) && days >= 1 && days <= 365 ? days : defaultBehindRule.deskDays,
  };
}

export type BehindReason = "lowCoverage" | "noMobileDesk";

/**
 * Why a commune is falling behind: coverage below the share of the province median, or no mobile
 * desk held in the window — the latter only for communes with remote villages, since the others
 * are not expected to run desks.
 */
export function behindReasons(
  commune: { coverage: number; householdsTotal: number; desksHeldInWindow: number; remoteVillages: number },
  medianCoverage: number | null,
  rule: BehindRule = defaultBehindRule,
): BehindReason[] {
  const reasons: BehindReason[] = [];
  // A unit with no households (Hoàng Sa special zone) has nobody to reach: never "behind".
  if (
    commune.householdsTotal > 0 &&
    medianCoverage != null &&
    medianCoverage > 0 &&
    commune.coverage < medianCoverage * rule.coverageShareOfMedian
  ) {
    reasons.push("lowCoverage");
  }
  if (commune.remoteVillages > 0 && commune.desksHeldInWindow === 0) reasons.push("noMobileDesk");
  return reasons;
}

/** Volunteers' load bands against the "1+20" norm. */
export const loadBands = [
  { key: "none", min: 0, max: 0 },
  { key: "light", min: 1, max: 14 },
  { key: "near", min: 15, max: 19 },
  { key: "norm", min: 20, max: 20 },
  { key: "over", min: 21, max: 25 },
  { key: "heavy", min: 26, max: Number.POSITIVE_INFINITY },
] as const;
export type LoadBand = (typeof loadBands)[number]["key"];

export function loadBandOf(households: number): LoadBand {
  return loadBands.find((b) => households >= b.min && households <= b.max)?.key ?? "heavy";
}

/** Sorts rows by a key, nulls last, ties by name so the order is stable across requests. */
export function sortRows<T extends { name: string }>(rows: readonly T[], key: keyof T, direction: "asc" | "desc"): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a[key], b[key]];
    if (x == null && y != null) return 1;
    if (y == null && x != null) return -1;
    if (typeof x === "number" && typeof y === "number" && x !== y) return (x - y) * sign;
    if (typeof x === "string" && typeof y === "string" && x !== y) return x.localeCompare(y, "vi") * sign;
    return a.name.localeCompare(b.name, "vi");
  });
}
