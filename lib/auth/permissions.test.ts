import { describe, expect, it } from "vitest";
import { assignableRoles, can, capabilities } from "./permissions";
import { inScope } from "./scope";
import type { Role, Viewer } from "./roles";

const viewer = (role: string, provinceId: number | null, communeId: number | null) =>
  ({
    id: 1,
    username: "x",
    displayName: "x",
    role: role as Role,
    provinceId,
    communeId,
    provinceName: null,
    communeName: null,
    mustChangePassword: false,
    totpEnabled: false,
  }) satisfies Viewer;

describe("capabilities", () => {
  it("gives the admin everything", () => {
    for (const c of capabilities) expect(can(viewer("admin", null, null), c)).toBe(true);
  });
  it("lets a secretary record support but not manage accounts or the roster", () => {
    const v = viewer("commune_secretary", 1, 1);
    expect(can(v, "records.write")).toBe(true);
    expect(can(v, "accounts.manage")).toBe(false);
    expect(can(v, "roster.manage")).toBe(false);
    expect(can(v, "roster.propose")).toBe(true);
  });
  it("lets a center director plan the roster but not households", () => {
    const v = viewer("center_director", 1, 1);
    expect(can(v, "roster.manage")).toBe(true);
    expect(can(v, "roster.propose")).toBe(false);
    expect(can(v, "households.manage")).toBe(false);
  });
  it("fails closed for an unknown role or no viewer", () => {
    for (const c of capabilities) {
      expect(can(viewer("superuser", 1, 1), c)).toBe(false);
      expect(can(viewer("__proto__", 1, 1), c)).toBe(false);
      expect(can(null, c)).toBe(false);
    }
  });
  it("never lets a provincial officer hand out the admin role", () => {
    expect(assignableRoles(viewer("provincial_officer", 1, null))).not.toContain("admin");
    expect(assignableRoles(viewer("commune_secretary", 1, 1))).toEqual([]);
  });
});

describe("inScope", () => {
  const haiVan = { communeId: 10, provinceId: 1 };
  const caiRang = { communeId: 20, provinceId: 2 };
  it("keeps a commune role inside its commune", () => {
    expect(inScope(viewer("commune_secretary", 1, 10), haiVan)).toBe(true);
    expect(inScope(viewer("commune_secretary", 1, 11), haiVan)).toBe(false);
  });
  it("keeps a provincial officer inside its province", () => {
    expect(inScope(viewer("provincial_officer", 1, null), haiVan)).toBe(true);
    expect(inScope(viewer("provincial_officer", 1, null), caiRang)).toBe(false);
  });
  it("refuses a viewer with a role but no unit, and unknown roles", () => {
    expect(inScope(viewer("provincial_officer", null, null), haiVan)).toBe(false);
    expect(inScope(viewer("commune_secretary", 1, null), haiVan)).toBe(false);
    expect(inScope(viewer("guest", 1, 10), haiVan)).toBe(false);
  });
});
