// The planners' half of `npm run bench` (`--only planners`; alone: `npx tsx scripts/bench-planners.ts`):
// the desk planner as /desks/plan runs it (lib/desks/planner.ts planOptimal with HiGHS from
// lib/desks/highs.ts, the greedy only when the solver fails) and the duty-roster generator
// (lib/roster/generator.ts) on inputs of the sizes the issues name, built deterministically here
// (no database, no server): the desk planner for one commune and for a province-sized month
// (100 communes, 3,000 villages, their members, each commune solved on its own), once as generated
// and once short of civil servants (two a commune, so the solver must choose which villages go
// without), and the roster generator for a quarter of a center with 50 members. Each is run 3 times
// to warm up, then timed 20 times; the p90 is reported.
import { vietnamHolidays } from "@/lib/core/vietnam-holidays";
import { addDays, eachDay } from "@/lib/db/seed/demo-calendar";
import { loadSolver } from "@/lib/desks/highs";
import { planOptimal, type PlannerInput } from "@/lib/desks/planner";
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

/** The same commune with two civil servants only: fewer desks than the targets ask for. */
export function shortCommuneInput(commune: number): PlannerInput {
  const input = communeInput(commune);
  const servants = input.people.filter((p) => p.role === "civil_servant").slice(0, 2);
  return { ...input, people: [...input.people.filter((p) => p.role === "volunteer"), ...servants] };
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

export async function plannerRows(): Promise<BenchRow[]> {
  const solver = await loadSolver();
  if (!solver) throw new Error("HiGHS could not be loaded");
  const rows: BenchRow[] = [];
  for (const [label, make] of [
    ["", communeInput],
    [", short of civil servants", shortCommuneInput],
  ] as const) {
    const one = make(1);
    const province = Array.from({ length: 100 }, (_, c) => make(c + 1));
    let desks = 0;
    let proven = 0;
    const communeMs = p90(() => planOptimal(one, solver));
    const provinceMs = p90(() => {
      desks = 0;
      proven = 0;
      for (const input of province) {
        const result = planOptimal(input, solver);
        desks += result.desks.length;
        if (result.solver.by === "solver" && result.solver.optimal) proven++;
      }
    });
    const first = planOptimal(one, solver);
    rows.push(
      {
        figure: `desk planner (HiGHS), one commune's month (30 remote villages, ${one.people.length} people${label}) p90`,
        goal: "≤ 100 ms",
        measured: `${communeMs.toFixed(1)} ms (${first.desks.length} desks, ${first.solver.optimal ? "proven optimal" : `gap ${(first.solver.gap * 100).toFixed(1)}%`})`,
        pass: communeMs <= 100,
      },
      {
        figure: `desk planner (HiGHS), a province's month (100 communes, 3,000 villages${label}) p90`,
        goal: "≤ 1,000 ms",
        measured: `${provinceMs.toFixed(0)} ms (${desks} desks, ${proven}/100 proven optimal)`,
        pass: provinceMs <= 1000,
      },
    );
  }
  const quarter = centerQuarter();
  let entries = 0;
  const rosterMs = p90(() => (entries = generateRoster(quarter).length));
  return [
    ...rows,
    {
      figure: "roster generator, a quarter of a center with 50 members in 5 teams p90",
      goal: "≤ 200 ms",
      measured: `${rosterMs.toFixed(1)} ms (${entries} entries)`,
      pass: rosterMs <= 200,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await plannerRows())
    console.log(`${r.figure}  ${r.goal}  ${r.measured}  ${r.pass ? "PASS" : "FAIL"}`);
}
