import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessRoutes, exemptRoutes } from "@/e2e/support/access-routes";
import { appDir, pageFiles, routeOf } from "@/e2e/support/page-files";

// The page half's meta-test: every page whose URL carries an id (a [param] segment under app/)
// must be in e2e/support/access-routes.ts, where e2e/access-matrix.spec.ts opens it as every
// role, inside and outside its scope. See docs/access-matrix.md.

const idPages = pageFiles()
  .map(routeOf)
  .filter((route) => route.includes(":id"));

describe("the page registry", () => {
  it("maps page files to URLs", () => {
    expect(routeOf(path.join(appDir, "(app)", "accounts", "[id]", "page.tsx"))).toBe("/accounts/:id");
    expect(routeOf(path.join(appDir, "(app)", "households", "[id]", "edit", "page.tsx"))).toBe("/households/:id/edit");
    expect(routeOf(path.join(appDir, "api", "auth", "[...nextauth]", "page.tsx"))).toBe("/api/auth/:id");
  });

  it("lists every page with an id in its URL", () => {
    const listed = new Set([...accessRoutes.map((r) => r.path), ...Object.keys(exemptRoutes)]);
    const missing = idPages.filter((route) => !listed.has(route));
    expect(missing, "add these to e2e/support/access-routes.ts (docs/access-matrix.md)").toEqual([]);
  });

  it("lists nothing that no longer exists, and every route has samples from two units", () => {
    const existing = new Set(idPages);
    expect(accessRoutes.map((r) => r.path).filter((p) => !existing.has(p))).toEqual([]);
    for (const route of accessRoutes)
      expect(new Set(route.samples.map((s) => s.unit)).size, route.path).toBeGreaterThanOrEqual(2);
  });
});
