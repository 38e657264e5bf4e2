import { coverageOf, median } from "./ranking";

// The province total and median rows under the commune table. Pure.

export interface CommuneFigures {
  householdsTotal: number;
  reached: number;
  proficient: number;
  peopleServed: number;
  signaturesInstalled: number;
  simsGiven: number;
  desksHeld: number;
  activeVolunteers: number;
  coverage: number;
  proficiency: number;
  targetProgress: number | null;
}

const summed = [
  "householdsTotal",
  "reached",
  "proficient",
  "peopleServed",
  "signaturesInstalled",
  "simsGiven",
  "desksHeld",
  "activeVolunteers",
] as const;

/** Sums the counts; coverage and proficiency of the total are recomputed from the sums. */
export function provinceTotal(rows: readonly CommuneFigures[]): CommuneFigures {
  const total = Object.fromEntries(summed.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<
    (typeof summed)[number],
    number
  >;
  return {
    ...total,
    coverage: coverageOf(total.reached, total.householdsTotal),
    proficiency: coverageOf(total.proficient, total.householdsTotal),
    targetProgress: null,
  };
}

/**
 * The median of each column taken on its own (so the row is not one commune's figures), over the
 * units that have households: an uninhabited special zone would drag every median down.
 */
export function provinceMedian(all: readonly CommuneFigures[]): CommuneFigures {
  const rows = all.filter((r) => r.householdsTotal > 0);
  const m = (k: keyof CommuneFigures) => median(rows.map((r) => r[k]).filter((v): v is number => v !== null)) ?? 0;
  const progress = rows.map((r) => r.targetProgress).filter((v): v is number => v !== null);
  return {
    ...(Object.fromEntries(summed.map((k) => [k, m(k)])) as Record<(typeof summed)[number], number>),
    coverage: m("coverage"),
    proficiency: m("proficiency"),
    targetProgress: median(progress),
  };
}
