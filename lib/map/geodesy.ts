// Great-circle helpers for distance rings and coordinate checks. Pure.

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Distance in km along the great circle (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from `from` towards `bearing` degrees (0 = north, 90 = east). */
export function destination(from: LatLng, km: number, bearing: number): LatLng {
  const d = km / EARTH_RADIUS_KM;
  const b = rad(bearing);
  const lat1 = rad(from.lat);
  const lng1 = rad(from.lng);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: deg(lat2), lng: deg(lng2) };
}

/** The rings mobile-desk planning talks about: villages 40–50 km from the center. */
export const ringDistancesKm = [10, 20, 30, 40, 50] as const;

export interface RingFeature {
  type: "Feature";
  properties: { km: number };
  geometry: { type: "LineString"; coordinates: [number, number][] };
}

/** Closed circles of the given radii around `center`, as GeoJSON line features ([lng, lat]). */
export function distanceRings(center: LatLng, radiiKm: readonly number[] = ringDistancesKm, steps = 96): RingFeature[] {
  return radiiKm.map((km) => {
    const coordinates: [number, number][] = [];
    for (let i = 0; i <= steps; i++) {
      const p = destination(center, km, (360 * (i % steps)) / steps);
      coordinates.push([Math.round(p.lng * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6]);
    }
    return { type: "Feature", properties: { km }, geometry: { type: "LineString", coordinates } };
  });
}

/** Vietnam's bounding box, Hoàng Sa and Trường Sa included (same as the schema's check). */
export const vietnamBox = { south: 8, north: 23.5, west: 102, east: 117.9 } as const;
export const insideVietnam = (lat: number, lng: number) =>
  lat >= vietnamBox.south && lat <= vietnamBox.north && lng >= vietnamBox.west && lng <= vietnamBox.east;

/** [[west, south], [east, north]] around the points, padded by `padKm`; null for no points. */
export function boundsOf(points: readonly LatLng[], padKm = 0): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let [s, n, w, e] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lng);
    e = Math.max(e, p.lng);
  }
  const dLat = padKm / 111.32;
  const dLng = padKm / (111.32 * Math.cos(rad((s + n) / 2)));
  return [
    [w - dLng, s - dLat],
    [e + dLng, n + dLat],
  ];
}
