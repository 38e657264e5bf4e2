import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, lengthInDays } from "@/lib/filters/period";
import {
  MAX_SERIES_DATES,
  MAX_SERIES_MONTHS,
  addMonths,
  expandSeries,
  monthlyOrdinals,
  recurrenceSchema,
  spanOfMonths,
  weekdayOf,
  type Recurrence,
} from "./series";

// Properties of the recurrence expansion on random rules and spans, checked against a brute-force
// walk over every day of the span: the requested weekday, inside the span, strictly increasing
// (so no duplicates), exactly the rule's count, the same answer each time.

const dayArb = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays("2026-01-01", offset));
const ruleArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constantFrom("weekly" as const, "biweekly" as const), weekday: fc.integer({ min: 0, max: 6 }) }),
  fc.record({
    kind: fc.constant("monthly" as const),
    weekday: fc.integer({ min: 0, max: 6 }),
    nth: fc.constantFrom(...monthlyOrdinals),
  }),
);
const spanArb = fc.oneof(
  fc
    .tuple(dayArb, fc.integer({ min: 1, max: MAX_SERIES_MONTHS }))
    .map(([start, months]) => spanOfMonths(start, months)),
  fc.tuple(dayArb, fc.integer({ min: -3, max: 200 })).map(([start, days]) => ({ start, end: addDays(start, days) })),
);

/** Every day of the span the rule picks, walking one day at a time. */
function bruteForce(rule: Recurrence, span: { start: string; end: string }): string[] {
  const days: string[] = [];
  for (let day = span.start; day <= span.end; day = addDays(day, 1)) {
    if (weekdayOf(day) !== rule.weekday) continue;
    if (rule.kind === "monthly") {
      const dom = Number(day.slice(8, 10));
      const ordinal = Math.ceil(dom / 7);
      const last = addDays(day, 7).slice(0, 7) !== day.slice(0, 7);
      if (rule.nth === -1 ? last : ordinal === rule.nth) days.push(day);
    } else days.push(day);
  }
  // Every second one of the weekly walk, from the first.
  return rule.kind === "biweekly" ? days.filter((_, i) => i % 2 === 0) : days;
}

describe("expandSeries", () => {
  it("gives the requested weekday, inside the span, strictly increasing, exactly the rule's days", () => {
    fc.assert(
      fc.property(ruleArb, spanArb, (rule, span) => {
        const { days, capped } = expandSeries(rule, span);
        for (const day of days) {
          expect(weekdayOf(day)).toBe(rule.weekday);
          expect(day >= span.start && day <= span.end).toBe(true);
        }
        for (let i = 1; i < days.length; i++) expect(days[i]! > days[i - 1]!).toBe(true);
        expect(new Set(days).size).toBe(days.length);
        const all = bruteForce(rule, span);
        expect(days).toEqual(all.slice(0, MAX_SERIES_DATES));
        expect(capped).toBe(all.length > MAX_SERIES_DATES);
      }),
      { numRuns: 400 },
    );
  });

  it("spaces weekly days 7 apart, biweekly 14, monthly one per month", () => {
    fc.assert(
      fc.property(ruleArb, dayArb, fc.integer({ min: 1, max: MAX_SERIES_MONTHS }), (rule, start, months) => {
        const span = spanOfMonths(start, months);
        const { days } = expandSeries(rule, span);
        if (rule.kind === "monthly") {
          expect(new Set(days.map((d) => d.slice(0, 7))).size).toBe(days.length);
          // A span of N months from any day holds N month-slots: the rule's day falls in each at most once.
          expect(days.length).toBeLessThanOrEqual(months + 1);
          expect(days.length).toBeGreaterThanOrEqual(months - 1);
        } else {
          const step = rule.kind === "weekly" ? 7 : 14;
          for (let i = 1; i < days.length; i++) expect(lengthInDays(days[i - 1]!, days[i]!) - 1).toBe(step);
          expect(days.length).toBe(
            Math.floor((lengthInDays(span.start, span.end) - 1 - ((rule.weekday - weekdayOf(start) + 7) % 7)) / step) +
              1,
          );
        }
      }),
    );
  });

  it("is deterministic and never exceeds the cap", () => {
    fc.assert(
      fc.property(ruleArb, spanArb, fc.integer({ min: 0, max: 10 }), (rule, span, cap) => {
        const a = expandSeries(rule, span, cap);
        expect(expandSeries(rule, span, cap)).toEqual(a);
        expect(a.days.length).toBeLessThanOrEqual(cap);
        expect(a.days).toEqual(expandSeries(rule, span).days.slice(0, cap));
      }),
    );
  });

  it("lists every second Saturday of three months, and the 2nd Saturday of each month", () => {
    const span = spanOfMonths("2027-01-04", 3); // a Monday, up to 03/04/2027
    expect(span.end).toBe("2027-04-03");
    expect(expandSeries({ kind: "biweekly", weekday: 6 }, span).days).toEqual([
      "2027-01-09",
      "2027-01-23",
      "2027-02-06",
      "2027-02-20",
      "2027-03-06",
      "2027-03-20",
      "2027-04-03",
    ]);
    expect(expandSeries({ kind: "monthly", weekday: 6, nth: 2 }, span).days).toEqual([
      "2027-01-09",
      "2027-02-13",
      "2027-03-13",
    ]);
    expect(expandSeries({ kind: "monthly", weekday: 0, nth: -1 }, span).days).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-28",
    ]);
  });

  it("adds months clamped to the month's end", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addMonths("2027-05-15", 6)).toBe("2027-11-15");
  });
});

describe("recurrenceSchema", () => {
  const today = "2026-12-05";
  const parse = (over: Record<string, unknown>) =>
    recurrenceSchema(today).safeParse({ rule: "biweekly", weekday: "6", startDay: "07/12/2026", months: "3", ...over });
  const errors = (over: Record<string, unknown>) => {
    const r = parse(over);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("reads months or a last day", () => {
    expect(parse({}).data).toEqual({
      rule: { kind: "biweekly", weekday: 6 },
      span: { start: "2026-12-07", end: "2027-03-06" },
    });
    expect(parse({ rule: "monthly", nth: "-1", until: "31/01/2027" }).data).toEqual({
      rule: { kind: "monthly", weekday: 6, nth: -1 },
      span: { start: "2026-12-07", end: "2027-01-31" },
    });
  });

  it("refuses a past start, a last day before the start or beyond six months, and unknown choices", () => {
    expect(errors({ startDay: "01/12/2026" })).toEqual({ startDay: "desks.errors.dayInPast" });
    expect(errors({ startDay: "" })).toEqual({ startDay: "desks.errors.dayRequired" });
    expect(errors({ until: "06/12/2026" })).toEqual({ until: "desks.series.errors.untilBeforeStart" });
    expect(errors({ until: "07/06/2027" })).toEqual({ until: "desks.series.errors.untilTooFar" });
    expect(errors({ months: "7" })).toEqual({ months: "desks.series.errors.monthsInvalid" });
    expect(errors({ rule: "daily" })).toEqual({ rule: "desks.series.errors.ruleInvalid" });
    expect(errors({ weekday: "9" })).toEqual({ weekday: "desks.series.errors.weekdayInvalid" });
    expect(errors({ rule: "monthly", nth: "5" })).toEqual({ nth: "desks.series.errors.nthInvalid" });
  });
});
