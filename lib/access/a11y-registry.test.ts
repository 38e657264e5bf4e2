import { describe, expect, it } from "vitest";
import { idPagesScannedBySpec, scanAccounts, staticPages } from "@/e2e/support/a11y-pages";
import { accessRoutes } from "@/e2e/support/access-routes";
import { appRoutes } from "@/e2e/support/page-files";

// e2e/a11y.spec.ts scans every page of the app: the pages with an id through the access matrix's
// registry (which knows where to find real ids), every other page through staticPages. This test
// reads app/**/page.tsx so a new page cannot be forgotten by the scan.

describe("the accessibility scan's page list", () => {
  const routes = appRoutes();
  const scanned = new Set([
    ...Object.keys(staticPages),
    ...accessRoutes.map((r) => r.path),
    ...Object.keys(idPagesScannedBySpec),
  ]);

  it("reads the route tree", () => {
    expect(routes).toContain("/");
    expect(routes).toContain("/login");
    expect(routes).toContain("/households/:id/edit");
  });

  it("scans every page under app/", () => {
    expect(
      routes.filter((r) => !scanned.has(r)),
      "add these to staticPages in e2e/support/a11y-pages.ts",
    ).toEqual([]);
  });

  it("lists no page that no longer exists", () => {
    expect([...scanned].filter((r) => !routes.includes(r))).toEqual([]);
  });

  it("keeps ids out of the static list", () => {
    expect(Object.keys(staticPages).filter((p) => p.includes(":"))).toEqual([]);
  });
});

describe("who opens the scanned pages", () => {
  it("every static page is opened by someone, and every role opens some page", () => {
    for (const [path, page] of Object.entries(staticPages))
      expect(page.as.length > 0 || page.anonymous === true, path).toBe(true);
    const used = new Set(Object.values(staticPages).flatMap((p) => p.as));
    expect(scanAccounts.filter((u) => !used.has(u))).toEqual([]);
  });
});
