import { describe, expect, it } from "vitest";
import { boundsOf, destination, distanceKm, distanceRings, insideVietnam, ringDistancesKm } from "./geodesy";

const haiVan = { lat: 16.13, lng: 108.1 };

describe("geodesy", () => {
  it("measures Tà Lang about 12 km from the Hải Vân center", () => {
    expect(distanceKm(haiVan, { lat: 16.11, lng: 107.99 })).toBeCloseTo(11.9, 0);
  });

  it("draws closed rings whose every vertex lies at the ring's distance", () => {
    const rings = distanceRings(haiVan);
    expect(rings.map((r) => r.properties.km)).toEqual([...ringDistancesKm]);
    for (const ring of rings) {
      const coords = ring.geometry.coordinates;
      expect(coords[0]).toEqual(coords.at(-1));
      for (const [lng, lat] of coords) expect(distanceKm(haiVan, { lat, lng })).toBeCloseTo(ring.properties.km, 1);
    }
  });

  it("goes east when the bearing is 90°", () => {
    const p = destination(haiVan, 10, 90);
    expect(p.lat).toBeCloseTo(haiVan.lat, 2);
    expect(p.lng).toBeGreaterThan(haiVan.lng);
  });

  it("knows Vietnam's box, Hoàng Sa and Trường Sa included", () => {
    expect(insideVietnam(16.5, 111.6)).toBe(true);
    expect(insideVietnam(10, 114.3)).toBe(true);
    expect(insideVietnam(21.03, 105.85)).toBe(true);
    expect(insideVietnam(13.75, 100.5)).toBe(false);
    expect(insideVietnam(48.85, 2.35)).toBe(false);
  });

  it("pads bounds by kilometres", () => {
    expect(boundsOf([])).toBeNull();
    const [[w, s], [e, n]] = boundsOf([haiVan], 10)!;
    expect(distanceKm({ lat: s, lng: haiVan.lng }, { lat: n, lng: haiVan.lng })).toBeCloseTo(20, 0);
    expect(distanceKm({ lat: haiVan.lat, lng: w }, { lat: haiVan.lat, lng: e })).toBeCloseTo(20, 0);
  });
});
