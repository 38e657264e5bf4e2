import { classOf, colorOf, schemes, type VillageLayer } from "./classes";
import { toFeatures, layerValue, type MapFeature } from "./features";
import { boundsOf, distanceRings, ringDistancesKm, type LatLng } from "./geodesy";
import { territoryOutlines } from "./territories";
import type { AreaFigures, MapCommune, MapProvince, MapVillage } from "./queries";
import type { AreaShape, MapLabel, MapScene } from "./scene-types";
import type { VillagePoints } from "./village-points";

// Builds what a map page draws from the scoped figures. Pure: text comes in already translated.

export interface SceneText {
  /** One line per figure for the tooltip and the list ("Độ phủ 45%", "112 hộ"…); first line = the layer's value. */
  lines: (area: AreaFigures & { name: string }, value: number | null) => string[];
  ring: (km: number) => string;
  center: string | null;
  hoangSa: string;
  truongSa: string;
  /** Legend label of each class key ("c0"… "none"), for the village dots' tooltip. */
  classLabels?: Record<string, string>;
}

const villageDots = (points: VillagePoints | undefined, layer: VillageLayer, text: SceneText): MapScene["villages"] =>
  points && points.ids.length > 0 ? { layer, points, classLabels: text.classLabels ?? {} } : null;

const territoryLabels = (text: SceneText): MapLabel[] => {
  const { anchors } = territoryOutlines();
  return [
    { ...anchors.hoangSa, tone: "territory", text: text.hoangSa, offset: 4 },
    { ...anchors.truongSa, tone: "territory", text: text.truongSa, offset: 4 },
  ];
};

// Communes and provinces are few: name them all on the map.
const nameLabels = (features: readonly MapFeature[]): MapLabel[] =>
  features.length > 40
    ? []
    : features.map((f) => ({ lng: f.lng, lat: f.lat, text: f.name, tone: "area" as const, offset: f.radius + 4 }));

/** A commune's villages around its service center, with distance rings. */
export function communeScene(
  commune: { center: LatLng; boundary: AreaShape["geometry"] | null; id: number },
  centerPoint: LatLng,
  villages: readonly MapVillage[],
  layer: VillageLayer,
  today: string,
  text: SceneText,
  tileUrl: string | null,
): MapScene {
  const features = toFeatures(villages, { layer, today, href: (id) => `/villages/${id}`, lines: text.lines });
  const rings = distanceRings(centerPoint, ringDistancesKm);
  const labels: MapLabel[] = rings.map((r) => {
    const top = r.geometry.coordinates[0]!;
    return { lng: top[0], lat: top[1], text: text.ring(r.properties.km), tone: "ring" as const };
  });
  if (text.center) labels.push({ ...centerPoint, text: text.center, tone: "center" });
  // Priority villages are named on the map itself (few, so HTML labels are cheap); the rest on hover.
  for (const f of features)
    if (f.emphasis === "priority")
      labels.push({ lng: f.lng, lat: f.lat, text: f.name, tone: "village", offset: f.radius + 8 });
  // Fit the villages and the first ring; the outer rings show when the user zooms out.
  const firstRing = distanceRings(centerPoint, [ringDistancesKm[0]], 16)[0]!.geometry.coordinates.map(([lng, lat]) => ({
    lng,
    lat,
  }));
  const bounds = boundsOf([...villages, centerPoint, ...firstRing], 0.5)!;
  const areas: AreaShape[] = commune.boundary
    ? [{ type: "Feature", properties: { id: commune.id, color: "#f1f5f9", href: "" }, geometry: commune.boundary }]
    : [];
  return {
    features,
    areas,
    rings,
    center: { lng: centerPoint.lng, lat: centerPoint.lat },
    labels,
    bounds,
    tileUrl,
    insets: [],
  };
}

/** A province's communes: choropleth where a boundary exists, a bubble at the center otherwise. */
export function provinceScene(
  communes: readonly MapCommune[],
  layer: VillageLayer,
  today: string,
  text: SceneText,
  tileUrl: string | null,
  center: LatLng,
  villages?: VillagePoints,
): MapScene {
  const drawn = toFeatures(communes, {
    layer,
    today,
    href: (id) => `/map?commune=${id}`,
    lines: text.lines,
    radiusRange: [7, 24],
  });
  const areas: AreaShape[] = [];
  for (const c of communes) {
    if (!c.boundary) continue;
    const color = colorOf(schemes[layer], classOf(schemes[layer], layerValue(layer, c, today)));
    areas.push({
      type: "Feature",
      properties: { id: c.id, color, href: `/map?commune=${c.id}` },
      geometry: c.boundary,
    });
  }
  // Fit the communes where the work is (those with villages); a far special zone such as Hoàng Sa
  // stays in the list and on the map, labelled, when the user zooms out.
  const populated = communes.filter((c) => c.villages > 0);
  const points = populated.length > 0 ? populated : communes.length > 0 ? communes : [center];
  const bounds = boundsOf(points, 15)!;
  const inside = (c: LatLng) =>
    c.lng >= bounds[0][0] && c.lng <= bounds[1][0] && c.lat >= bounds[0][1] && c.lat <= bounds[1][1];
  const insets = communes
    .filter((c) => !inside(c))
    .map((c) => ({ title: c.name, bounds: boundsOf([c], 90)!, featureIds: [c.id] }));
  return {
    features: drawn,
    areas,
    rings: [],
    center: null,
    labels: [
      ...territoryLabels(text),
      ...nameLabels(drawn.filter((f) => insets.every((i) => !i.featureIds.includes(f.id)))),
    ],
    bounds,
    tileUrl,
    insets,
    villages: villageDots(villages, layer, text),
  };
}

/** The national view: provinces as bubbles over Vietnam's outline, Hoàng Sa and Trường Sa labelled. */
export function nationalScene(
  provinces: readonly MapProvince[],
  layer: VillageLayer,
  today: string,
  text: SceneText,
  tileUrl: string | null,
  villages?: VillagePoints,
): MapScene {
  const features: MapFeature[] = toFeatures(provinces, {
    layer,
    today,
    href: (id) => `/map?province=${id}`,
    lines: text.lines,
    radiusRange: [8, 26],
  });
  return {
    features,
    areas: [],
    rings: [],
    center: null,
    labels: [...territoryLabels(text), ...nameLabels(features)],
    // All of Vietnam, the archipelagos included.
    bounds: [
      [102.1, 8.4],
      [117.0, 23.4],
    ],
    tileUrl,
    insets: [],
    villages: villageDots(villages, layer, text),
  };
}
