import { describe, expect, it } from "vitest";
import { layerValue, toFeatures } from "./features";
import type { AreaFigures } from "./queries";

const figures: AreaFigures = {
  householdsTotal: 200,
  reached: 90,
  proficient: 30,
  assigned: 120,
  volunteers: 6,
  peopleServed: 400,
  lastDeskOn: "2026-11-10",
  nextDeskOn: "2026-11-27",
};
const today = "2026-11-20";

describe("map features", () => {
  it("computes each layer's value", () => {
    expect(layerValue("coverage", figures, today)).toBeCloseTo(0.45);
    expect(layerValue("proficient", figures, today)).toBeCloseTo(0.15);
    expect(layerValue("lastDesk", figures, today)).toBe(10);
    expect(layerValue("nextDesk", figures, today)).toBe(7);
    expect(layerValue("load", figures, today)).toBe(20);
    expect(layerValue("coverage", { ...figures, householdsTotal: 0 }, today)).toBeNull();
    expect(layerValue("lastDesk", { ...figures, lastDeskOn: null }, today)).toBeNull();
    expect(layerValue("load", { ...figures, volunteers: 0 }, today)).toBeNull();
  });

  it("marks priority villages over merely remote ones, and colours by class", () => {
    const areas = [
      { id: 1, name: "Tà Lang", lat: 16.11, lng: 107.99, remote: true, priorityGroup: "Cơ Tu", ...figures },
      { id: 2, name: "Nam Yên", lat: 16.13, lng: 108.04, remote: true, priorityGroup: null, ...figures, reached: 190 },
      {
        id: 3,
        name: "Kim Liên",
        lat: 16.12,
        lng: 108.12,
        remote: false,
        priorityGroup: null,
        ...figures,
        householdsTotal: 0,
      },
    ];
    const out = toFeatures(areas, {
      layer: "coverage",
      today,
      href: (id) => `/villages/${id}`,
      lines: (a) => [a.name],
    });
    expect(out.map((f) => [f.emphasis, f.classKey, f.href])).toEqual([
      ["priority", "c2", "/villages/1"],
      ["remote", "c4", "/villages/2"],
      [null, "none", "/villages/3"],
    ]);
    expect(out[0]!.color).not.toBe(out[1]!.color);
  });
});
