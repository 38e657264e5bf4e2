import type { Counter } from "@/lib/overview/commune-queries";
import { reportCounters as counters } from "./commune-report-types";
import type { ProvinceCommuneLine, ProvinceReportModel } from "./province-report-types";

// The province report's sums and ranking, from its communes' rows only (the total row of each
// table is the sum of the rows above it). Pure.

/** Ranks by coverage (households reached ÷ households), highest first, ties by name; keeps name order. */
export function rankByCoverage(lines: readonly Omit<ProvinceCommuneLine, "rank">[]): ProvinceCommuneLine[] {
  const coverage = (l: { reached: number; householdsTotal: number }) =>
    l.householdsTotal > 0 ? l.reached / l.householdsTotal : -1;
  const order = [...lines].sort((a, b) => coverage(b) - coverage(a) || a.name.localeCompare(b.name, "vi"));
  const rank = new Map(order.map((l, i) => [l.communeId, i + 1]));
  return [...lines]
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
    .map((l) => ({ ...l, rank: rank.get(l.communeId)! }));
}

export interface ProvinceTotals {
  householdsTotal: number;
  reached: number;
  proficient: number;
  counters: Record<Counter, number>;
  activeVolunteers: number;
  remoteVillages: number;
  desksHeld: number;
  desksPlanned: number;
  /** The households-reached targets summed over the communes that have one, and what those communes reached. */
  reachTarget: { value: number; achieved: number; communes: number } | null;
}

export function provinceTotals(model: Pick<ProvinceReportModel, "communes">): ProvinceTotals {
  const rows = model.communes;
  const sum = (f: (l: ProvinceCommuneLine) => number) => rows.reduce((s, l) => s + f(l), 0);
  const targeted = rows.filter((l) => l.reachTarget !== null);
  return {
    householdsTotal: sum((l) => l.householdsTotal),
    reached: sum((l) => l.reached),
    proficient: sum((l) => l.proficient),
    counters: Object.fromEntries(counters.map((c) => [c, sum((l) => l.counters[c])])) as Record<Counter, number>,
    activeVolunteers: sum((l) => l.activeVolunteers),
    remoteVillages: sum((l) => l.remoteVillages),
    desksHeld: sum((l) => l.desks.held),
    desksPlanned: sum((l) => l.desks.planned),
    reachTarget:
      targeted.length === 0
        ? null
        : {
            value: targeted.reduce((s, l) => s + l.reachTarget!, 0),
            achieved: targeted.reduce((s, l) => s + l.reached, 0),
            communes: targeted.length,
          },
  };
}
