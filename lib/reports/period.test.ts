import { describe, expect, it } from "vitest";
import { lastMonth, monthsTouched, periodLabelParts, reportPeriodParams, resolveReportPeriod } from "./period";

describe("report periods", () => {
  const today = "2026-12-04";
  it("defaults to last month, across a year's end too", () => {
    expect(resolveReportPeriod({}, today)).toEqual({ period: { kind: "month", from: "2026-11-01", to: "2026-11-30" } });
    expect(lastMonth("2027-01-10")).toEqual({ kind: "month", from: "2026-12-01", to: "2026-12-31" });
  });
  it("reads months, quarters, years and custom ranges, and asks for them again", () => {
    const cases = [
      [
        { period: "month", at: "2026-02" },
        { kind: "month", from: "2026-02-01", to: "2026-02-28" },
      ],
      [
        { period: "quarter", at: "2026-Q4" },
        { kind: "quarter", from: "2026-10-01", to: "2026-12-31" },
      ],
      [
        { period: "year", at: "2026" },
        { kind: "year", from: "2026-01-01", to: "2026-12-31" },
      ],
      [
        { period: "custom", from: "01/10/2026", to: "15/11/2026" },
        { kind: "custom", from: "2026-10-01", to: "2026-11-15" },
      ],
    ] as const;
    for (const [params, period] of cases) {
      expect(resolveReportPeriod(params, today).period).toEqual(period);
      expect(resolveReportPeriod(reportPeriodParams(period), today).period).toEqual(period);
    }
    expect(resolveReportPeriod({ period: "quarter" }, today).period).toEqual({
      kind: "quarter",
      from: "2026-07-01",
      to: "2026-09-30",
    });
  });
  it("falls back to last month and says why on bad input", () => {
    expect(resolveReportPeriod({ period: "month", at: "2026-13" }, today).error).toBe("invalidPeriod");
    expect(resolveReportPeriod({ period: "custom", from: "15/11/2026", to: "01/10/2026" }, today).error).toBe(
      "fromAfterTo",
    );
    expect(resolveReportPeriod({ period: "custom", from: "01/01/2025", to: "01/01/2029" }, today).error).toBe(
      "tooLong",
    );
    expect(resolveReportPeriod({ period: "weekly" }, today)).toEqual({
      period: lastMonth(today),
      error: "invalidPeriod",
    });
  });
  it("names the period for the title and counts its months", () => {
    expect(periodLabelParts({ kind: "month", from: "2026-11-01", to: "2026-11-30" })).toEqual({
      key: "month",
      values: { month: "11", year: "2026" },
    });
    expect(periodLabelParts({ kind: "quarter", from: "2026-10-01", to: "2026-12-31" }).values.quarter).toBe("IV");
    expect(monthsTouched({ from: "2026-10-15", to: "2027-01-02" })).toBe(4);
  });
});
