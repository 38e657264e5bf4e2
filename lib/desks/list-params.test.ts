import { describe, expect, it } from "vitest";
import { deskFiltersFrom, monthGrid, shiftMonth } from "./list-params";

describe("desk list parameters", () => {
  it("reads filters and falls back on anything unreadable", () => {
    expect(
      deskFiltersFrom({ view: "list", month: "2026-12", village: "12", status: "held", page: "2" }, "2026-11-21"),
    ).toEqual({
      view: "list",
      month: "2026-12",
      communeId: undefined,
      villageId: 12,
      status: "held",
      page: 2,
    });
    expect(deskFiltersFrom({ view: "list", month: "all" }, "2026-11-21").month).toBe("all");
    expect(deskFiltersFrom({ view: "month", month: "all" }, "2026-11-21").month).toBe("2026-11");
    expect(deskFiltersFrom({ view: "x", month: "2026-13", village: "a", status: "done" }, "2026-11-21")).toEqual({
      view: "month",
      month: "2026-11",
      communeId: undefined,
      villageId: undefined,
      status: undefined,
      page: 1,
    });
  });

  it("moves months across years and lays out whole Monday-first weeks", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    const grid = monthGrid("2026-11");
    expect(grid[0]![0]).toBe("2026-10-26"); // 1 Nov 2026 is a Sunday
    expect(grid.at(-1)![6]).toBe("2026-12-06");
    expect(grid.every((w) => w.length === 7)).toBe(true);
  });
});
