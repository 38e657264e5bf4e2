import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyMoves,
  balance,
  priorityOf,
  type BalancerHousehold,
  type BalancerInput,
  type BalancerVolunteer,
} from "./balancer";

const villages = [
  { id: 1, lat: 16.13, lng: 108.04 }, // Hòa Bắc (cũ)
  { id: 2, lat: 16.11, lng: 107.99 }, // Tà Lang
  { id: 3, lat: 16.09, lng: 108.01 }, // Giàn Bí
  { id: 4, lat: 16.13, lng: 108.1 },
];

const volunteerArb = fc.record({
  villageId: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  active: fc.boolean(),
});

/** Random communes: up to 12 volunteers, up to 120 households, some assigned (to anyone, even unknown ids). */
const inputArb: fc.Arbitrary<Required<BalancerInput>> = fc
  .record({
    volunteers: fc.array(volunteerArb, { maxLength: 12 }),
    households: fc.array(
      fc.record({
        villageId: fc.integer({ min: 1, max: 4 }),
        elderly: fc.boolean(),
        poor: fc.boolean(),
        ethnicMinority: fc.boolean(),
        hasSmartphone: fc.boolean(),
        hasProficientMember: fc.boolean(),
        assignee: fc.integer({ min: 0, max: 14 }),
      }),
      { maxLength: 120 },
    ),
    cap: fc.integer({ min: 1, max: 25 }),
  })
  .map(({ volunteers, households, cap }) => ({
    volunteers: volunteers.map((v, i): BalancerVolunteer => ({ id: 100 + i, ...v })),
    households: households.map(({ assignee, ...h }, i): BalancerHousehold => ({
      id: 1000 + i,
      ...h,
      // 0 = unassigned; 13, 14 = volunteer ids that do not exist (deleted or another commune).
      assigneeId: assignee === 0 ? null : 100 + assignee - 1,
    })),
    villages,
    cap,
  }));

const loadsOf = (final: Map<number, number | null>) => {
  const loads = new Map<number, number>();
  for (const v of final.values()) if (v != null) loads.set(v, (loads.get(v) ?? 0) + 1);
  return loads;
};

describe("balance (properties)", () => {
  it("leaves nobody over the cap, and only active volunteers assigned", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const final = applyMoves(input.households, balance(input));
        const activeIds = new Set(input.volunteers.filter((v) => v.active).map((v) => v.id));
        for (const [volunteer, load] of loadsOf(final)) {
          expect(activeIds.has(volunteer)).toBe(true);
          expect(load).toBeLessThanOrEqual(input.cap);
        }
      }),
    );
  });

  it("never leaves a household unassigned while an active volunteer has room", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const final = applyMoves(input.households, balance(input));
        const loads = loadsOf(final);
        const room = input.volunteers.some((v) => v.active && (loads.get(v.id) ?? 0) < input.cap);
        if (room) for (const assignee of final.values()) expect(assignee).not.toBeNull();
      }),
    );
  });

  it("moves every household at most once and only households it was given", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const moves = balance(input);
        const ids = moves.map((m) => m.householdId);
        expect(new Set(ids).size).toBe(ids.length);
        const known = new Set(input.households.map((h) => h.id));
        for (const m of moves) {
          expect(known.has(m.householdId)).toBe(true);
          expect(m.toVolunteerId).not.toBe(m.fromVolunteerId);
        }
      }),
    );
  });

  it("is stable: an assignment that is already valid yields no moves", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const final = applyMoves(input.households, balance(input));
        const settled = input.households.map((h) => ({ ...h, assigneeId: final.get(h.id) ?? null }));
        const allAssigned = settled.every((h) => h.assigneeId != null);
        // A valid state (everyone assigned, to active volunteers, within the cap) is left alone…
        if (allAssigned) expect(balance({ ...input, households: settled })).toEqual([]);
        // …and balancing twice changes nothing the second time, whatever the first gave.
        expect(balance({ ...input, households: settled })).toEqual([]);
      }),
    );
  });

  it("keeps existing assignments to active volunteers that are within the cap", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const moves = balance(input);
        const activeIds = new Set(input.volunteers.filter((v) => v.active).map((v) => v.id));
        const loads = new Map<number, number>();
        for (const h of input.households)
          if (h.assigneeId != null) loads.set(h.assigneeId, (loads.get(h.assigneeId) ?? 0) + 1);
        for (const m of moves) {
          if (m.fromVolunteerId == null) continue;
          // Only households of inactive/unknown volunteers, or of volunteers over the cap, move.
          const overCap = (loads.get(m.fromVolunteerId) ?? 0) > input.cap;
          expect(!activeIds.has(m.fromVolunteerId) || overCap).toBe(true);
        }
      }),
    );
  });

  it("assigns every household when total capacity suffices", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const activeCount = input.volunteers.filter((v) => v.active).length;
        fc.pre(activeCount * input.cap >= input.households.length);
        const final = applyMoves(input.households, balance(input));
        for (const assignee of final.values()) expect(assignee).not.toBeNull();
      }),
    );
  });

  it("when capacity is short, places the most vulnerable households before the others", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const moves = balance(input);
        const final = applyMoves(input.households, moves);
        const byId = new Map(input.households.map((h) => [h.id, h]));
        const left = [...final].filter(([, v]) => v == null).map(([id]) => priorityOf(byId.get(id)!));
        const placed = moves.filter((m) => m.toVolunteerId != null).map((m) => priorityOf(byId.get(m.householdId)!));
        if (left.length && placed.length) expect(Math.max(...left)).toBeLessThanOrEqual(Math.min(...placed));
      }),
    );
  });

  it("is deterministic, whatever the order of its input", () => {
    fc.assert(
      fc.property(inputArb, fc.infiniteStream(fc.nat()), (input, seeds) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x) => [seeds.next().value as number, x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const once = balance(input);
        expect(balance(input)).toEqual(once);
        expect(
          balance({ ...input, households: shuffle(input.households), volunteers: shuffle(input.volunteers) }),
        ).toEqual(once);
      }),
    );
  });
});

describe("balance (examples)", () => {
  const household = (
    id: number,
    villageId: number,
    assigneeId: number | null,
    vulnerable = false,
  ): BalancerHousehold => ({
    id,
    villageId,
    elderly: vulnerable,
    poor: vulnerable,
    ethnicMinority: vulnerable,
    hasSmartphone: !vulnerable,
    hasProficientMember: !vulnerable,
    assigneeId,
  });

  it("gives a deactivated volunteer's households to volunteers of the same village first", () => {
    const moves = balance({
      volunteers: [
        { id: 1, villageId: 2, active: false },
        { id: 2, villageId: 1, active: true },
        { id: 3, villageId: 2, active: true },
      ],
      households: [household(10, 2, 1), household(11, 2, 1), household(12, 1, 2)],
      villages,
      cap: 20,
    });
    expect(moves).toEqual([
      { householdId: 10, fromVolunteerId: 1, toVolunteerId: 3 },
      { householdId: 11, fromVolunteerId: 1, toVolunteerId: 3 },
    ]);
  });

  it("goes to the nearest village when the home village's volunteers are full", () => {
    const moves = balance({
      volunteers: [
        { id: 1, villageId: 2, active: true },
        { id: 2, villageId: 3, active: true }, // Giàn Bí, ~3 km from Tà Lang
        { id: 3, villageId: 4, active: true }, // ~12 km away
      ],
      households: [household(10, 2, 1), household(11, 2, null)],
      villages,
      cap: 1,
    });
    expect(moves).toEqual([{ householdId: 11, fromVolunteerId: null, toVolunteerId: 2 }]);
  });

  it("trims an over-cap volunteer, keeping the households nearest home", () => {
    const moves = balance({
      volunteers: [
        { id: 1, villageId: 1, active: true },
        { id: 2, villageId: 2, active: true },
      ],
      households: [household(10, 2, 1), household(11, 1, 1), household(12, 1, 1)],
      villages,
      cap: 2,
    });
    expect(moves).toEqual([{ householdId: 10, fromVolunteerId: 1, toVolunteerId: 2 }]);
  });

  it("releases households it cannot place and leaves the vulnerable ones placed", () => {
    const moves = balance({
      volunteers: [
        { id: 1, villageId: 1, active: false },
        { id: 2, villageId: 1, active: true },
      ],
      households: [household(10, 1, 1), household(11, 1, 1, true)],
      villages,
      cap: 1,
    });
    expect(moves).toEqual([
      { householdId: 10, fromVolunteerId: 1, toVolunteerId: null },
      { householdId: 11, fromVolunteerId: 1, toVolunteerId: 2 },
    ]);
  });
});
