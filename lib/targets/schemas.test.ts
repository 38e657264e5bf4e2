import { describe, expect, it } from "vitest";
import { parseVietnameseNumber, targetInput } from "./schemas";

describe("target form", () => {
  it("reads Vietnamese numbers", () => {
    expect(parseVietnameseNumber("1.350")).toBe(1350);
    expect(parseVietnameseNumber("1350")).toBe(1350);
    expect(parseVietnameseNumber("2,5")).toBe(2.5);
    expect(parseVietnameseNumber("1.350.000")).toBe(1_350_000);
    expect(parseVietnameseNumber("abc")).toBeNaN();
  });

  it("accepts a target with dd/MM/yyyy dates", () => {
    const parsed = targetInput.parse({
      communeId: "3",
      formerCommuneId: "",
      indicator: "households_reached",
      targetValue: "1.350",
      startsOn: "01/07/2026",
      dueOn: "31/12/2026",
    });
    expect(parsed).toMatchObject({
      communeId: 3,
      formerCommuneId: null,
      targetValue: 1350,
      startsOn: "2026-07-01",
      dueOn: "2026-12-31",
      note: null,
    });
  });

  it("names each bad field with a message key", () => {
    const result = targetInput.safeParse({
      communeId: "",
      indicator: "nope",
      targetValue: "0",
      startsOn: "31/02/2026",
      dueOn: "01/01/2026",
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toMatchObject({
      communeId: "targets.errors.communeRequired",
      indicator: "targets.errors.indicatorRequired",
      targetValue: "targets.errors.valueInvalid",
      startsOn: "targets.errors.dateInvalid",
    });
  });

  it("refuses a due date before the start", () => {
    const result = targetInput.safeParse({
      communeId: "1",
      indicator: "sims_given",
      targetValue: "10",
      startsOn: "01/10/2026",
      dueOn: "01/09/2026",
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ["dueOn"], message: "targets.errors.dueBeforeStart" });
  });
});
