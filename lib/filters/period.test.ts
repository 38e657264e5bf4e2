import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  periodParams,
  bucketUnitFor,
  chartRange,
  bucketsOf,
  lengthInDays,
  previousPeriod,
  resolvePeriod,
  sumIntoBuckets,
  weekStart,
} from "./period";

const isoDay = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const range = fc
  .tuple(isoDay, fc.integer({ min: 0, max: 900 }))
  .map(([from, extra]) => ({ from, to: addDays(from, extra) }));

describe("resolvePeriod", () => {
  it("starts this week on Monday", () => {
    // 23/11/2026 is a Monday, 29/11/2026 a Sunday.
    expect(resolvePeriod({ period: "week" }, "2026-11-29").period).toEqual({
      preset: "week",
      from: "2026-11-23",
      to: "2026-11-29",
    });
    expect(resolvePeriod({ period: "week" }, "2026-11-23").period.from).toBe("2026-11-23");
  });

  it("runs this month and this quarter from their first day to today", () => {
    expect(resolvePeriod({ period: "month" }, "2026-11-20").period).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-20",
    });
    expect(resolvePeriod({ period: "quarter" }, "2026-11-20").period).toMatchObject({
      from: "2026-10-01",
      to: "2026-11-20",
    });
    expect(resolvePeriod({}, "2026-02-03").period).toMatchObject({ preset: "month", from: "2026-02-01" });
  });

  it("reads custom dates in dd/MM/yyyy and refuses bad ones with a reason", () => {
    expect(resolvePeriod({ period: "custom", from: "01/09/2026", to: "15/10/2026" }, "2026-11-20")).toEqual({
      period: { preset: "custom", from: "2026-09-01", to: "2026-10-15" },
    });
    expect(resolvePeriod({ period: "custom", from: "31/02/2026", to: "15/10/2026" }, "2026-11-20").error).toBe(
      "invalidDate",
    );
    expect(resolvePeriod({ period: "custom", from: "15/10/2026", to: "01/10/2026" }, "2026-11-20").error).toBe(
      "fromAfterTo",
    );
    expect(resolvePeriod({ period: "custom", from: "01/01/2025", to: "01/01/2029" }, "2026-11-20").error).toBe(
      "tooLong",
    );
  });
});

describe("chartRange", () => {
  it("stops at the latest record inside the period, else keeps the period", () => {
    const p = { from: "2026-11-01", to: "2026-11-23" };
    expect(chartRange(p, "2026-11-20")).toEqual({ from: "2026-11-01", to: "2026-11-20" });
    expect(chartRange(p, "2026-10-20")).toEqual(p);
    expect(chartRange(p, null)).toEqual(p);
  });
});

describe("previousPeriod", () => {
  it("has the same length and ends the day before", () => {
    fc.assert(
      fc.property(range, (p) => {
        const prev = previousPeriod(p);
        expect(lengthInDays(prev.from, prev.to)).toBe(lengthInDays(p.from, p.to));
        expect(addDays(prev.to, 1)).toBe(p.from);
      }),
    );
  });
});

describe("buckets", () => {
  it("chooses days, weeks or months by length", () => {
    expect(bucketUnitFor(7)).toBe("day");
    expect(bucketUnitFor(31)).toBe("day");
    expect(bucketUnitFor(92)).toBe("week");
    expect(bucketUnitFor(365)).toBe("month");
  });

  it("cover the period exactly, contiguous, in order, never more than 31", () => {
    fc.assert(
      fc.property(range, (p) => {
        const buckets = bucketsOf(p);
        expect(buckets[0]!.from).toBe(p.from);
        expect(buckets.at(-1)!.to).toBe(p.to);
        for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.from).toBe(addDays(buckets[i - 1]!.to, 1));
        for (const b of buckets) expect(b.from <= b.to).toBe(true);
        expect(buckets.length).toBeLessThanOrEqual(31);
      }),
    );
  });

  it("start weeks on Monday (after the first, clipped one)", () => {
    fc.assert(
      fc.property(range, (p) => {
        for (const b of bucketsOf(p, "week").slice(1)) expect(weekStart(b.from)).toBe(b.from);
      }),
    );
  });

  it("keep every day's value exactly once when summed", () => {
    fc.assert(
      fc.property(
        range,
        fc.array(fc.tuple(fc.integer({ min: -30, max: 930 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 }),
        (p, points) => {
          const days = points.map(([offset, n]) => ({ day: addDays(p.from, offset), n }));
          const inside = days.filter((d) => d.day >= p.from && d.day <= p.to).reduce((s, d) => s + d.n, 0);
          const summed = sumIntoBuckets(bucketsOf(p), days, ["n"]).reduce((s, b) => s + b.n, 0);
          expect(summed).toBe(inside);
        },
      ),
    );
  });
});

describe("periodParams", () => {
  const today = "2026-11-20";
  it("asks for the same period again, so links between the overview and the map keep it", () => {
    for (const input of [
      { period: "week" },
      { period: "quarter" },
      { period: "custom", from: "05/10/2026", to: "12/11/2026" },
    ]) {
      const { period } = resolvePeriod(input, today);
      const again = periodParams(period);
      expect(
        resolvePeriod({ period: again.period, from: again.from ?? undefined, to: again.to ?? undefined }, today).period,
      ).toEqual(period);
    }
    expect(periodParams(resolvePeriod({ period: "month" }, today).period)).toEqual({
      period: "month",
      from: null,
      to: null,
    });
  });

  it("counts whole days between two dates", () => {
    expect(daysBetween("2026-11-10", today)).toBe(10);
    expect(daysBetween(today, "2026-11-10")).toBe(-10);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
  });
});
