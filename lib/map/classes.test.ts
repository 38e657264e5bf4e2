import { describe, expect, it } from "vitest";
import { classOf, colorOf, legendOf, radiusFor, schemes, villageLayers } from "./classes";

describe("map classes", () => {
  it("puts coverage ratios into fifths, 100% in the top class and no households in 'none'", () => {
    const s = schemes.coverage;
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map((v) => classOf(s, v))).toEqual([
      "c0",
      "c0",
      "c1",
      "c2",
      "c3",
      "c4",
      "c4",
    ]);
    expect(classOf(s, null)).toBe("none");
    expect(classOf(s, Number.NaN)).toBe("none");
  });

  it("classes days since the last desk with an open-ended last class", () => {
    const s = schemes.lastDesk;
    expect([0, 7, 8, 14, 15, 30, 31, 400].map((v) => classOf(s, v))).toEqual([
      "c0",
      "c0",
      "c1",
      "c1",
      "c2",
      "c2",
      "c3",
      "c3",
    ]);
  });

  it("builds a legend with one item per class, in order, plus 'none', colours matching classOf", () => {
    for (const layer of villageLayers) {
      const s = schemes[layer];
      const legend = legendOf(s);
      expect(legend).toHaveLength(s.breaks.length + 1);
      expect(legend.at(-1)).toMatchObject({ key: "none", noneKey: s.none.key });
      legend.slice(0, -1).forEach((item, i) => {
        expect(item.from).toBe(s.breaks[i]);
        expect(colorOf(s, classOf(s, item.from))).toBe(item.color);
        if (i > 0) expect(legend[i - 1]!.to).toBe(item.from);
      });
      expect(new Set(legend.map((l) => l.color)).size).toBe(legend.length);
    }
    expect(legendOf(schemes.coverage)[4]!.to).toBe(1);
    expect(legendOf(schemes.lastDesk)[3]!.to).toBeNull();
  });

  it("sizes markers by the square root of households, clamped to the range", () => {
    expect(radiusFor(0, 400)).toBe(5);
    expect(radiusFor(400, 400)).toBe(20);
    expect(radiusFor(100, 400)).toBe(12.5);
    expect(radiusFor(900, 400)).toBe(20);
  });
});
