import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { settled } from "./support/settled";

// Scripts run under a per-request nonce (no 'unsafe-inline'), and the app's own pages — the
// overview's charts, the map with its worker, a form — raise no CSP violation. File downloads
// sent by another site are refused before anything is read or audited.

/** CSP violations seen by the document (securitypolicyviolation) or logged to the console (workers too). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) logged.push(m.text());
  });
  // Added through the DevTools protocol, not as an inline script: the CSP does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

const scriptSources = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === "script-src")
    ?.slice(1) ?? [];

test.describe("the Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("pages carry a fresh script nonce and no 'unsafe-inline' for scripts", async ({ page }) => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await page.request.get("/");
      expect(response.status()).toBe(200);
      const sources = scriptSources(response.headers()["content-security-policy"] ?? "");
      expect(sources).not.toContain("'unsafe-inline'");
      const nonce = sources.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, "script-src has a nonce").toBeTruthy();
      // Next put it on its own scripts (hydration data included).
      expect(await response.text()).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("the overview, the map and a form run with no CSP violation", async ({ page }) => {
    test.setTimeout(120_000); // three cold pages, the map among them, on a busy 2-core machine
    const violations = await watchViolations(page);
    for (const path of ["/", "/map", "/records"]) {
      await page.goto(path);
      await settled(page);
      expect(await violations(), path).toEqual([]);
    }
    await expect(page.locator("form").first()).toBeVisible();
  });

  test("a download sent by another site is refused and not audited; our own link still works", async ({ page }) => {
    test.slow(); // the audit page three times and four downloads on a busy 2-core machine
    const exports = "/audit?entity=team&action=export";
    await page.goto(exports);
    const before = await page.getByTestId("audit-row").count();
    const forgeries: Record<string, string>[] = [
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: "https://evil.example" },
    ];
    for (const forged of forgeries) {
      const refused = await page.request.get("/members/teams/export?format=csv", { headers: forged });
      expect(refused.status(), JSON.stringify(forged)).toBe(403);
      expect(await refused.text()).toContain("Tệp chỉ tải được từ các trang của chính hệ thống này");
    }
    await page.goto(exports);
    await expect(page.getByTestId("audit-row")).toHaveCount(before);
    // A click on our own page (same-origin) and a typed address (none) download and are audited.
    for (const site of ["same-origin", "none"]) {
      const ok = await page.request.get("/members/teams/export?format=csv", { headers: { "Sec-Fetch-Site": site } });
      expect(ok.status(), site).toBe(200);
      expect(ok.headers()["content-disposition"]).toContain("to-doi-");
    }
    await page.goto(exports);
    await expect(page.getByTestId("audit-row")).toHaveCount(before + 2);
  });
});
