import { classOf, radiusFor, schemes, type VillageLayer } from "./classes";
import { layerValue } from "./features";
import type { AreaFigures } from "./queries";

// Every village of a province (or of the country) as dots under the commune bubbles. A province
// holds ~3,000 villages, so they travel to the browser as parallel arrays (no per-village object,
// no per-village strings but the name) and the map turns them into ONE GeoJSON source drawn by a
// WebGL circle layer: no DOM node per village. Pure, so a unit test checks the round trip.

export interface VillagePoints {
  ids: number[];
  names: string[];
  /** lng, lat, lng, lat… rounded to 4 decimals (≈ 11 m; the coordinates are approximate anyway). */
  coords: number[];
  /** Index of the village's class in the layer's scheme; -1 = no value. */
  classes: number[];
  /** Dot radius in px (by households), one decimal. */
  radii: number[];
  /** 0 = none, 1 = remote, 2 = priority. */
  emphasis: number[];
}

export interface VillagePoint extends AreaFigures {
  id: number;
  communeId: number;
  name: string;
  lat: number;
  lng: number;
  remote: boolean;
  priorityGroup: string | null;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
/** Dots stay small at province scale: 3,000 of them must not hide the commune bubbles. */
export const villageDotRange = [3, 6] as const;

export function toVillagePoints(villages: readonly VillagePoint[], layer: VillageLayer, today: string): VillagePoints {
  const scheme = schemes[layer];
  const maxHouseholds = Math.max(0, ...villages.map((v) => v.householdsTotal));
  const out: VillagePoints = { ids: [], names: [], coords: [], classes: [], radii: [], emphasis: [] };
  for (const v of villages) {
    const key = classOf(scheme, layerValue(layer, v, today));
    out.ids.push(v.id);
    out.names.push(v.name);
    out.coords.push(round4(v.lng), round4(v.lat));
    out.classes.push(key === "none" ? -1 : Number(key.slice(1)));
    out.radii.push(radiusFor(v.householdsTotal, maxHouseholds, villageDotRange));
    out.emphasis.push(v.priorityGroup ? 2 : v.remote ? 1 : 0);
  }
  return out;
}

export const emptyVillagePoints = (): VillagePoints => ({
  ids: [],
  names: [],
  coords: [],
  classes: [],
  radii: [],
  emphasis: [],
});

export interface VillagePointProperties {
  id: number;
  name: string;
  classKey: string;
  color: string;
  radius: number;
  emphasis: "priority" | "remote" | "none";
}

/** The GeoJSON the map's "villages" source holds: one Point per village, coloured by its class. */
export function villagePointsGeoJSON(
  points: VillagePoints,
  layer: VillageLayer,
): GeoJSON.FeatureCollection<GeoJSON.Point, VillagePointProperties> {
  const scheme = schemes[layer];
  return {
    type: "FeatureCollection",
    features: points.ids.map((id, i) => {
      const c = points.classes[i]!;
      const e = points.emphasis[i]!;
      return {
        type: "Feature",
        id,
        properties: {
          id,
          name: points.names[i]!,
          classKey: c < 0 ? "none" : `c${c}`,
          color: c < 0 ? scheme.none.color : scheme.colors[c]!,
          radius: points.radii[i]!,
          emphasis: e === 2 ? "priority" : e === 1 ? "remote" : "none",
        },
        geometry: { type: "Point", coordinates: [points.coords[2 * i]!, points.coords[2 * i + 1]!] },
      };
    }),
  };
}
