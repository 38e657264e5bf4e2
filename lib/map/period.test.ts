import { describe, expect, it } from "vitest";
import { daysBetween, periodOf } from "./period";

describe("periodOf", () => {
  const today = "2026-11-20";
  it("reads the presets, falling back to the whole programme", () => {
    expect(periodOf(undefined, today)).toEqual({ key: "all", from: null, to: today });
    expect(periodOf("bogus", today).key).toBe("all");
    expect(periodOf("30d", today)).toEqual({ key: "30d", from: "2026-10-22", to: today });
    expect(periodOf("month", today)).toEqual({ key: "month", from: "2026-11-01", to: today });
    expect(periodOf("quarter", today)).toEqual({ key: "quarter", from: "2026-10-01", to: today });
    expect(daysBetween(periodOf("90d", today).from!, today)).toBe(89);
  });
});
