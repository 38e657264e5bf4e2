import { describe, expect, it } from "vitest";
import { insideVietnam } from "./geodesy";
import { territoryOutlines } from "./territories";

describe("territoryOutlines", () => {
  it("outlines Hoàng Sa and Trường Sa where they are, inside Vietnam's box", () => {
    const { outlines, anchors } = territoryOutlines();
    expect(outlines.map((o) => o.properties.part)).toEqual(["hoangSa", "truongSa"]);
    for (const o of outlines)
      for (const [lng, lat] of o.geometry.coordinates[0]!) expect(insideVietnam(lat, lng)).toBe(true);
    // Paracels around 16.5°N 112°E, Spratlys around 10°N 114–116°E.
    expect(anchors.hoangSa.lat).toBeGreaterThan(15.5);
    expect(anchors.hoangSa.lat).toBeLessThan(17.5);
    expect(anchors.truongSa.lat).toBeGreaterThan(8.5);
    expect(anchors.truongSa.lat).toBeLessThan(12);
    expect(anchors.truongSa.lng).toBeGreaterThan(114);
    expect(anchors.truongSa.placement).toBe("below");
  });
});
