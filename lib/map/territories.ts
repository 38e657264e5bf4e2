import vietnam from "./geometry/vietnam.json";

// Hoàng Sa and Trường Sa are specks at a national scale: each is also drawn as a dashed outline
// around its islands, so they are visible (and printable) on any map of Vietnam.

type Part = "hoangSa" | "truongSa";
interface BaseFeature {
  properties: { part: string };
  geometry: { coordinates: [number, number][][][] };
}

export interface TerritoryOutline {
  type: "Feature";
  properties: { part: Part };
  geometry: { type: "Polygon"; coordinates: [number, number][][] };
}

const PAD_DEG = 0.35;

type Anchor = { lng: number; lat: number; placement: "beside" | "below" };

/** The dashed outlines, and where each label goes: Hoàng Sa's east of its box, Trường Sa's under it. */
export function territoryOutlines(): { outlines: TerritoryOutline[]; anchors: Record<Part, Anchor> } {
  const outlines: TerritoryOutline[] = [];
  const anchors = {} as Record<Part, Anchor>;
  for (const f of (vietnam as unknown as { features: BaseFeature[] }).features) {
    const part = f.properties.part;
    if (part !== "hoangSa" && part !== "truongSa") continue;
    const points = f.geometry.coordinates.flat(2);
    const w = Math.min(...points.map((p) => p[0])) - PAD_DEG;
    const e = Math.max(...points.map((p) => p[0])) + PAD_DEG;
    const s = Math.min(...points.map((p) => p[1])) - PAD_DEG;
    const n = Math.max(...points.map((p) => p[1])) + PAD_DEG;
    outlines.push({
      type: "Feature",
      properties: { part },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    });
    anchors[part] =
      part === "hoangSa"
        ? { lng: e, lat: (s + n) / 2, placement: "beside" }
        : { lng: (w + e) / 2, lat: s, placement: "below" };
  }
  return { outlines, anchors };
}
