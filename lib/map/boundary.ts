import { insideVietnam } from "./geodesy";

// A commune's boundary as an admin uploads it: GeoJSON text, checked before anything is stored.
// Returns message keys (map.errors.*), never a parser's raw text.

export const BOUNDARY_MAX_BYTES = 2 * 1024 * 1024;

export type Position = [number, number];
export type BoundaryGeometry =
  { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

export type BoundaryResult = { ok: true; geometry: BoundaryGeometry; vertices: number } | { ok: false; error: string };

const fail = (key: string): BoundaryResult => ({ ok: false, error: `map.errors.${key}` });

function unwrap(value: unknown): unknown {
  if (!value || typeof value !== "object") return value;
  const v = value as { type?: unknown; geometry?: unknown; features?: unknown };
  if (v.type === "Feature") return v.geometry;
  if (v.type === "FeatureCollection") {
    if (!Array.isArray(v.features) || v.features.length !== 1) return { type: "FeatureCollectionOfMany" };
    return unwrap(v.features[0]);
  }
  return value;
}

type RingCheck = { ok: true; ring: Position[] } | { ok: false; key: string };

function checkRing(ring: unknown): RingCheck {
  if (!Array.isArray(ring) || ring.length < 4) return { ok: false, key: "boundaryRing" };
  const out: Position[] = [];
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number")
      return { ok: false, key: "boundaryShape" };
    const [lng, lat] = p as [number, number];
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return { ok: false, key: "boundaryShape" };
    if (!insideVietnam(lat, lng)) return { ok: false, key: "boundaryOutsideVietnam" };
    out.push([lng, lat]);
  }
  const [first, last] = [out[0]!, out[out.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) return { ok: false, key: "boundaryRing" };
  return { ok: true, ring: out };
}

function checkPolygon(polygon: unknown): { ok: true; rings: Position[][] } | { ok: false; key: string } {
  if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, key: "boundaryShape" };
  const rings: Position[][] = [];
  for (const ring of polygon) {
    const checked = checkRing(ring);
    if (!checked.ok) return checked;
    rings.push(checked.ring);
  }
  return { ok: true, rings };
}

/** Parses and validates boundary GeoJSON text: a Polygon or MultiPolygon (bare, in a Feature, or a one-feature collection). */
export function parseBoundary(text: string): BoundaryResult {
  if (text.trim() === "") return fail("boundaryRequired");
  if (new TextEncoder().encode(text).length > BOUNDARY_MAX_BYTES) return fail("boundaryTooLarge");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("boundaryNotJson");
  }
  const geometry = unwrap(json) as { type?: unknown; coordinates?: unknown } | null;
  if (!geometry || typeof geometry !== "object") return fail("boundaryType");
  if (geometry.type === "FeatureCollectionOfMany") return fail("boundaryOneFeature");
  if (geometry.type === "Polygon") {
    const checked = checkPolygon(geometry.coordinates);
    if (!checked.ok) return fail(checked.key);
    return {
      ok: true,
      geometry: { type: "Polygon", coordinates: checked.rings },
      vertices: countVertices(checked.rings),
    };
  }
  if (geometry.type === "MultiPolygon") {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0) return fail("boundaryShape");
    const polygons: Position[][][] = [];
    for (const polygon of geometry.coordinates) {
      const checked = checkPolygon(polygon);
      if (!checked.ok) return fail(checked.key);
      polygons.push(checked.rings);
    }
    return {
      ok: true,
      geometry: { type: "MultiPolygon", coordinates: polygons },
      vertices: countVertices(polygons.flat()),
    };
  }
  return fail("boundaryType");
}

const countVertices = (rings: Position[][]) => rings.reduce((n, r) => n + r.length, 0);

/** A stored boundary read back from the database, or null if it is not a valid polygon (never trust jsonb blindly). */
export function storedBoundary(value: unknown): BoundaryGeometry | null {
  if (value == null) return null;
  const result = parseBoundary(JSON.stringify(value));
  return result.ok ? result.geometry : null;
}
