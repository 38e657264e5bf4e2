import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { provinceMedian, provinceTotal, type CommuneFigures } from "./province-summary";

const row = (reached: number, total: number, people: number, progress: number | null = null): CommuneFigures => ({
  householdsTotal: total,
  reached,
  proficient: 0,
  peopleServed: people,
  signaturesInstalled: 0,
  simsGiven: 0,
  desksHeld: 0,
  activeVolunteers: 0,
  coverage: total ? reached / total : 0,
  proficiency: 0,
  targetProgress: progress,
});

describe("province total and median", () => {
  it("recomputes coverage from the sums, not the mean of ratios", () => {
    const total = provinceTotal([row(10, 100, 5), row(90, 100, 7)]);
    expect(total.reached).toBe(100);
    expect(total.coverage).toBe(0.5);
    expect(total.peopleServed).toBe(12);
  });

  it("takes each column's median and ignores communes without a target", () => {
    const m = provinceMedian([row(10, 100, 5, 0.2), row(30, 100, 1), row(90, 100, 9, 0.6)]);
    expect(m.coverage).toBe(0.3);
    expect(m.peopleServed).toBe(5);
    expect(m.targetProgress).toBeCloseTo(0.4);
  });

  it("totals every count exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(500), fc.nat(500), fc.nat(1000)), { maxLength: 30 }), (xs) => {
        const rows = xs.map(([a, b, p]) => row(Math.min(a, b), b, p));
        expect(provinceTotal(rows).peopleServed).toBe(xs.reduce((s, [, , p]) => s + p, 0));
      }),
    );
  });
});
