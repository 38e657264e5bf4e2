import { describe, expect, it } from "vitest";
import { sumByArea, zeroFigures } from "./area-sums";

const village = (communeId: number, f: Partial<ReturnType<typeof zeroFigures>>) => ({
  communeId,
  ...zeroFigures(),
  ...f,
});

describe("sumByArea", () => {
  it("adds every figure of a commune's villages and counts them", () => {
    const sums = sumByArea(
      [
        village(1, {
          householdsTotal: 10,
          reached: 4,
          proficient: 2,
          assigned: 3,
          volunteers: 1,
          peopleServed: 7,
          lastDeskOn: "2026-03-01",
          nextDeskOn: "2026-12-01",
        }),
        village(1, {
          householdsTotal: 5,
          reached: 5,
          proficient: 1,
          assigned: 0,
          volunteers: 2,
          peopleServed: 1,
          lastDeskOn: "2026-05-09",
          nextDeskOn: "2026-11-30",
        }),
        village(2, { householdsTotal: 8 }),
      ],
      (v) => v.communeId,
    );
    expect(sums.get(1)).toEqual({
      villages: 2,
      figures: {
        householdsTotal: 15,
        reached: 9,
        proficient: 3,
        assigned: 3,
        volunteers: 3,
        peopleServed: 8,
        lastDeskOn: "2026-05-09",
        nextDeskOn: "2026-11-30",
      },
    });
    expect(sums.get(2)).toEqual({ villages: 1, figures: { ...zeroFigures(), householdsTotal: 8 } });
    expect(sums.has(3)).toBe(false);
  });

  it("keeps the latest held and the earliest planned desk, ignoring villages without one", () => {
    const sums = sumByArea(
      [
        village(1, { lastDeskOn: null, nextDeskOn: "2027-01-02" }),
        village(1, { lastDeskOn: "2025-12-31", nextDeskOn: null }),
      ],
      (v) => v.communeId,
    );
    expect(sums.get(1)!.figures).toMatchObject({ lastDeskOn: "2025-12-31", nextDeskOn: "2027-01-02" });
  });
});
