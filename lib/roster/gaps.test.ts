import { describe, expect, it } from "vitest";
import { eachDay, vietnamHolidays } from "@/lib/db/seed/demo-calendar";
import { gapsOf } from "./gaps";
import { periodOf, quarterEnd, quarterStart } from "./period";

const holidays = vietnamHolidays([2026, 2027]);
const staffing = { dutyPerDay: 2, saturdayDuty: 1, sundayDuty: 0, openOnHolidays: false };

describe("gapsOf", () => {
  it("marks open days with fewer people than needed, each person once a day", () => {
    // Mon 2026-11-23 … Sun 2026-11-29.
    const days = eachDay("2026-11-23", "2026-11-29");
    const entries = [
      { day: "2026-11-23", memberId: 1 },
      { day: "2026-11-23", memberId: 2 },
      { day: "2026-11-24", memberId: 1 },
      { day: "2026-11-24", memberId: 1 }, // morning and afternoon: still one person
      { day: "2026-11-28", memberId: 3 },
    ];
    expect(gapsOf(staffing, holidays, days, entries)).toEqual([
      { day: "2026-11-24", need: 2, have: 1 },
      { day: "2026-11-25", need: 2, have: 0 },
      { day: "2026-11-26", need: 2, have: 0 },
      { day: "2026-11-27", need: 2, have: 0 },
    ]);
  });

  it("counts no gap on a holiday or a closed Sunday, unless the center works holidays", () => {
    const days = ["2027-02-08", "2026-11-29"]; // Tết 2027 (a Monday), a Sunday
    expect(gapsOf(staffing, holidays, days, [])).toEqual([]);
    expect(gapsOf({ ...staffing, openOnHolidays: true }, holidays, days, [])).toEqual([
      { day: "2027-02-08", need: 2, have: 0 },
    ]);
  });
});

describe("periods", () => {
  it("starts weeks on Monday and months on the first", () => {
    expect(periodOf("week", "2026-11-26")).toMatchObject({
      from: "2026-11-23",
      to: "2026-11-29",
      previous: "2026-11-16",
      next: "2026-11-30",
    });
    expect(periodOf("month", "2026-12-31")).toMatchObject({
      from: "2026-12-01",
      to: "2026-12-31",
      previous: "2026-11-01",
      next: "2027-01-01",
    });
    expect(periodOf("month", "2027-02-10").days).toHaveLength(28);
    expect([quarterStart("2026-11-21"), quarterEnd("2026-11-21")]).toEqual(["2026-10-01", "2026-12-31"]);
  });
});
