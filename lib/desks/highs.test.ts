import loadHighs, { type Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSolver, solveWith } from "./highs";

// The HiGHS adapter on its own: it loads from the package (no network), solves the planner's
// totally unimodular models as an LP, branches when the LP answer is fractional, and reports a
// failure instead of throwing.

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe("solveWith", () => {
  it("branches when the LP is fractional: a knapsack, started from a feasible point", () => {
    // max 5a + 4b + 3c with 3a + 3b + 3c ≤ 4: the LP takes a = 1, b = 1/3; the integer optimum is a alone.
    const result = solveWith(
      highs,
      {
        colCost: [5, 4, 3],
        colUpper: [1, 1, 1],
        integer: [true, true, true],
        rows: [{ upper: 4, indices: [0, 1, 2], values: [3, 3, 3] }],
        start: () => [0, 0, 1],
      },
      5,
    );
    expect(result).toEqual({ status: "optimal", x: [1, 0, 0], bound: expect.closeTo(5, 3) as number });
  });

  it("says failed, not throws, on a model HiGHS refuses", () => {
    const result = solveWith(
      highs,
      {
        colCost: [1],
        colUpper: [1],
        integer: [true],
        rows: [{ upper: 1, indices: [3], values: [1] }],
        start: () => [0],
      },
      1,
    );
    expect(result.status).toBe("failed");
  });

  it("is loaded once and shared", async () => {
    const [a, b] = await Promise.all([loadSolver(), loadSolver()]);
    expect(a).toBeTypeOf("function");
    expect(b).toBeTypeOf("function");
  });
});
