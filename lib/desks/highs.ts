import loadHighs, { type Highs } from "highs";
import type { MipModel, MipResult, MipSolver } from "./planner";

// The planner's solver: HiGHS compiled to WebAssembly (npm `highs`; its highs.wasm ships in the
// package and is read from disk beside its loader, no network). Loaded once per process; each solve
// is synchronous, with a time limit, and never throws (a failure is `status: "failed"`, and the
// planner then shows the greedy plan with the reason). Next.js keeps the package external
// (next.config.ts serverExternalPackages) so the loader finds its wasm file.

/** Seconds one commune's month may take in the solver before it stops with the best plan so far. */
export const SOLVER_TIME_LIMIT_S = 0.5;

/**
 * Branch and cut stops once the plan is within this of the bound: coverage is a whole number and
 * the spacing terms add up to less than 0.4 (lib/desks/planner.ts), so this proves the coverage optimal.
 */
const MIP_ABS_GAP = 0.5;

let loading: Promise<Highs> | null = null;

/** The solver, or null when HiGHS cannot be loaded here (the planner then shows the greedy plan). */
export async function loadSolver(timeLimitSeconds = SOLVER_TIME_LIMIT_S): Promise<MipSolver | null> {
  loading ??= loadHighs();
  try {
    const highs = await loading;
    return (model) => solveWith(highs, model, timeLimitSeconds);
  } catch (error) {
    loading = null;
    console.error("HiGHS could not be loaded; the desk planner shows its greedy plan", error);
    return null;
  }
}

export function solveWith(highs: Highs, model: MipModel, timeLimitSeconds: number): MipResult {
  const numCols = model.colCost.length;
  const numRows = model.rows.length;
  if (numCols === 0) return { status: "optimal", x: [], bound: 0 };
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of model.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const { constants } = highs;
  const started = performance.now();
  let instance: ReturnType<Highs["createModel"]> | null = null;
  try {
    instance = highs.createModel({
      numCols,
      numRows,
      sense: constants.objectiveSense.maximize,
      colCost: model.colCost,
      colLower: model.colCost.map(() => 0),
      colUpper: model.colUpper,
      rowLower: model.rows.map(() => -highs.infinity),
      rowUpper: model.rows.map((r) => r.upper),
      matrix: { format: "csr", numRows, numCols, starts, indices, values },
    });
    // The planner's matrix is totally unimodular (each x in its village's row, in one part of it,
    // and in its day's row: two laminar families), so the simplex optimum is whole: the LP solves
    // the integer program and its optimum is the proven bound. Only a fractional answer (or a
    // model of another shape) goes on to branch and cut, from the greedy plan.
    // Primal simplex without presolve: measured the fastest on these small, easy LPs (2–3 ms for a
    // 30-village month against 5–10 with the defaults; scripts/bench-planners.ts).
    instance.options.set({
      output_flag: false,
      time_limit: timeLimitSeconds,
      solver: "simplex",
      simplex_strategy: 4,
      presolve: "off",
    });
    instance.run();
    if (instance.getModelStatus() === constants.modelStatus.optimal) {
      const x = [...instance.getSolution().colValue];
      if (x.every((v, i) => !model.integer[i] || Math.abs(v - Math.round(v)) < 1e-6))
        return {
          status: "optimal",
          x: x.map((v, i) => (model.integer[i] ? Math.round(v) : v)),
          bound: instance.getObjectiveValue(),
        };
    }
    const left = timeLimitSeconds - (performance.now() - started) / 1000;
    if (left <= 0) return { status: "failed", x: null, bound: Number.NaN };
    instance.options.set({
      solver: "choose",
      simplex_strategy: 1,
      presolve: "choose",
      time_limit: left,
      mip_rel_gap: 0,
      mip_abs_gap: MIP_ABS_GAP,
    });
    instance.changeColsIntegrality(
      { kind: "range", from: 0, to: numCols - 1 },
      model.integer.map((i) => (i ? constants.variableType.integer : constants.variableType.continuous)),
    );
    instance.setSolution({ colValue: model.start() });
    instance.run();
    const status = instance.getModelStatus();
    const solution = instance.getSolution();
    const bound = Number(instance.info.get("mip_dual_bound"));
    const hasSolution = Number(instance.info.get("primal_solution_status")) === 2;
    if (status === constants.modelStatus.optimal) return { status: "optimal", x: [...solution.colValue], bound };
    if (hasSolution) return { status: "limit", x: [...solution.colValue], bound };
    return { status: "failed", x: null, bound: Number.NaN };
  } catch (error) {
    console.error("HiGHS failed on a desk plan; the greedy plan is shown", error);
    return { status: "failed", x: null, bound: Number.NaN };
  } finally {
    instance?.dispose();
  }
}
