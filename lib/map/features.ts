import { daysBetween } from "@/lib/filters/period";
import { classOf, colorOf, radiusFor, schemes, type ClassScheme, type VillageLayer } from "./classes";
import type { AreaFigures } from "./queries";

// Turns figures into what the map draws: one plain, serialisable feature per marker. Pure, so the
// canvas, the printable SVG and the accessible list draw the same thing.

export interface MapFeature {
  id: number;
  name: string;
  lat: number;
  lng: number;
  radius: number;
  color: string;
  classKey: string;
  /** The layer's value (ratio, days or households per volunteer), null when there is none. */
  value: number | null;
  emphasis: "priority" | "remote" | null;
  href: string;
  /** Figures shown on hover/focus, already formatted by the page. */
  lines: string[];
}

/** The value a layer colours by, from one area's figures. */
export function layerValue(layer: VillageLayer, f: AreaFigures, today: string): number | null {
  switch (layer) {
    case "coverage":
      return f.householdsTotal > 0 ? Math.min(1, f.reached / f.householdsTotal) : null;
    case "proficient":
      return f.householdsTotal > 0 ? Math.min(1, f.proficient / f.householdsTotal) : null;
    case "lastDesk":
      return f.lastDeskOn ? Math.max(0, daysBetween(f.lastDeskOn, today)) : null;
    case "nextDesk":
      return f.nextDeskOn ? Math.max(0, daysBetween(today, f.nextDeskOn)) : null;
    case "load":
      return f.volunteers > 0 ? f.assigned / f.volunteers : null;
  }
}

interface Area extends AreaFigures {
  id: number;
  name: string;
  lat: number;
  lng: number;
  remote?: boolean;
  priorityGroup?: string | null;
}

export function toFeatures(
  areas: readonly Area[],
  options: {
    layer: VillageLayer;
    today: string;
    href: (id: number) => string;
    lines: (area: Area, value: number | null) => string[];
    radiusRange?: readonly [number, number];
  },
): MapFeature[] {
  const scheme: ClassScheme = schemes[options.layer];
  const maxHouseholds = Math.max(0, ...areas.map((a) => a.householdsTotal));
  return areas.map((a) => {
    const value = layerValue(options.layer, a, options.today);
    const classKey = classOf(scheme, value);
    return {
      id: a.id,
      name: a.name,
      lat: a.lat,
      lng: a.lng,
      radius: radiusFor(a.householdsTotal, maxHouseholds, options.radiusRange),
      color: colorOf(scheme, classKey),
      classKey,
      value,
      emphasis: a.priorityGroup ? "priority" : a.remote ? "remote" : null,
      href: options.href(a.id),
      lines: options.lines(a, value),
    };
  });
}
