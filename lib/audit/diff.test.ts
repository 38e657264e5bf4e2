import { describe, expect, it } from "vitest";
import { diffChanges } from "./diff";

describe("diffChanges", () => {
  it("keeps only the fields that changed", () => {
    expect(diffChanges({ name: "Tà Lang", households: 120 }, { name: "Tà Lang", households: 131 })).toEqual({
      households: { before: 120, after: 131 },
    });
  });
  it("records a creation and a deletion", () => {
    expect(diffChanges(null, { code: "HV-1" })).toEqual({ code: { before: null, after: "HV-1" } });
    expect(diffChanges({ code: "HV-1" }, null)).toEqual({ code: { before: "HV-1", after: null } });
  });
  it("never writes a secret", () => {
    const changes = diffChanges({ passwordHash: "$2b$old" }, { passwordHash: "$2b$new" });
    expect(JSON.stringify(changes)).not.toContain("$2b$");
    expect(changes.passwordHash).toEqual({ before: "•••", after: "•••" });
  });
  it("ignores bookkeeping columns and compares dates by value", () => {
    const at = new Date("2026-11-20T00:00:00Z");
    expect(diffChanges({ updatedAt: at, when: at }, { updatedAt: new Date(), when: new Date(at) })).toEqual({});
  });
});
