// The planners' half of `npm run bench` (`--only planners`; alone: `npx tsx scripts/bench-planners.ts`):
// the pure rotation planner (lib/desks/planner.ts) and the duty-roster generator
// (lib/roster/generator.ts) on inputs of the sizes the issues name, built deterministically here
// (no database, no server): the desk planner for one commune and for a province-sized month
// (100 communes, 3,000 villages, their members), the roster generator for a quarter of a center
// with 50 members. Each is run 3 times to warm up, then timed 20 times; the p90 is reported.
import { vietnamHolidays } from "@/lib/core/vietnam-holidays";
import { addDays, eachDay } from "@/lib/db/seed/demo-calendar";
import { planRotation, type PlannerInput } from "@/lib/desks/planner";
import { generateRoster, type GeneratorInput } from "@/lib/roster/generator";
import type { BenchRow } from "./bench-map";

const MONTH_FROM = "2027-01-01";
const QUARTER_FROM = "2027-01-01";
const QUARTER_TO = "2027-03-31";

/** A small deterministic generator (mulberry32): the same inputs every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One commune's month: 30 remote villages, 60 volunteers, 8 civil servants, a few days away each. */
export function communeInput(commune: number): PlannerInput {
  const rnd = random(commune + 1);
  const days = eachDay(MONTH_FROM, addDays(MONTH_FROM, 30));
  const blocked = [...vietnamHolidays([2027])].filter((d) => d.startsWith("2027-01"));
  const villages = Array.from({ length: 30 }, (_, i) => ({
    id: commune * 1000 + i,
    target: 2 + Math.floor(rnd() * 2),
    householdsNotReached: Math.floor(rnd() * 400),
    distanceKm: Math.round(rnd() * 40),
    daysSinceLastDesk: Math.floor(rnd() * 90),
  }));
  const person = (id: number, role: "volunteer" | "civil_servant") => ({
    id,
    role,
    unavailable: days.filter(() => rnd() < 0.15),
  });
  const people = [
    ...Array.from({ length: 60 }, (_, i) => person(commune * 1000 + i, "volunteer" as const)),
    ...Array.from({ length: 8 }, (_, i) => person(commune * 1000 + 500 + i, "civil_servant" as const)),
  ];
  return { days, blocked, weekends: commune % 2 === 0, villages, people, need: { volunteers: 2, civilServants: 1 } };
}

/** A center's quarter: 50 members in five teams rotating over the weekdays, weekend duty, some leave. */
export function centerQuarter(): GeneratorInput {
  const rnd = random(50);
  const from = QUARTER_FROM;
  const to = QUARTER_TO;
  const members = Array.from({ length: 50 }, (_, i) => ({ id: i + 1 }));
  const days = eachDay(from, to);
  return {
    from,
    to,
    mode: {
      kind: "teams",
      teams: Array.from({ length: 5 }, (_, t) => ({
        id: t + 1,
        memberIds: members.slice(t * 10, t * 10 + 10).map((m) => m.id),
      })),
    },
    members,
    saturday: 2,
    sunday: 2,
    holidays: vietnamHolidays([2027]),
    leave: members
      .filter(() => rnd() < 0.2)
      .map((m) => {
        const start = days[Math.floor(rnd() * (days.length - 5))]!;
        return { memberId: m.id, from: start, to: addDays(start, 4) };
      }),
    deskDays: members.flatMap((m) => days.filter(() => rnd() < 0.03).map((day) => ({ memberId: m.id, day }))),
    tasks: ["Lấy số thứ tự", "Hướng dẫn kê khai", "Cài đặt ứng dụng"],
  };
}

function p90(run: () => unknown): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.ceil(times.length * 0.9) - 1]!;
}

export function plannerRows(): BenchRow[] {
  const one = communeInput(1);
  const province = Array.from({ length: 100 }, (_, c) => communeInput(c + 1));
  let desks = 0;
  const communeMs = p90(() => planRotation(one));
  const provinceMs = p90(() => {
    desks = 0;
    for (const input of province) desks += planRotation(input).desks.length;
  });
  const quarter = centerQuarter();
  let entries = 0;
  const rosterMs = p90(() => (entries = generateRoster(quarter).length));
  return [
    {
      figure: "desk planner, one commune's month (30 remote villages, 68 people) p90",
      goal: "≤ 100 ms",
      measured: `${communeMs.toFixed(1)} ms (${planRotation(one).desks.length} desks)`,
      pass: communeMs <= 100,
    },
    {
      figure: "desk planner, a province's month (100 communes, 3,000 villages, 6,800 people) p90",
      goal: "≤ 1,000 ms",
      measured: `${provinceMs.toFixed(0)} ms (${desks} desks)`,
      pass: provinceMs <= 1000,
    },
    {
      figure: "roster generator, a quarter of a center with 50 members in 5 teams p90",
      goal: "≤ 200 ms",
      measured: `${rosterMs.toFixed(1)} ms (${entries} entries)`,
      pass: rosterMs <= 200,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of plannerRows()) console.log(`${r.figure}  ${r.goal}  ${r.measured}  ${r.pass ? "PASS" : "FAIL"}`);
}
