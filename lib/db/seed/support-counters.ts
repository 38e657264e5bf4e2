import type { ProcedureCode } from "@/lib/reference/procedures";
import type { Random } from "./random";

// The counters one support contact records, and the procedures that go with them. Pure: the
// seed's generators call these with their own seeded Random.

export interface Counters {
  peopleServed: number;
  householdsServed: number;
  eidActivated: number;
  signaturesInstalled: number;
  simsGiven: number;
  dossiersSubmitted: number;
  paymentAppsInstalled: number;
  smartphonesDonated: number;
}

/** One household visited (door to door, or named at a mobile desk). */
export function householdContact(rng: Random, options: { first: boolean; needy: boolean }): Counters {
  const people = rng.weighted([
    [1, 35],
    [2, 35],
    [3, 20],
    [4, 10],
  ] as const);
  const dossiers = rng.chance(0.22) ? (rng.chance(0.2) ? 2 : 1) : 0;
  return {
    peopleServed: people,
    householdsServed: 1,
    eidActivated: rng.binomial(people, options.first ? 0.4 : 0.15),
    signaturesInstalled: rng.chance(options.first ? 0.02 : 0.05) ? 1 : 0,
    simsGiven: rng.chance(options.needy ? 0.15 : 0.07) ? 1 : 0,
    dossiersSubmitted: dossiers,
    paymentAppsInstalled: rng.binomial(people, 0.12),
    smartphonesDonated: 0,
  };
}

/** People who came to a desk or the center without being named one by one. */
export function walkIns(rng: Random, people: number, options: { dossiers?: number; sims?: number } = {}): Counters {
  const households = Math.max(1, Math.min(people, Math.round(people * rng.between(0.6, 0.9))));
  return {
    peopleServed: people,
    householdsServed: households,
    eidActivated: rng.binomial(people, 0.25),
    signaturesInstalled: rng.binomial(people, 0.01),
    simsGiven: rng.binomial(people, options.sims ?? 0.05),
    dossiersSubmitted: options.dossiers ?? rng.binomial(people, 0.6),
    paymentAppsInstalled: rng.binomial(people, 0.08),
    smartphonesDonated: 0,
  };
}

const dossierProcedures: readonly ProcedureCode[] = [
  "birth_registration",
  "residence_confirmation",
  "marital_status",
  "social_allowance",
  "meritorious_policy",
  "health_insurance",
  "social_insurance",
  "land",
  "e_tax",
];
const advice: readonly ProcedureCode[] = [
  "public_service_account",
  "address_sync",
  "health_insurance",
  "health_declaration",
];

/** The procedures a contact handled: those its counters imply, plus now and then advice. */
export function proceduresFor(rng: Random, c: Counters): ProcedureCode[] {
  const out = new Set<ProcedureCode>();
  if (c.eidActivated > 0) out.add("eid_level2");
  if (c.signaturesInstalled > 0) out.add("digital_signature");
  if (c.simsGiven > 0) out.add("sim");
  if (c.paymentAppsInstalled > 0) out.add("cashless_payment");
  if (c.dossiersSubmitted > 0) {
    out.add("online_dossier");
    out.add(rng.pick(dossierProcedures));
    if (c.dossiersSubmitted > 10) out.add(rng.pick(dossierProcedures));
  }
  if (out.size === 0 || rng.chance(0.3)) out.add(rng.pick(out.size === 0 ? [...advice, "other" as const] : advice));
  return [...out];
}

/** Keeps every counter within what the people served can account for (and the schema's 0–5000). */
export function clampToPeople(c: Counters): Counters {
  const cap = (n: number) => Math.max(0, Math.min(n, c.peopleServed, 5000));
  return {
    ...c,
    householdsServed: cap(c.householdsServed),
    eidActivated: cap(c.eidActivated),
    signaturesInstalled: cap(c.signaturesInstalled),
    simsGiven: cap(c.simsGiven),
    paymentAppsInstalled: cap(c.paymentAppsInstalled),
    smartphonesDonated: cap(c.smartphonesDonated),
    dossiersSubmitted: Math.max(0, Math.min(c.dossiersSubmitted, 5000)),
  };
}
