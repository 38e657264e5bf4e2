// Great-circle helpers for placing demo villages around their commune center.

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

export interface Point {
  lat: number;
  lng: number;
}

/** Distance in km along the great circle (haversine). */
export function haversineKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from `from` in direction `bearingDeg` (0 = north, 90 = east). */
export function offsetKm(from: Point, km: number, bearingDeg: number): Point {
  const d = km / EARTH_RADIUS_KM;
  const b = rad(bearingDeg);
  const lat1 = rad(from.lat);
  const lng1 = rad(from.lng);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 = lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: deg(lat2), lng: deg(lng2) };
}

/** Rounds coordinates to 5 decimals (~1 m): the seed is approximate anyway, and stable output diffs well. */
export function roundPoint(p: Point): Point {
  return { lat: Math.round(p.lat * 1e5) / 1e5, lng: Math.round(p.lng * 1e5) / 1e5 };
}

// Vietnam's box as the schema checks it (Hoàng Sa and Trường Sa included).
export function insideVietnamBox(p: Point): boolean {
  return p.lat >= 8 && p.lat <= 23.5 && p.lng >= 102 && p.lng <= 117.9;
}

// Roads in the hills wind: a village 22 km away as the crow flies is 40–50 km by road in Tây Giang.
// The demo's `distanceKm` is this road estimate, which is what a mobile-desk planner cares about.
const windingFactor = { urban: 1.25, plain: 1.3, midland: 1.5, mountain: 2.0, island: 1.0 } as const;

export function roadDistanceKm(a: Point, b: Point, terrain: keyof typeof windingFactor): number {
  return Math.round(haversineKm(a, b) * windingFactor[terrain] * 10) / 10;
}
