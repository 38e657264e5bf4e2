import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/filters/period";
import { toFeatures } from "./features";
import { toVillagePoints, villagePointsGeoJSON, type VillagePoint } from "./village-points";

const today = "2026-11-20";

/** A province's worth of villages (the scale seed's 3,000), with every kind of value. */
function province(n: number): VillagePoint[] {
  return Array.from({ length: n }, (_, i) => ({
    id: 10_000 + i,
    communeId: 1 + (i % 100),
    name: `Thôn ${i + 1}`,
    lat: 11 + (i % 97) / 100 + 0.000049,
    lng: 106.5 + Math.floor(i / 97) / 100,
    remote: i % 10 === 0,
    priorityGroup: i % 250 === 0 ? "Cơ Tu" : null,
    householdsTotal: i % 41 === 0 ? 0 : 100 + (i % 300),
    reached: (i * 7) % 350,
    proficient: i % 90,
    assigned: 60 + (i % 50),
    volunteers: i % 13 === 0 ? 0 : 1 + (i % 8),
    peopleServed: i,
    lastDeskOn: i % 5 === 0 ? null : addDays(today, -(i % 60)),
    nextDeskOn: i % 3 === 0 ? "2026-12-02" : null,
  }));
}

describe("village dots of the province and national maps", () => {
  const villages = province(3000);

  it("draws exactly the villages the page sends, each in the class the markers would give it", () => {
    for (const layer of ["coverage", "lastDesk", "load"] as const) {
      const drawn = villagePointsGeoJSON(toVillagePoints(villages, layer, today), layer).features;
      const expected = toFeatures(villages, { layer, today, href: (id) => `/villages/${id}`, lines: () => [] });
      expect(drawn).toHaveLength(3000);
      drawn.forEach((f, i) => {
        const e = expected[i]!;
        expect(f.id).toBe(e.id);
        expect(f.properties).toMatchObject({
          id: e.id,
          name: e.name,
          classKey: e.classKey,
          color: e.color,
          emphasis: e.emphasis ?? "none",
        });
        expect(f.geometry.coordinates[0]).toBeCloseTo(e.lng, 4);
        expect(f.geometry.coordinates[1]).toBeCloseTo(e.lat, 4);
      });
      // Every class of the scheme appears, "no value" included: the test covers all colours.
      expect(new Set(drawn.map((f) => f.properties.classKey)).size).toBeGreaterThanOrEqual(4);
      expect(drawn.some((f) => f.properties.classKey === "none")).toBe(true);
    }
  });

  it("stays compact: under 45 bytes of JSON per village", () => {
    const points = toVillagePoints(villages, "coverage", today);
    const bytes = Buffer.byteLength(JSON.stringify(points));
    expect(bytes / villages.length).toBeLessThan(45);
    // The per-feature form it replaces would be several times larger.
    expect(Buffer.byteLength(JSON.stringify(villagePointsGeoJSON(points, "coverage")))).toBeGreaterThan(3 * bytes);
  });

  it("sizes dots by households and marks priority over remote", () => {
    const points = toVillagePoints(villages, "coverage", today);
    expect(Math.min(...points.radii)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...points.radii)).toBeLessThanOrEqual(6);
    expect(points.emphasis[0]).toBe(2); // i = 0: priority and remote
    expect(points.emphasis[10]).toBe(1);
    expect(points.emphasis[1]).toBe(0);
  });
});
