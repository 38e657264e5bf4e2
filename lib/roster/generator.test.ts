import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, eachDay, isoWeekday, vietnamHolidays } from "@/lib/db/seed/demo-calendar";
import { generateRoster, openDay, weekdayIndex, type GeneratorInput, type GeneratedEntry } from "./generator";

// Property tests of the generator: whatever the pool, leave, desks and period, the roster keeps
// its promises (lib/roster/generator.ts states them).

const day0 = "2026-01-05"; // a Monday
const holidays = vietnamHolidays([2026, 2027]);
const tasks = ["Hướng dẫn lấy số thứ tự", "Hỗ trợ kê khai tờ khai"];

const inputArb = fc
  .record({
    start: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 1, max: 70 }),
    size: fc.integer({ min: 1, max: 24 }),
    teamCount: fc.integer({ min: 0, max: 6 }),
    perDay: fc.integer({ min: 1, max: 4 }),
    saturday: fc.integer({ min: 0, max: 3 }),
    sunday: fc.integer({ min: 0, max: 3 }),
    openOnHolidays: fc.boolean(),
    leave: fc.array(fc.record({ m: fc.nat(30), from: fc.nat(80), len: fc.nat(10) }), { maxLength: 8 }),
    desks: fc.array(fc.record({ m: fc.nat(30), day: fc.nat(80) }), { maxLength: 10 }),
  })
  .map((r): GeneratorInput => {
    const from = addDays(day0, r.start);
    const ids = Array.from({ length: r.size }, (_, i) => 100 + i * 3);
    const pick = (n: number) => ids[n % ids.length]!;
    const teams = Array.from({ length: r.teamCount }, (_, t) => ({
      id: 10 + t,
      memberIds: ids.filter((_, i) => i % r.teamCount === t),
    }));
    return {
      from,
      to: addDays(from, r.length - 1),
      mode: r.teamCount > 0 ? { kind: "teams", teams } : { kind: "pool", perDay: r.perDay },
      members: ids.map((id) => ({ id })),
      saturday: r.saturday,
      sunday: r.sunday,
      holidays,
      openOnHolidays: r.openOnHolidays,
      leave: r.leave.map((l) => ({
        memberId: pick(l.m),
        from: addDays(from, l.from),
        to: addDays(from, l.from + l.len),
      })),
      deskDays: r.desks.map((d) => ({ memberId: pick(d.m), day: addDays(from, d.day) })),
      tasks,
    };
  });

const onLeave = (input: GeneratorInput, id: number, day: string) =>
  input.leave.some((l) => l.memberId === id && l.from <= day && day <= l.to) ||
  input.deskDays.some((d) => d.memberId === id && d.day === day);

const byDayShift = (entries: GeneratedEntry[]) => {
  const map = new Map<string, number[]>();
  for (const e of entries) map.set(`${e.day}|${e.shift}`, [...(map.get(`${e.day}|${e.shift}`) ?? []), e.memberId]);
  return map;
};

describe("generateRoster", () => {
  it("never puts anyone twice in a shift, and never while on leave or at a mobile desk", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const entries = generateRoster(input);
        for (const ids of byDayShift(entries).values()) expect(new Set(ids).size).toBe(ids.length);
        for (const e of entries) expect(onLeave(input, e.memberId, e.day)).toBe(false);
        // One shift a day per person (a team day splits people into morning and afternoon halves).
        const perDay = new Set(entries.map((e) => `${e.day}|${e.memberId}`));
        expect(perDay.size).toBe(entries.length);
      }),
      { numRuns: 300 },
    );
  });

  it("opens only on working days, weekend days with duty, and holidays when the center works them", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const e of generateRoster(input)) {
          expect(e.day >= input.from && e.day <= input.to).toBe(true);
          if (!input.openOnHolidays) expect(holidays.has(e.day)).toBe(false);
          const weekday = isoWeekday(e.day);
          if (weekday === 6) expect(input.saturday).toBeGreaterThan(0);
          if (weekday === 7) expect(input.sunday).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("covers every open day as far as people allow", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const entries = generateRoster(input);
        const ids = input.members.map((m) => m.id);
        for (const day of eachDay(input.from, input.to)) {
          const { open, weekend } = openDay(input, day);
          const onDuty = entries.filter((e) => e.day === day).map((e) => e.memberId);
          if (!open) {
            expect(onDuty).toEqual([]);
            continue;
          }
          if (weekend > 0 || input.mode.kind === "pool") {
            const need = weekend > 0 ? weekend : input.mode.kind === "pool" ? input.mode.perDay : 0;
            const free = ids.filter((id) => !onLeave(input, id, day)).length;
            expect(onDuty.length).toBe(Math.min(need, free));
          } else {
            // The day's team: everyone of it who can come, no one else.
            const teams = [...input.mode.teams].sort((a, b) => a.id - b.id);
            const team = teams[weekdayIndex(day) % teams.length]!;
            const free = team.memberIds.filter((id) => !onLeave(input, id, day));
            expect([...onDuty].sort()).toEqual([...free].sort());
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("spreads pool duty fairly: max − min ≤ 1 per shift kind among members free all period", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const entries = generateRoster(input);
        const always = input.members
          .map((m) => m.id)
          .filter((id) => !eachDay(input.from, input.to).some((d) => onLeave(input, id, d)));
        if (always.length < 2) return;
        // Weekend draws are pool draws in both modes; weekday draws too in pool mode.
        const shifts = input.mode.kind === "pool" ? (["full_day", "morning"] as const) : (["morning"] as const);
        for (const shift of shifts) {
          const drawn = entries.filter((e) => e.shift === shift && (shift === "full_day" || isoWeekday(e.day) >= 6));
          const counts = always.map((id) => drawn.filter((e) => e.memberId === id).length);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("rotates teams over the weekdays: each weekday's slot goes to the rotation's team, slots differ by at most one", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        if (input.mode.kind !== "teams") return;
        const teams = [...input.mode.teams].sort((x, y) => x.id - y.id);
        const rotationTeam = (day: string) => teams[weekdayIndex(day) % teams.length]!.id;
        const allWeekdays = eachDay(input.from, input.to).filter((d) => isoWeekday(d) <= 5);
        // The rotation's slots: consecutive weekdays, so over any period no team has two more than
        // another. A holiday closes its day's slot without shifting the teams after it.
        if (allWeekdays.length >= teams.length) {
          const slots = new Map(teams.map((t) => [t.id, 0]));
          for (const d of allWeekdays) slots.set(rotationTeam(d), slots.get(rotationTeam(d))! + 1);
          const values = [...slots.values()];
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        }
        const covered = new Set<string>();
        for (const e of generateRoster(input)) {
          if (isoWeekday(e.day) > 5 || e.teamId === null) continue;
          expect(e.teamId).toBe(rotationTeam(e.day));
          covered.add(e.day);
        }
        const open = allWeekdays.filter((d) => openDay(input, d).open);
        if (
          input.leave.length === 0 &&
          input.deskDays.length === 0 &&
          input.mode.teams.every((t) => t.memberIds.length > 0)
        ) {
          expect(covered.size).toBe(open.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same roster for the same input, whatever the order of members and leave", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const again = generateRoster({
          ...input,
          members: [...input.members].reverse(),
          leave: [...input.leave].reverse(),
        });
        expect(again).toEqual(generateRoster(input));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps Tây Giang's five teams on their weekday and skips Tết", () => {
    const teams = Array.from({ length: 5 }, (_, t) => ({ id: t + 1, memberIds: [t * 10 + 1, t * 10 + 2] }));
    const members = teams.flatMap((t) => t.memberIds.map((id) => ({ id })));
    const base = { members, saturday: 0, sunday: 0, holidays, leave: [], deskDays: [], tasks };
    const entries = generateRoster({ ...base, from: "2027-01-25", to: "2027-02-28", mode: { kind: "teams", teams } });
    const weekdayOf = new Map<number, Set<number>>();
    for (const e of entries) weekdayOf.set(e.teamId!, (weekdayOf.get(e.teamId!) ?? new Set()).add(isoWeekday(e.day)));
    for (const set of weekdayOf.values()) expect(set.size).toBe(1);
    const tet = [...holidays].filter((d) => d.startsWith("2027-02"));
    expect(tet.length).toBeGreaterThan(0);
    expect(entries.some((e) => tet.includes(e.day))).toBe(false);
  });

  it("generates a quarter for a center of 50 members", () => {
    const members = Array.from({ length: 50 }, (_, i) => ({ id: i + 1 }));
    const entries = generateRoster({
      from: "2026-10-01",
      to: "2026-12-31",
      mode: { kind: "pool", perDay: 3 },
      members,
      saturday: 2,
      sunday: 2,
      holidays,
      leave: [],
      deskDays: [],
      tasks,
    });
    expect(entries.length).toBeGreaterThan(0);
  });
});
