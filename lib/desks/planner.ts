import { daysBetween } from "@/lib/filters/period";

// The rotation planner, pure (no I/O, no clock): given a month's candidate days, the remote
// villages with their targets and needs, and the people who can staff a desk, it proposes the
// month's desks. Greedy and deterministic (the same input gives the same plan):
//   1. villages by priority: households not yet reached, days since the last desk, distance;
//   2. round by round (each village's 1st desk, then 2nd…), each desk on the earliest allowed day
//      that keeps the village's desks (its existing ones, `visited`, included) spread (≥ month/target
//      apart when possible, else ≥ 7 days);
//   3. staff: the least-loaded available people of each role (ties by id), at most one desk per
//      person per day, never on a day they are unavailable.
// Every desk says why it was proposed. /desks/plan feeds it (lib/desks/plan-data.ts) and accepts
// its proposal (lib/desks/accept-plan.ts).

export interface PlannerVillage {
  id: number;
  /** Desks wanted this month (2–3 by default). */
  target: number;
  householdsNotReached: number;
  distanceKm: number;
  daysSinceLastDesk: number;
  /** Days (yyyy-MM-dd) the village already has a desk: the new ones keep their distance from them too. */
  visited?: readonly string[];
}

export interface PlannerPerson {
  id: number;
  role: "volunteer" | "civil_servant";
  /** Days (yyyy-MM-dd) the person cannot go out: center duty, leave. */
  unavailable: readonly string[];
}

export interface PlannerInput {
  /** The month's days in order (yyyy-MM-dd). */
  days: readonly string[];
  /** Days no desk may be held on (public holidays the commune keeps). */
  blocked: readonly string[];
  /** Saturdays and Sundays allowed (the commune's choice). */
  weekends: boolean;
  villages: readonly PlannerVillage[];
  people: readonly PlannerPerson[];
  /** People each desk needs, per role. */
  need: { volunteers: number; civilServants: number };
}

export interface ProposedDesk {
  villageId: number;
  day: string;
  volunteerIds: number[];
  civilServantIds: number[];
  why: { householdsNotReached: number; daysSinceLastDesk: number; distanceKm: number };
}

export interface Plan {
  desks: ProposedDesk[];
  /** Villages whose target could not be met, and by how many desks. */
  short: { villageId: number; missing: number }[];
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday

/** Higher first: need, then neglect, then distance; id breaks ties so the order is stable. */
export const priorityOf = (v: PlannerVillage) => v.householdsNotReached + 10 * v.daysSinceLastDesk + 5 * v.distanceKm;

export function planRotation(input: PlannerInput): Plan {
  const blocked = new Set(input.blocked);
  const days = input.days.filter((d) => !blocked.has(d) && (input.weekends || (weekday(d) !== 0 && weekday(d) !== 6)));
  const villages = [...input.villages].sort((a, b) => priorityOf(b) - priorityOf(a) || a.id - b.id);
  const people = [...input.people].sort((a, b) => a.id - b.id);
  const unavailable = new Map(people.map((p) => [p.id, new Set(p.unavailable)]));
  const load = new Map(people.map((p) => [p.id, 0]));
  const busy = new Map<string, Set<number>>();
  const placed = new Map<number, string[]>();
  const desks: ProposedDesk[] = [];

  const loadOf = (ids: readonly number[]) => ids.reduce((sum, id) => sum + load.get(id)!, 0);
  /** The least total load `count` people of the role could carry, whoever is free. */
  const fairest = (role: PlannerPerson["role"], count: number) =>
    people
      .filter((p) => p.role === role)
      .map((p) => load.get(p.id)!)
      .sort((a, b) => a - b)
      .slice(0, count)
      .reduce((sum, l) => sum + l, 0);
  const pick = (role: PlannerPerson["role"], day: string, count: number): number[] | null => {
    const free = people
      .filter((p) => p.role === role && !unavailable.get(p.id)!.has(day) && !busy.get(day)?.has(p.id))
      .sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.id - b.id);
    return free.length >= count ? free.slice(0, count).map((p) => p.id) : null;
  };

  const rounds = Math.max(0, ...villages.map((v) => v.target));
  for (let round = 0; round < rounds; round++) {
    for (const village of villages) {
      if (village.target <= round) continue;
      const mine = [...(village.visited ?? []), ...(placed.get(village.id) ?? [])];
      const spread = Math.max(7, Math.floor(input.days.length / village.target));
      const gapOk = (day: string, gap: number) => mine.every((d) => Math.abs(daysBetween(d, day)) >= gap);
      const start = round === 0 ? 0 : Math.min(days.length - 1, Math.floor((round * days.length) / village.target));
      const ordered = [...days.slice(Math.max(0, start)), ...days.slice(0, Math.max(0, start))];
      const tries = [
        ...ordered.filter((d) => gapOk(d, spread)),
        ...ordered.filter((d) => !gapOk(d, spread) && gapOk(d, 7)),
        ...ordered.filter((d) => !gapOk(d, 7) && !mine.includes(d)),
      ];
      // The earliest day on which the least-loaded people of each role are free (the load stays
      // within one desk of each other); failing that, the earliest day anyone can staff it.
      const ideal = {
        volunteer: fairest("volunteer", input.need.volunteers),
        civil_servant: fairest("civil_servant", input.need.civilServants),
      };
      let chosen: { day: string; volunteers: number[]; servants: number[] } | null = null;
      for (const day of tries) {
        const volunteers = pick("volunteer", day, input.need.volunteers);
        const servants = pick("civil_servant", day, input.need.civilServants);
        if (!volunteers || !servants) continue;
        chosen ??= { day, volunteers, servants };
        if (loadOf(volunteers) === ideal.volunteer && loadOf(servants) === ideal.civil_servant) {
          chosen = { day, volunteers, servants };
          break;
        }
      }
      if (chosen) {
        const { day, volunteers, servants } = chosen;
        const staff = [...volunteers, ...servants];
        busy.set(day, new Set([...(busy.get(day) ?? []), ...staff]));
        for (const id of staff) load.set(id, load.get(id)! + 1);
        placed.set(village.id, [...(placed.get(village.id) ?? []), day]);
        desks.push({
          villageId: village.id,
          day,
          volunteerIds: volunteers,
          civilServantIds: servants,
          why: {
            householdsNotReached: village.householdsNotReached,
            daysSinceLastDesk: village.daysSinceLastDesk,
            distanceKm: village.distanceKm,
          },
        });
      }
    }
  }
  desks.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.villageId - b.villageId));
  const short = input.villages
    .map((v) => ({ villageId: v.id, missing: v.target - (placed.get(v.id)?.length ?? 0) }))
    .filter((s) => s.missing > 0)
    .sort((a, b) => a.villageId - b.villageId);
  return { desks, short };
}

// ── The optimal planner ──────────────────────────────────────────────────────────────────────
// The same month as an integer program, solved by an injected MIP solver (HiGHS compiled to
// WebAssembly on the server: lib/desks/highs.ts), still pure: the solver is a synchronous function
// of the model. Variables: x[village, day] = 1 when the village gets a desk that day, for the open
// days (not blocked, weekends only when allowed, not a day the village already has a desk).
// Maximise weighted coverage Σ weight(v)·x[v,d], weight = 1 + priorityOf(v) (households not
// reached, days since the last desk, distance), subject to
//   - each village at most its target;
//   - each day and role: Σ need·x ≤ the people of that role free that day (so at most one desk per
//     person per day can always be staffed);
//   - the greedy's spacing as a soft rule: in any window of the village's spread (month/target,
//     ≥ 7 days) and of 7 days, each desk past the first costs a penalty, as does a desk within those
//     distances of one the village already has. The penalties sum to less than half a coverage
//     unit, so they never cost coverage; they only choose among the plans of equal coverage.
// Staff are then given day by day, to the least-loaded free people of each role (ties by id), which
// keeps loads within one desk of each other when nobody is away. The greedy plan is the solver's
// starting solution, and a plan covering less than the greedy's is never shown.

export interface MipModel {
  /** Objective coefficients (maximised). */
  colCost: number[];
  colUpper: number[];
  /** Binary (true) or continuous (false) columns; every lower bound is 0. */
  integer: boolean[];
  /** Rows `Σ values·x[indices] ≤ upper`. */
  rows: { upper: number; indices: number[]; values: number[] }[];
  /** A feasible start (the greedy plan), asked for only by a solver that branches. */
  start: () => number[];
}

export interface MipResult {
  /** optimal: proven; limit: stopped (time) with a feasible solution; failed: nothing usable. */
  status: "optimal" | "limit" | "failed";
  x: readonly number[] | null;
  /** The solver's dual bound on the objective (an upper bound: nothing feasible does better). */
  bound: number;
}

export type MipSolver = (model: MipModel) => MipResult;

export interface SolverReport {
  /** Who made the shown plan. */
  by: "solver" | "greedy";
  /** Why the greedy plan is shown: the solver failed or stopped empty, or did no better. */
  fallback: "failed" | "worse" | null;
  /** The proven optimum was reached (false: stopped at the time limit). */
  optimal: boolean;
  /** Weighted coverage of the shown plan, and of the greedy one. */
  coverage: number;
  /** The greedy plan's coverage, when it was made (a fallback, or to check a stopped solve). */
  greedyCoverage: number | null;
  /** The best coverage any plan could reach (the solver's dual bound; the greedy's own coverage without one). */
  bound: number;
  /** coverage / bound (1 when nothing is to cover). */
  ratio: number;
  /** (bound − coverage) / bound: the optimality gap. */
  gap: number;
}

export interface OptimalPlan extends Plan {
  solver: SolverReport;
}

/** A desk's weight in the objective: every desk counts, the needier villages more. */
export const weightOf = (v: PlannerVillage) => 1 + priorityOf(v);

/** The weighted coverage of a plan (what the solver maximises). */
export function coverageOf(input: PlannerInput, plan: Pick<Plan, "desks">) {
  const weight = new Map(input.villages.map((v) => [v.id, weightOf(v)]));
  return plan.desks.reduce((sum, d) => sum + (weight.get(d.villageId) ?? 0), 0);
}

const openDays = (input: PlannerInput) => {
  const blocked = new Set(input.blocked);
  return input.days.filter((d) => !blocked.has(d) && (input.weekends || (weekday(d) !== 0 && weekday(d) !== 6)));
};

/** The integer program of a month, and how to read a solution back. */
export function monthModel(input: PlannerInput, start: () => Plan) {
  const people = [...input.people].sort((a, b) => a.id - b.id);
  const away = people.map((p) => ({ role: p.role, days: new Set(p.unavailable) }));
  // Desks a day can take: each role's free people over its need (a person staffs one desk a day).
  const capacity = (day: string) =>
    Math.min(
      ...(
        [
          ["volunteer", input.need.volunteers],
          ["civil_servant", input.need.civilServants],
        ] as const
      )
        .filter(([, need]) => need > 0)
        .map(([role, need]) => Math.floor(away.filter((p) => p.role === role && !p.days.has(day)).length / need)),
      Number.MAX_SAFE_INTEGER,
    );
  const days = openDays(input)
    .map((day) => ({ day, cap: capacity(day) }))
    .filter((d) => d.cap > 0);
  const villages = [...input.villages].filter((v) => v.target > 0).sort((a, b) => a.id - b.id);
  const cols: { cost: number; upper: number; integer: boolean }[] = [];
  const rows: MipModel["rows"] = [];
  const cells: { villageId: number; day: string; col: number }[] = [];
  // Spacing penalties and centring bonuses in units of `unit`, fixed once the model is built.
  const penalties: { col: number; units: number }[] = [];
  const bonuses: { col: number; units: number }[] = [];

  const byDay = new Map(days.map((d) => [d.day, [] as number[]]));
  for (const v of villages) {
    const visited = v.visited ?? [];
    const spread = Math.max(7, Math.floor(input.days.length / v.target));
    const mine: { day: string; col: number }[] = [];
    for (const { day } of days) {
      if (visited.includes(day)) continue;
      const col = cols.push({ cost: weightOf(v), upper: 1, integer: true }) - 1;
      const near = Math.min(...visited.map((d) => Math.abs(daysBetween(d, day))), Infinity);
      if (near < 7) penalties.push({ col, units: 4 });
      else if (near < spread) penalties.push({ col, units: 1 });
      mine.push({ day, col });
      cells.push({ villageId: v.id, day, col });
      byDay.get(day)!.push(col);
    }
    if (mine.length === 0) continue;
    rows.push({ upper: v.target, indices: mine.map((m) => m.col), values: mine.map(() => 1) });
    // The month (from the first to the last day the village could have a desk) in `target` equal
    // parts: a desk near the middle of a part earns a bonus, a second desk in one part a penalty.
    const [first, last] = [mine[0]!.day, mine.at(-1)!.day];
    const length = (daysBetween(first, last) + 1) / v.target;
    for (let k = 0; k < v.target; k++) {
      const part = mine.filter((m) => Math.floor(daysBetween(first, m.day) / length) === k);
      const middle = (k + 0.5) * length;
      for (const m of part)
        bonuses.push({ col: m.col, units: 1 - Math.abs(daysBetween(first, m.day) + 0.5 - middle) / length });
      if (v.target < 2 || part.length < 2) continue;
      const slack = cols.push({ cost: 0, upper: v.target - 1, integer: false }) - 1;
      penalties.push({ col: slack, units: 2 });
      rows.push({ upper: 1, indices: [...part.map((m) => m.col), slack], values: [...part.map(() => 1), -1] });
    }
  }
  for (const { day, cap } of days) {
    const today = byDay.get(day)!;
    if (today.length > cap) rows.push({ upper: cap, indices: today, values: today.map(() => 1) });
  }
  // Penalties and bonuses together stay under half a coverage unit (coverage is a whole number):
  // they never trade a desk away, only choose among the plans of equal coverage.
  const most = penalties.reduce((sum, p) => sum + p.units * cols[p.col]!.upper, 0);
  const bonusMost = villages.reduce((sum, v) => sum + v.target, 0);
  const unit = most + bonusMost > 0 ? 0.4 / (most + bonusMost) : 0;
  for (const p of penalties) cols[p.col]!.cost -= p.units * unit;
  for (const b of bonuses) cols[b.col]!.cost += b.units * unit;

  const startX = () => {
    const chosen = new Set(start().desks.map((d) => `${d.villageId}:${d.day}`));
    const x = cols.map(() => 0);
    for (const c of cells) if (chosen.has(`${c.villageId}:${c.day}`)) x[c.col] = 1;
    for (const row of rows) {
      const end = row.indices.length - 1;
      if (row.values[end] !== -1) continue;
      const sum = row.indices.slice(0, end).reduce((s, i) => s + x[i]!, 0);
      x[row.indices[end]!] = Math.max(0, sum - 1);
    }
    return x;
  };

  const model: MipModel = {
    colCost: cols.map((c) => c.cost),
    colUpper: cols.map((c) => c.upper),
    integer: cols.map((c) => c.integer),
    rows,
    start: startX,
  };
  /** The desks (village, day) a solution holds. */
  const read = (x: readonly number[]) => cells.filter((c) => (x[c.col] ?? 0) > 0.5);
  /** The objective's bound as a bound on coverage (penalties given back, coverage a whole number). */
  const coverageBound = (bound: number) => Math.floor(bound + most * unit + 1e-6);
  return { model, read, coverageBound };
}

/** Staff for chosen (village, day) pairs, day by day: the least-loaded free people (ties by id). */
function staffed(input: PlannerInput, chosen: readonly { villageId: number; day: string }[]): Plan | null {
  const people = [...input.people].sort((a, b) => a.id - b.id);
  const unavailable = new Map(people.map((p) => [p.id, new Set(p.unavailable)]));
  const load = new Map(people.map((p) => [p.id, 0]));
  const village = new Map(input.villages.map((v) => [v.id, v]));
  const order = [...chosen].sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      priorityOf(village.get(b.villageId)!) - priorityOf(village.get(a.villageId)!) ||
      a.villageId - b.villageId,
  );
  const desks: ProposedDesk[] = [];
  const busy = new Map<string, Set<number>>();
  for (const { villageId, day } of order) {
    const taken = busy.get(day) ?? new Set<number>();
    const pick = (role: PlannerPerson["role"], count: number) => {
      const free = people
        .filter((p) => p.role === role && !unavailable.get(p.id)!.has(day) && !taken.has(p.id))
        .sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.id - b.id);
      return free.length >= count ? free.slice(0, count).map((p) => p.id) : null;
    };
    const volunteers = pick("volunteer", input.need.volunteers);
    const servants = pick("civil_servant", input.need.civilServants);
    if (!volunteers || !servants) return null;
    for (const id of [...volunteers, ...servants]) {
      taken.add(id);
      load.set(id, load.get(id)! + 1);
    }
    busy.set(day, taken);
    const v = village.get(villageId)!;
    desks.push({
      villageId,
      day,
      volunteerIds: volunteers,
      civilServantIds: servants,
      why: {
        householdsNotReached: v.householdsNotReached,
        daysSinceLastDesk: v.daysSinceLastDesk,
        distanceKm: v.distanceKm,
      },
    });
  }
  desks.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.villageId - b.villageId));
  const placed = new Map<number, number>();
  for (const d of desks) placed.set(d.villageId, (placed.get(d.villageId) ?? 0) + 1);
  const short = input.villages
    .map((v) => ({ villageId: v.id, missing: v.target - (placed.get(v.id) ?? 0) }))
    .filter((s) => s.missing > 0)
    .sort((a, b) => a.villageId - b.villageId);
  return { desks, short };
}

/**
 * The month's plan by the solver, with how close to optimal it is; the greedy plan (planRotation)
 * when the solver fails, stops with nothing, or covers less.
 */
export function planOptimal(input: PlannerInput, solve: MipSolver): OptimalPlan {
  // The greedy plan is made only when needed: as the branch-and-cut start, or to compare with a
  // plan the solver could not prove optimal, or to stand in for a failed solve.
  let greedy: Plan | null = null;
  const greedyPlan = () => (greedy ??= planRotation(input));
  const report = (
    plan: Plan,
    by: SolverReport["by"],
    fallback: SolverReport["fallback"],
    optimal: boolean,
    bound: number,
  ): OptimalPlan => {
    const coverage = coverageOf(input, plan);
    const best = Math.max(bound, coverage);
    return {
      ...plan,
      solver: {
        by,
        fallback,
        optimal,
        coverage,
        greedyCoverage: greedy ? coverageOf(input, greedy) : null,
        bound: best,
        ratio: best > 0 ? coverage / best : 1,
        gap: best > 0 ? (best - coverage) / best : 0,
      },
    };
  };
  const { model, read, coverageBound } = monthModel(input, greedyPlan);
  let result: MipResult;
  try {
    result = solve(model);
  } catch {
    result = { status: "failed", x: null, bound: Number.NaN };
  }
  const bound = Number.isFinite(result.bound) ? coverageBound(result.bound) : 0;
  const plan = result.status !== "failed" && result.x ? staffed(input, read(result.x)) : null;
  if (!plan) return report(greedyPlan(), "greedy", "failed", false, bound);
  // An optimal plan covers at least the greedy's; a stopped one is checked.
  if (result.status !== "optimal" && coverageOf(input, plan) < coverageOf(input, greedyPlan()))
    return report(greedyPlan(), "greedy", "worse", false, bound);
  return report(plan, "solver", null, result.status === "optimal", bound);
}
