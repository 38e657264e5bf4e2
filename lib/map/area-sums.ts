import type { AreaFigures } from "./queries";

// A province map needs every village's figures (the dots) and every commune's (the bubbles and the
// list). Both used to be aggregated in the database, each scanning the province's households (1M
// rows at province scale, ≈ 2 s per scan on a busy machine). The communes' figures are the sums of
// their villages', so they are added up here from the one village scan. Pure: a unit test checks it.

export const zeroFigures = (): AreaFigures => ({
  householdsTotal: 0,
  reached: 0,
  proficient: 0,
  assigned: 0,
  volunteers: 0,
  peopleServed: 0,
  lastDeskOn: null,
  nextDeskOn: null,
});

/** Adds one village's figures into an area's (desk dates are yyyy-MM-dd, so strings compare as dates). */
export function addFigures(into: AreaFigures, v: AreaFigures): AreaFigures {
  into.householdsTotal += v.householdsTotal;
  into.reached += v.reached;
  into.proficient += v.proficient;
  into.assigned += v.assigned;
  // Volunteers per village summed, as the SQL sum did (one volunteer in two villages counts twice).
  into.volunteers += v.volunteers;
  into.peopleServed += v.peopleServed;
  if (v.lastDeskOn && (!into.lastDeskOn || v.lastDeskOn > into.lastDeskOn)) into.lastDeskOn = v.lastDeskOn;
  if (v.nextDeskOn && (!into.nextDeskOn || v.nextDeskOn < into.nextDeskOn)) into.nextDeskOn = v.nextDeskOn;
  return into;
}

/** Figures and village count per area id (commune or province), summed over the villages of each. */
export function sumByArea<V extends AreaFigures>(
  villages: readonly V[],
  areaOf: (v: V) => number,
): Map<number, { figures: AreaFigures; villages: number }> {
  const out = new Map<number, { figures: AreaFigures; villages: number }>();
  for (const v of villages) {
    const key = areaOf(v);
    let slot = out.get(key);
    if (!slot) out.set(key, (slot = { figures: zeroFigures(), villages: 0 }));
    addFigures(slot.figures, v);
    slot.villages += 1;
  }
  return out;
}
