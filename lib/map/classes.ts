// Thematic classes for the maps: fixed breaks (so a colour means the same thing on every map and
// every day) and colour-blind-safe ColorBrewer palettes that also print as distinct greys.

export const villageLayers = ["coverage", "proficient", "lastDesk", "nextDesk", "load"] as const;
export type VillageLayer = (typeof villageLayers)[number];
export const provinceIndicators = ["coverage", "proficient", "lastDesk"] as const;
export type ProvinceIndicator = (typeof provinceIndicators)[number];

export type ClassUnit = "percent" | "days" | "households";

export interface ClassScheme {
  unit: ClassUnit;
  /** Lower bounds of the classes, ascending; the last class is open-ended (or ends at 100%). */
  breaks: readonly number[];
  colors: readonly string[];
  /** Colour and message key for "no value" (no households, never held, nothing planned…). */
  none: { color: string; key: string };
}

// ColorBrewer: YlGn-5 and PuBu-5 (sequential), YlOrRd-4 (sequential, warning), RdBu (diverging).
export const schemes: Record<VillageLayer, ClassScheme> = {
  coverage: {
    unit: "percent",
    breaks: [0, 0.2, 0.4, 0.6, 0.8],
    colors: ["#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837"],
    none: { color: "#bdbdbd", key: "noHouseholds" },
  },
  proficient: {
    unit: "percent",
    breaks: [0, 0.2, 0.4, 0.6, 0.8],
    colors: ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"],
    none: { color: "#bdbdbd", key: "noHouseholds" },
  },
  lastDesk: {
    unit: "days",
    breaks: [0, 8, 15, 31],
    colors: ["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"],
    none: { color: "#636363", key: "neverHeld" },
  },
  nextDesk: {
    unit: "days",
    breaks: [0, 8, 15, 31],
    colors: ["#045a8d", "#2b8cbe", "#74a9cf", "#bdc9e1"],
    none: { color: "#f7f7f7", key: "notPlanned" },
  },
  load: {
    unit: "households",
    breaks: [0, 11, 18, 23],
    colors: ["#d1e5f0", "#92c5de", "#2166ac", "#b2182b"],
    none: { color: "#bdbdbd", key: "noVolunteer" },
  },
};

export interface LegendItem {
  /** "c0", "c1", … or "none". */
  key: string;
  color: string;
  /** Class range [from, to): `to` null for the open-ended last class. */
  from: number | null;
  to: number | null;
  unit: ClassUnit;
  /** For the "none" item: the message key saying what no value means here. */
  noneKey?: string;
}

/** The class key of a value under a scheme ("none" for null/NaN). Values below the first break fall in the first class. */
export function classOf(scheme: ClassScheme, value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "none";
  let index = 0;
  for (let i = 0; i < scheme.breaks.length; i++) if (value >= scheme.breaks[i]!) index = i;
  return `c${index}`;
}

export function colorOf(scheme: ClassScheme, classKey: string): string {
  if (classKey === "none") return scheme.none.color;
  return scheme.colors[Number(classKey.slice(1))] ?? scheme.none.color;
}

/** The legend: one item per class in order, then "none". Percent classes end at 100%. */
export function legendOf(scheme: ClassScheme): LegendItem[] {
  const items: LegendItem[] = scheme.breaks.map((from, i) => ({
    key: `c${i}`,
    color: scheme.colors[i]!,
    from,
    to: scheme.breaks[i + 1] ?? (scheme.unit === "percent" ? 1 : null),
    unit: scheme.unit,
  }));
  items.push({
    key: "none",
    color: scheme.none.color,
    from: null,
    to: null,
    unit: scheme.unit,
    noneKey: scheme.none.key,
  });
  return items;
}

/** Marker radius in px, by households: area grows with households, clamped so 3,000 markers stay readable. */
export function radiusFor(
  households: number,
  maxHouseholds: number,
  range: readonly [number, number] = [5, 20],
): number {
  if (!(households > 0) || !(maxHouseholds > 0)) return range[0];
  const r = range[0] + (range[1] - range[0]) * Math.sqrt(Math.min(households, maxHouseholds) / maxHouseholds);
  return Math.round(r * 10) / 10;
}

export const isVillageLayer = (v: unknown): v is VillageLayer =>
  typeof v === "string" && (villageLayers as readonly string[]).includes(v);
export const isProvinceIndicator = (v: unknown): v is ProvinceIndicator =>
  typeof v === "string" && (provinceIndicators as readonly string[]).includes(v);
