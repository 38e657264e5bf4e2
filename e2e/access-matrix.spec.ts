import { expect, test, type Browser } from "@playwright/test";
import { storageStateFor, type DemoUser } from "./support/accounts";
import { accessRoutes, matrixAccounts, type AccessRoute, type IdSample } from "./support/access-routes";

// Runs the access matrix of e2e/support/access-routes.ts: every page with an id in its URL, opened
// by every matrix account, with ids from inside and outside its scope.

interface Found {
  sample: IdSample;
  url: string;
  /** The link's text on the list (e.g. the record's name): must never leak outside the scope. */
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = (route: AccessRoute) => new RegExp(`^${escape(route.path).replace(":id", `(?:${(route.id ?? /[0-9]+/).source})`)}$`);

async function discover(browser: Browser, route: AccessRoute, sample: IdSample): Promise<Found> {
  const context = await browser.newContext({ storageState: storageStateFor(sample.as) });
  try {
    const page = await context.newPage();
    const linksOn = async (url: string) => {
      const response = await page.goto(url);
      expect(response?.status(), `${sample.as} opens ${url}`).toBe(200);
      return page.locator("main a[href]").evaluateAll(
        (as, markerIn) =>
          as.map((a) => {
            const cell = markerIn ? a.closest("tr")?.querySelector(markerIn) : null;
            return { href: new URL((a as HTMLAnchorElement).href).pathname, text: ((cell ?? a).textContent ?? "").trim() };
          }),
        route.markerIn,
      );
    };
    let links = await linksOn(sample.list);
    // Through an intermediate page: its link's text (the record's name) is the marker.
    let marker: string | undefined;
    if (sample.via) {
      const via = links.find((l) => pattern({ path: sample.via!, roles: [], samples: [] }).test(l.href) && l.text.length > 0);
      expect(via, `a link to ${sample.via} on ${sample.list} as ${sample.as}`).toBeDefined();
      marker = via!.text;
      links = await linksOn(via!.href);
    }
    // A page linked only from another id page (idsFrom) opens the ids the lists link to.
    const linked: AccessRoute = route.idsFrom ? { ...route, path: route.idsFrom } : route;
    const link = links.find((l) => pattern(linked).test(l.href) && l.text.length > 0 && l.text !== "—");
    expect(link, `a link to ${linked.path} on ${sample.list} as ${sample.as}`).toBeDefined();
    const url = route.idsFrom ? route.path.replace(":id", link!.href.match(/[^/]+$/)![0]) : link!.href;
    return { sample, url, text: marker ?? link!.text };
  } finally {
    await context.close();
  }
}

for (const route of accessRoutes) {
  test.describe(`access matrix: ${route.path}`, () => {
    const found: Found[] = [];

    test.beforeAll(async ({ browser }) => {
      expect(new Set(route.samples.map((s) => s.unit)).size, "samples from at least two units").toBeGreaterThanOrEqual(2);
      for (const sample of route.samples) found.push(await discover(browser, route, sample));
    });

    for (const [user, account] of Object.entries(matrixAccounts) as [DemoUser, (typeof matrixAccounts)[DemoUser]][]) {
      test.describe(user, () => {
        test.use({ storageState: storageStateFor(user) });

        test(`${route.path} inside the scope renders, outside it is not found`, async ({ page }) => {
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
