import { accessRoutes, matrixAccounts } from "./support/access-routes";
import { discover, type Found } from "./support/discover-ids";
import { expect, test } from "./support/tabs";
import type { DemoUser } from "./support/accounts";

// Runs the access matrix of e2e/support/access-routes.ts: every page with an id in its URL, opened
// by every matrix account, with ids from inside and outside its scope.

for (const route of accessRoutes) {
  test.describe(`access matrix: ${route.path}`, () => {
    const found: Found[] = [];

    test.beforeAll(async ({ browser, tabAs }) => {
      expect(new Set(route.samples.map((s) => s.unit)).size, "samples from at least two units").toBeGreaterThanOrEqual(
        2,
      );
      for (const sample of route.samples) found.push(await discover(browser, route, sample, await tabAs(sample.as)));
    });

    for (const [user, account] of Object.entries(matrixAccounts) as [DemoUser, (typeof matrixAccounts)[DemoUser]][]) {
      test.describe(user, () => {
        // The account's own tab, reused by the worker's other matrix tests (support/tabs.ts).
        test(`${route.path} inside the scope renders, outside it is not found`, async ({ tabAs }) => {
          const page = await tabAs(user);
          for (const { sample, url, text } of found) {
            const visible = account.sees.includes(sample.unit);
            const allowed = route.roles.includes(account.role) && visible;
            const response = await page.goto(url);
            const status = response?.status();
            const html = await page.content();
            if (allowed) {
              expect(status, `${user} opens ${url} (${sample.unit})`).toBe(200);
              await expect(page.locator("main#content")).toBeVisible();
              if (route.showsLinkText !== false) expect(html, `${url} shows its record`).toContain(text);
            } else {
              expect([403, 404], `${user} is refused ${url} (${sample.unit})`).toContain(status);
              if (!visible) expect(html, `${user} sees nothing of ${sample.unit} at ${url}`).not.toContain(text);
            }
          }
        });
      });
    }
  });
}
