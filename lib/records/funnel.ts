import { funnelSteps, type FunnelStep } from "@/lib/reference/procedures";

// The household funnel: e-ID level 2 → public-service account → online dossier → digital
// signature → SIM → cashless payment. A step is done when any of the household's support records
// names a procedure on that step (the `procedures` table's funnel_step, maintained by the admin)
// or counts something only that step produces (an e-ID activated, a signature installed…).
// Pure: the queries gather the records, this decides.

export interface FunnelEvidence {
  procedures: readonly string[];
  eidActivated: number;
  dossiersSubmitted: number;
  signaturesInstalled: number;
  simsGiven: number;
  paymentAppsInstalled: number;
}

export interface HouseholdFunnel {
  done: Record<FunnelStep, boolean>;
  /** How many of the six steps are done, in any order. */
  stepsDone: number;
  /** The first step in the funnel's order not done yet: the next round's job. Null when all are. */
  next: FunnelStep | null;
}

/** procedure code → 1-based funnel step, from the `procedures` table. */
export type ProcedureSteps = ReadonlyMap<string, number | null>;

const counterSteps: readonly [keyof FunnelEvidence, FunnelStep][] = [
  ["eidActivated", "eid_level2"],
  ["dossiersSubmitted", "online_dossier"],
  ["signaturesInstalled", "digital_signature"],
  ["simsGiven", "sim"],
  ["paymentAppsInstalled", "cashless_payment"],
];

export function householdFunnel(records: readonly FunnelEvidence[], steps: ProcedureSteps): HouseholdFunnel {
  const done = Object.fromEntries(funnelSteps.map((s) => [s, false])) as Record<FunnelStep, boolean>;
  for (const record of records) {
    for (const code of record.procedures) {
      const step = steps.get(code);
      if (step != null && step >= 1 && step <= funnelSteps.length) done[funnelSteps[step - 1]!] = true;
    }
    for (const [counter, step] of counterSteps) {
      if (Number(record[counter]) > 0) done[step] = true;
    }
  }
  return {
    done,
    stepsDone: funnelSteps.filter((s) => done[s]).length,
    next: funnelSteps.find((s) => !done[s]) ?? null,
  };
}

export interface FunnelSummary {
  households: number;
  /** Households that had at least one support record. */
  reached: number;
  /** Households with each step done. */
  done: Record<FunnelStep, number>;
  /** Reached households whose next step (first not done) is this one. */
  waitingAt: Record<FunnelStep, number>;
  /** Households with all six steps done. */
  complete: number;
}

/**
 * A village's funnel from its households' funnels. Households never reached count in
 * `households` only; `reached` counts those with any record, even one that completed no step.
 */
export function summariseFunnels(households: readonly { reached: boolean; funnel: HouseholdFunnel }[]): FunnelSummary {
  const zero = () => Object.fromEntries(funnelSteps.map((s) => [s, 0])) as Record<FunnelStep, number>;
  const summary: FunnelSummary = {
    households: households.length,
    reached: 0,
    done: zero(),
    waitingAt: zero(),
    complete: 0,
  };
  for (const { reached, funnel } of households) {
    if (reached) summary.reached += 1;
    for (const step of funnelSteps) if (funnel.done[step]) summary.done[step] += 1;
    if (funnel.next === null) summary.complete += 1;
    else if (reached) summary.waitingAt[funnel.next] += 1;
  }
  return summary;
}
