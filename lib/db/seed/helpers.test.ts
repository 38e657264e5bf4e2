import { describe, expect, it } from "vitest";
import { DEMO_STORY_END, addDays, daysBetween, demoCalendar, eachDay, isoWeekday, vietnamTime } from "./demo-calendar";
import { haversineKm, insideVietnamBox, offsetKm, roadDistanceKm } from "./geo";
import { personName } from "./names";
import { Random, distribute, hashString, mulberry32 } from "./random";
import { scaleSizes } from "./scale-sizes";

describe("seeded randomness", () => {
  it("repeats exactly for the same seed and differs for another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const run = (f: () => number) => Array.from({ length: 5 }, f);
    const first = run(a);
    expect(run(b)).toEqual(first);
    expect(run(c)).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it("gives each concern its own stream", () => {
    expect(Random.for(1, "households").float()).toBe(Random.for(1, "households").float());
    expect(Random.for(1, "households").float()).not.toBe(Random.for(1, "members").float());
    expect(hashString("Tà Lang")).toBe(hashString("Tà Lang"));
  });

  it("draws integers within bounds, both included", () => {
    const rng = new Random(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(1, 4));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it("distributes a total exactly, within floors and caps", () => {
    const rng = new Random(3);
    const parts = distribute(rng, 86, 30, { floors: Array(30).fill(1), caps: Array(30).fill(6) });
    expect(parts.reduce((s, p) => s + p, 0)).toBe(86);
    expect(parts.every((p) => p >= 1 && p <= 6)).toBe(true);
    expect(() => distribute(rng, 100, 3, { caps: [10, 10, 10] })).toThrow();
  });

  it("samples distinct items", () => {
    const picked = new Random(9).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
  });
});

describe("Vietnamese names", () => {
  it("are NFC, two to five words, and deterministic", () => {
    const rng = new Random(11);
    for (let i = 0; i < 300; i++) {
      const name = personName(rng, {
        group: rng.pick(["kinh", "co_tu", "khmer", "tay", "dao", "hmong", "la_chi"] as const),
      });
      expect(name).toBe(name.normalize("NFC"));
      expect(name.split(" ").length).toBeGreaterThanOrEqual(2);
      expect(name.split(" ").length).toBeLessThanOrEqual(5);
    }
    expect(personName(new Random(5))).toBe(personName(new Random(5)));
  });

  it("uses the group's family names", () => {
    const rng = new Random(13);
    const coTu = [
      "A Lăng",
      "Bh'riu",
      "Clâu",
      "Zơ Râm",
      "Bhling",
      "Pơloong",
      "Ating",
      "Hốih",
      "Coor",
      "Briu",
      "Tơ Ngôl",
      "Alăng",
      "Riah",
      "Blup",
    ];
    for (let i = 0; i < 50; i++) {
      const name = personName(rng, { group: "co_tu" });
      expect(coTu.some((f) => name.startsWith(`${f} `))).toBe(true);
    }
  });
});

describe("geometry", () => {
  it("measures great-circle distances", () => {
    // Đà Nẵng to Cần Thơ is about 800 km as the crow flies.
    expect(haversineKm({ lat: 16.05, lng: 108.2 }, { lat: 10.03, lng: 105.78 })).toBeGreaterThan(700);
    expect(haversineKm({ lat: 16.05, lng: 108.2 }, { lat: 10.03, lng: 105.78 })).toBeLessThan(800);
    expect(haversineKm({ lat: 16, lng: 108 }, { lat: 16, lng: 108 })).toBe(0);
  });

  it("offsets a point by a distance and bearing", () => {
    const from = { lat: 15.88, lng: 107.47 };
    const to = offsetKm(from, 22, 45);
    expect(haversineKm(from, to)).toBeCloseTo(22, 5);
    expect(to.lat).toBeGreaterThan(from.lat);
    expect(to.lng).toBeGreaterThan(from.lng);
  });

  it("estimates mountain roads at twice the straight line", () => {
    const a = { lat: 15.88, lng: 107.47 };
    const b = offsetKm(a, 22, 45);
    expect(roadDistanceKm(a, b, "mountain")).toBeCloseTo(44, 0);
  });

  it("knows Vietnam's box, Hoàng Sa included", () => {
    expect(insideVietnamBox({ lat: 16.5, lng: 111.6 })).toBe(true);
    expect(insideVietnamBox({ lat: 25, lng: 105 })).toBe(false);
  });
});

describe("demo calendar", () => {
  it("ends the history the day before the seed day, and plans ahead of it", () => {
    for (const seedDay of ["2026-11-21", "2026-12-04", "2027-03-01", "2028-01-01"]) {
      const calendar = demoCalendar(seedDay);
      expect(calendar.historyEnd).toBe(addDays(seedDay, -1));
      expect(calendar.deskPlanEnd > addDays(seedDay, 27)).toBe(true);
      expect(calendar.rosterPlanEnd > addDays(seedDay, 13)).toBe(true);
      expect(calendar.targetsDue > seedDay).toBe(true);
      // About four and a half months of history, the story moved by whole weeks (weekdays kept).
      expect(daysBetween(calendar.historyStart, calendar.historyEnd)).toBeGreaterThanOrEqual(137);
      expect(daysBetween(calendar.historyStart, calendar.historyEnd)).toBeLessThan(137 + 7);
      expect(calendar.shiftDays % 7).toBe(0);
      expect(isoWeekday(calendar.storyDay(DEMO_STORY_END))).toBe(5);
      expect(calendar.storyDay(DEMO_STORY_END) <= calendar.historyEnd).toBe(true);
    }
  });

  it("keeps the story's own dates when seeded the day after it ends", () => {
    const calendar = demoCalendar("2026-11-21");
    expect(calendar.shiftDays).toBe(0);
    expect(calendar.historyStart).toBe("2026-07-06");
    expect(calendar.targetsDue).toBe("2026-12-31");
  });

  it("does day arithmetic in whole days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-07-06", DEMO_STORY_END)).toBe(137);
    expect(eachDay("2026-07-06", "2026-07-08")).toEqual(["2026-07-06", "2026-07-07", "2026-07-08"]);
  });

  it("closes centers on weekends and public holidays, Tết and the lunar Hùng Kings day included", () => {
    const calendar = demoCalendar("2027-03-01");
    expect(calendar.isWorkingDay("2026-09-01")).toBe(false);
    expect(calendar.isWorkingDay("2026-09-02")).toBe(false);
    expect(calendar.isWorkingDay("2026-11-21")).toBe(false);
    expect(calendar.isWorkingDay("2026-11-20")).toBe(true);
    // Tết Đinh Mùi: 6 February 2027 (eve on the 5th), five days off; Giỗ Tổ 10/3 lunar = 16 April 2027.
    for (const day of ["2027-02-05", "2027-02-08", "2027-02-09", "2027-04-16", "2027-04-30"])
      expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.isWorkingDay("2027-02-10")).toBe(true);
  });

  it("reads wall-clock times in Vietnam (UTC+7)", () => {
    expect(vietnamTime("2026-07-07", "07:00").toISOString()).toBe("2026-07-07T00:00:00.000Z");
  });
});

describe("synthetic set sizes", () => {
  it("scale 1 is one province of 100 communes, 3,000 villages, 1M households, 5M records", () => {
    expect(scaleSizes(1)).toMatchObject({
      provinces: 1,
      communes: 100,
      villages: 3000,
      households: 1_000_000,
      records: 5_000_000,
    });
  });

  it("fractions shrink everything but keep at least one of each", () => {
    const tiny = scaleSizes(0.002);
    expect(tiny).toMatchObject({ provinces: 1, communes: 1, villages: 6, households: 2000, records: 10_000 });
    expect(tiny.membersPerVillage).toBeGreaterThanOrEqual(1);
    expect(scaleSizes(2.5).provinces).toBe(3);
    expect(() => scaleSizes(0)).toThrow();
  });
});
