import { describe, expect, it } from "vitest";
import { BOUNDARY_MAX_BYTES, parseBoundary, storedBoundary } from "./boundary";

const square: [number, number][] = [
  [108.0, 16.1],
  [108.1, 16.1],
  [108.1, 16.2],
  [108.0, 16.2],
  [108.0, 16.1],
];
const polygon = { type: "Polygon", coordinates: [square] };

describe("parseBoundary", () => {
  it("accepts a Polygon, a MultiPolygon, a Feature and a one-feature collection", () => {
    const multi = { type: "MultiPolygon", coordinates: [[square]] };
    for (const value of [
      polygon,
      multi,
      { type: "Feature", properties: {}, geometry: polygon },
      { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: multi }] },
    ]) {
      const result = parseBoundary(JSON.stringify(value));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.vertices).toBe(5);
    }
  });

  it("refuses what is not a polygon in Vietnam with a message key", () => {
    const cases: [string, string][] = [
      ["", "map.errors.boundaryRequired"],
      ["{not json", "map.errors.boundaryNotJson"],
      [JSON.stringify({ type: "Point", coordinates: [108, 16] }), "map.errors.boundaryType"],
      [JSON.stringify({ type: "FeatureCollection", features: [] }), "map.errors.boundaryOneFeature"],
      [JSON.stringify({ type: "Polygon", coordinates: [square.slice(0, 3)] }), "map.errors.boundaryRing"],
      [
        JSON.stringify({ type: "Polygon", coordinates: [square.slice(0, 4).concat([[108.05, 16.15]])] }),
        "map.errors.boundaryRing",
      ],
      [
        JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [x - 10, y])] }),
        "map.errors.boundaryOutsideVietnam",
      ],
      // lat/lng swapped: (16.1, 108) is not in Vietnam.
      [
        JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [y, x])] }),
        "map.errors.boundaryOutsideVietnam",
      ],
      [
        JSON.stringify({
          type: "Polygon",
          coordinates: [
            [
              ["a", 1],
              [1, 2],
              [2, 3],
              ["a", 1],
            ],
          ],
        }),
        "map.errors.boundaryShape",
      ],
    ];
    for (const [text, error] of cases) expect(parseBoundary(text)).toEqual({ ok: false, error });
  });

  it("refuses a file over the size limit before parsing it", () => {
    const big = JSON.stringify({ type: "Polygon", coordinates: [square], pad: "x".repeat(BOUNDARY_MAX_BYTES) });
    expect(parseBoundary(big)).toEqual({ ok: false, error: "map.errors.boundaryTooLarge" });
  });

  it("reads back only valid stored boundaries", () => {
    expect(storedBoundary(polygon)).toEqual(polygon);
    expect(storedBoundary({ type: "Point", coordinates: [1, 2] })).toBeNull();
    expect(storedBoundary(null)).toBeNull();
  });
});
