import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSolver } from "./highs";
import { coverageOf, planOptimal, planRotation, type MipSolver, type Plan, type PlannerInput } from "./planner";

// Properties of both rotation planners on random communes: the greedy (planRotation) and the one
// the page shows (planOptimal with HiGHS): no double booking, no desk on a blocked day or a day its
// people are away, targets met whenever capacity allows, load spread evenly (with nobody away,
// people of a role differ by at most one desk), and the same input (in any order) gives the same
// plan. And the solver's plan never covers less than the greedy's. PLANNER_RUNS=2000 runs more.

fc.configureGlobal({ numRuns: Number(process.env.PLANNER_RUNS ?? 100) });

let solver: MipSolver;
beforeAll(async () => {
  solver = (await loadSolver(5))!;
  expect(solver).toBeTruthy();
});

const march = Array.from({ length: 31 }, (_, i) => `2027-03-${String(i + 1).padStart(2, "0")}`);
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

const inputArb = (opts: { away?: boolean } = {}) =>
  fc
    .record({
      blocked: fc.subarray(march, { maxLength: 8 }),
      weekends: fc.boolean(),
      villages: fc.uniqueArray(
        fc.record({
          id: fc.integer({ min: 1, max: 500 }),
          target: fc.integer({ min: 1, max: 3 }),
          householdsNotReached: fc.nat(400),
          distanceKm: fc.nat(50),
          daysSinceLastDesk: fc.nat(90),
        }),
        { minLength: 1, maxLength: 8, selector: (v) => v.id },
      ),
      people: fc.uniqueArray(
        fc.record({
          id: fc.integer({ min: 1, max: 1000 }),
          role: fc.constantFrom("volunteer" as const, "civil_servant" as const),
          unavailable: opts.away === false ? fc.constant([] as string[]) : fc.subarray(march, { maxLength: 10 }),
        }),
        { maxLength: 24, selector: (p) => p.id },
      ),
      need: fc.record({ volunteers: fc.integer({ min: 1, max: 3 }), civilServants: fc.integer({ min: 0, max: 2 }) }),
    })
    .map((r): PlannerInput => ({ ...r, days: march }));

const planners: [string, (input: PlannerInput) => Plan][] = [
  ["planRotation (greedy)", planRotation],
  ["planOptimal (HiGHS)", (input) => planOptimal(input, solver)],
];

describe.each(planners)("%s", (_name, planRotation) => {
  it("never books a person twice a day, nor on a blocked, weekend (when not allowed) or away day", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const plan = planRotation(input);
        const seen = new Set<string>();
        const away = new Map(input.people.map((p) => [p.id, new Set(p.unavailable)]));
        for (const desk of plan.desks) {
          expect(input.blocked).not.toContain(desk.day);
          if (!input.weekends) expect(weekend(desk.day)).toBe(false);
          expect(desk.volunteerIds).toHaveLength(input.need.volunteers);
          expect(desk.civilServantIds).toHaveLength(input.need.civilServants);
          for (const id of [...desk.volunteerIds, ...desk.civilServantIds]) {
            expect(seen.has(`${desk.day}:${id}`)).toBe(false);
            seen.add(`${desk.day}:${id}`);
            expect(away.get(id)!.has(desk.day)).toBe(false);
          }
        }
        // Every village gets at most its target, and what is missing is reported.
        for (const v of input.villages) {
          const placed = plan.desks.filter((d) => d.villageId === v.id).length;
          expect(placed + (plan.short.find((s) => s.villageId === v.id)?.missing ?? 0)).toBe(v.target);
        }
      }),
    );
  });

  it("meets every target whenever capacity allows (enough people of each role, enough open days)", () => {
    fc.assert(
      fc.property(inputArb({ away: false }), (input) => {
        const open = march.filter((d) => !input.blocked.includes(d) && (input.weekends || !weekend(d))).length;
        const count = (role: string) => input.people.filter((p) => p.role === role).length;
        const enough =
          count("volunteer") >= input.villages.length * input.need.volunteers &&
          count("civil_servant") >= input.villages.length * input.need.civilServants &&
          open >= Math.max(...input.villages.map((v) => v.target));
        fc.pre(enough);
        expect(planRotation(input).short).toEqual([]);
      }),
      { numRuns: 2 * Number(process.env.PLANNER_RUNS ?? 100) },
    );
  });

  it("spreads the load: with nobody away, people of a role differ by at most one desk", () => {
    fc.assert(
      fc.property(inputArb({ away: false }), (input) => {
        const plan = planRotation(input);
        for (const role of ["volunteer", "civil_servant"] as const) {
          const loads = input.people
            .filter((p) => p.role === role)
            .map((p) => plan.desks.filter((d) => [...d.volunteerIds, ...d.civilServantIds].includes(p.id)).length);
          if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("gives the same plan for the same input, whatever order it arrives in", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const reversed = { ...input, villages: [...input.villages].reverse(), people: [...input.people].reverse() };
        expect(planRotation(reversed)).toEqual(planRotation(input));
      }),
    );
  });

  it("says why each desk was proposed", () => {
    const plan = planRotation({
      days: march,
      blocked: [],
      weekends: false,
      villages: [{ id: 1, target: 2, householdsNotReached: 312, distanceKm: 18, daysSinceLastDesk: 41 }],
      people: [
        { id: 10, role: "volunteer", unavailable: [] },
        { id: 11, role: "volunteer", unavailable: [] },
      ],
      need: { volunteers: 1, civilServants: 0 },
    });
    expect(plan.desks).toHaveLength(2);
    expect(plan.desks[0]!.why).toEqual({ householdsNotReached: 312, daysSinceLastDesk: 41, distanceKm: 18 });
    // Two desks a month in one village sit about half a month apart, shared by both volunteers.
    expect(Math.abs(Number(plan.desks[1]!.day.slice(8)) - Number(plan.desks[0]!.day.slice(8)))).toBeGreaterThanOrEqual(
      15,
    );
    expect(plan.desks.map((d) => d.volunteerIds[0])).toEqual([10, 11]);
  });

  it("keeps a village's new desks a week or more from the desks it already has, when there is room", () => {
    fc.assert(
      fc.property(
        fc.subarray(march, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 2 }),
        (visited, target) => {
          const plan = planRotation({
            days: march,
            blocked: [],
            weekends: true,
            villages: [{ id: 1, target, householdsNotReached: 50, distanceKm: 10, daysSinceLastDesk: 20, visited }],
            people: [{ id: 10, role: "volunteer", unavailable: [] }],
            need: { volunteers: 1, civilServants: 0 },
          });
          const room = march.filter((d) =>
            visited.every((v) => Math.abs(Date.parse(d) - Date.parse(v)) >= 7 * 86_400_000),
          );
          // With at least `target` far-enough days a week apart, every new desk keeps its distance.
          if (room.length >= 14 * target)
            for (const desk of plan.desks)
              for (const v of visited)
                expect(Math.abs(Date.parse(desk.day) - Date.parse(v))).toBeGreaterThanOrEqual(7 * 86_400_000);
          expect(plan.desks.filter((d) => visited.includes(d.day))).toEqual([]);
        },
      ),
    );
  });
});

describe("planOptimal", () => {
  it("covers at least what the greedy covers, and proves it optimal", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const plan = planOptimal(input, solver);
        expect(plan.solver.coverage).toBe(coverageOf(input, plan));
        expect(plan.solver.coverage).toBeGreaterThanOrEqual(coverageOf(input, planRotation(input)));
        expect(plan.solver).toMatchObject({ by: "solver", fallback: null, optimal: true, ratio: 1, gap: 0 });
      }),
    );
  });

  it("falls back to the greedy plan, saying why, when the solver fails or stops worse", () => {
    const input: PlannerInput = {
      days: march,
      blocked: [],
      weekends: false,
      villages: [{ id: 1, target: 2, householdsNotReached: 100, distanceKm: 5, daysSinceLastDesk: 30 }],
      people: [{ id: 10, role: "volunteer", unavailable: [] }],
      need: { volunteers: 1, civilServants: 0 },
    };
    const greedy = planRotation(input);
    const failed = planOptimal(input, () => {
      throw new Error("no wasm");
    });
    expect(failed).toMatchObject({ ...greedy, solver: { by: "greedy", fallback: "failed", optimal: false } });
    const empty = planOptimal(input, () => ({ status: "limit", x: [], bound: 1e6 }));
    expect(empty).toMatchObject({ desks: greedy.desks, solver: { by: "greedy", fallback: "worse" } });
    expect(empty.solver.gap).toBeGreaterThan(0.9);
  });
});
