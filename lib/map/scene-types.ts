import type { VillageLayer } from "@/lib/map/classes";
import type { MapFeature } from "@/lib/map/features";
import type { RingFeature } from "@/lib/map/geodesy";
import type { VillagePoints } from "@/lib/map/village-points";

// What the map islands receive: plain, serialisable props (no database rows).

export interface MapLabel {
  lng: number;
  lat: number;
  text: string;
  tone: "ring" | "center" | "territory" | "village" | "area";
  /** Pixels to the right of the point (labels beside a marker clear its circle). */
  offset?: number;
  /** "below": centred under the point instead of beside it (keeps Trường Sa's label on screen). */
  placement?: "beside" | "below";
}

export interface AreaShape {
  type: "Feature";
  properties: { id: number; color: string; href: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
}

export interface MapScene {
  features: MapFeature[];
  /** Boundaries drawn as choropleth polygons (a commune's own boundary on its map). */
  areas: AreaShape[];
  rings: RingFeature[];
  center: { lng: number; lat: number } | null;
  labels: MapLabel[];
  bounds: [[number, number], [number, number]];
  /** Far parts of the area (Hoàng Sa for Đà Nẵng) drawn as small insets instead of zooming out. */
  insets: { title: string; bounds: [[number, number], [number, number]]; featureIds: number[] }[];
  /**
   * Province and national maps: every village as a dot under the bubbles, coloured by `layer`
   * (compact arrays; the canvas builds one GeoJSON source from them). Null on a commune map.
   */
  villages?: { layer: VillageLayer; points: VillagePoints; classLabels: Record<string, string> } | null;
  /** An optional tile source for offices with internet (MAP_TILE_URL). */
  tileUrl: string | null;
}
