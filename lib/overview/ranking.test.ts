import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { behindReasons, changeRatio, loadBandOf, median, parseBehindRule, sortRows } from "./ranking";

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("has as many values at or below it as at or above it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 50 }), (values) => {
        const m = median(values)!;
        expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe("falling behind", () => {
  const rule = parseBehindRule({});

  it("flags coverage below half the province median", () => {
    expect(
      behindReasons({ coverage: 0.19, householdsTotal: 100, desksHeldInWindow: 1, remoteVillages: 2 }, 0.4, rule),
    ).toEqual(["lowCoverage"]);
    expect(
      behindReasons({ coverage: 0.2, householdsTotal: 100, desksHeldInWindow: 1, remoteVillages: 2 }, 0.4, rule),
    ).toEqual([]);
  });

  it("never flags a unit without households, and leaves it out of the median", () => {
    expect(
      behindReasons({ coverage: 0, householdsTotal: 0, desksHeldInWindow: 0, remoteVillages: 0 }, 0.4, rule),
    ).toEqual([]);
  });

  it("flags no mobile desk only where there are remote villages", () => {
    expect(
      behindReasons({ coverage: 0.5, householdsTotal: 100, desksHeldInWindow: 0, remoteVillages: 3 }, 0.4, rule),
    ).toEqual(["noMobileDesk"]);
    expect(
      behindReasons({ coverage: 0.5, householdsTotal: 100, desksHeldInWindow: 0, remoteVillages: 0 }, 0.4, rule),
    ).toEqual([]);
  });

  it("reads thresholds from the URL, keeping defaults for nonsense", () => {
    expect(parseBehindRule({ behindShare: "0.75", deskDays: "14" })).toEqual({
      coverageShareOfMedian: 0.75,
      deskDays: 14,
    });
    expect(parseBehindRule({ behindShare: "7", deskDays: "-1" })).toEqual({ coverageShareOfMedian: 0.5, deskDays: 30 });
  });
});

describe("small helpers", () => {
  it("gives no change ratio against nothing", () => {
    expect(changeRatio(5, 0)).toBeNull();
    expect(changeRatio(15, 10)).toBe(0.5);
  });

  it("puts every load in a band, 20 exactly at the norm", () => {
    expect(loadBandOf(0)).toBe("none");
    expect(loadBandOf(20)).toBe("norm");
    expect(loadBandOf(19)).toBe("near");
    expect(loadBandOf(40)).toBe("heavy");
  });

  it("sorts with nulls last and ties by name", () => {
    const rows = [
      { name: "Hòa Xuân", v: null },
      { name: "A Vương", v: 2 },
      { name: "Hải Vân", v: 2 },
      { name: "Tây Giang", v: 5 },
    ];
    expect(sortRows(rows, "v", "desc").map((r) => r.name)).toEqual(["Tây Giang", "A Vương", "Hải Vân", "Hòa Xuân"]);
  });
});
