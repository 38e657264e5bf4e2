// Sizes of the synthetic benchmark set. Scale 1 is one province-size set: 100 communes, 3,000
// villages, about 1M households and 5M support records. Fractions give tiny sets for tests.

export interface ScaleSizes {
  provinces: number;
  communes: number;
  villages: number;
  households: number;
  /** Volunteers per village, so that each looks after about 20 of the 60% assigned households. */
  membersPerVillage: number;
  records: number;
}

export function scaleSizes(scale: number): ScaleSizes {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);
  const communes = Math.max(1, Math.round(100 * scale));
  const villages = Math.max(communes, Math.round(3000 * scale));
  const households = Math.max(villages, Math.round(1_000_000 * scale));
  return {
    provinces: Math.max(1, Math.ceil(scale - 1e-9)),
    communes,
    villages,
    households,
    membersPerVillage: Math.max(1, Math.round((0.6 * households) / villages / 20)),
    records: Math.max(1, Math.round(5_000_000 * scale)),
  };
}
