import { describe, expect, it } from "vitest";
import { generateTemporaryPassword, passwordMinLength, passwordProblems } from "./password-policy";

describe("passwordProblems", () => {
  it("accepts a long password unrelated to the account", () => {
    expect(passwordProblems("Hai-Van-2026-Ta-Lang", { username: "bithu.haivan", current: "Demo@2026" })).toEqual([]);
  });
  it("refuses fewer than 10 characters", () => {
    expect(passwordProblems("Ngan@123", { username: "x.y" })).toEqual(["password.errors.tooShort"]);
    expect(passwordProblems("a".repeat(passwordMinLength), { username: "x.y" })).toEqual([]);
  });
  it("refuses the username, whatever its case", () => {
    expect(passwordProblems("BiThu.HaiVan", { username: "bithu.haivan" })).toEqual(["password.errors.sameAsUsername"]);
  });
  it("refuses the current password", () => {
    expect(passwordProblems("Demo@2026-long", { username: "u.v", current: "Demo@2026-long" })).toEqual([
      "password.errors.sameAsCurrent",
    ]);
  });
});

describe("generateTemporaryPassword", () => {
  it("meets the policy and differs each time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
      expect(passwordProblems(password, { username: "bithu.haivan" })).toEqual([]);
      seen.add(password);
    }
    expect(seen.size).toBe(50);
  });
});
