// Great-circle helpers for placing demo villages around their commune center.

import { destination, distanceKm, insideVietnam, type LatLng } from "@/lib/map/geodesy";

export type Point = LatLng;

/** Distance in km along the great circle (haversine). */
export const haversineKm = distanceKm;

/** The point `km` away from `from` in direction `bearingDeg` (0 = north, 90 = east). */
export const offsetKm = destination;

/** Rounds coordinates to 5 decimals (~1 m): the seed is approximate anyway, and stable output diffs well. */
export function roundPoint(p: Point): Point {
  return { lat: Math.round(p.lat * 1e5) / 1e5, lng: Math.round(p.lng * 1e5) / 1e5 };
}

// Vietnam's box as the schema checks it (Hoàng Sa and Trường Sa included).
export const insideVietnamBox = (p: Point): boolean => insideVietnam(p.lat, p.lng);

// Roads in the hills wind: a village 22 km away as the crow flies is 40–50 km by road in Tây Giang.
// The demo's `distanceKm` is this road estimate, which is what a mobile-desk planner cares about.
const windingFactor = { urban: 1.25, plain: 1.3, midland: 1.5, mountain: 2.0, island: 1.0 } as const;

export function roadDistanceKm(a: Point, b: Point, terrain: keyof typeof windingFactor): number {
  return Math.round(haversineKm(a, b) * windingFactor[terrain] * 10) / 10;
}
