import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pageStates, scanAccounts, staticPages, type PageState } from "./support/a11y-pages";
import { storageStateFor, type DemoUser } from "./support/accounts";
import { accessRoutes, matrixAccounts } from "./support/access-routes";
import { discover } from "./support/discover-ids";

// Every page of the app (app/**/page.tsx; lib/access/a11y-registry.test.ts keeps the lists whole)
// passes axe-core with no serious or critical violation, opened as each role that may see it, and
// in the states worth a scan of their own: a form after a failed submit, empty lists, English,
// not found. No rule is disabled.

// Up to four roles a page, each waiting for its widgets to settle: minutes on a busy 2-core machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const blocking = new Set(["serious", "critical"]);

async function contextFor(browser: Browser, as: DemoUser | null, locale?: "en") {
  const context = await browser.newContext(as ? { storageState: storageStateFor(as) } : {});
  if (locale) await context.addCookies([{ name: "locale", value: locale, url: test.info().project.use.baseURL! }]);
  return context;
}

/** Serious and critical violations on the page as it is now, each with where it is. */
async function violationsOn(page: Page): Promise<string[]> {
  // Streamed widgets and client islands (charts, the map) settle before the scan.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  // Charts' table equivalents are scanned open, as a keyboard or screen-reader user opens them.
  await page.locator("details:not([open])").evaluateAll((ds) => ds.forEach((d) => d.setAttribute("open", "")));
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => blocking.has(v.impact ?? ""))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Opens `url` as each account (each must get a 200) and scans it. */
async function scanAs(browser: Browser, url: string, users: readonly DemoUser[]) {
  const found: string[] = [];
  for (const user of users) {
    const context = await contextFor(browser, user);
    try {
      const page = await context.newPage();
      expect((await page.goto(url))?.status(), `${user} opens ${url}`).toBe(200);
      await expect(page.locator("main").first()).toBeVisible();
      found.push(...(await violationsOn(page)).map((v) => `${user}: ${v}`));
    } finally {
      await context.close();
    }
  }
  expect(found, url).toEqual([]);
}

test.describe("every page without an id", () => {
  for (const [path, page] of Object.entries(staticPages)) {
    test(`${path} has no serious or critical violation`, async ({ browser }) => {
      const url = `${path}${page.query ?? ""}`;
      await scanAs(browser, url, page.as);
      if (!page.anonymous) return;
      const context = await contextFor(browser, null);
      const tab = await context.newPage();
      expect((await tab.goto(url))?.status()).toBe(200);
      expect(await violationsOn(tab), url).toEqual([]);
      await context.close();
    });
  }
});

test.describe("every page with an id", () => {
  for (const route of accessRoutes) {
    test(`${route.path} has no serious or critical violation`, async ({ browser }) => {
      // A Hải Vân id, opened by the first role (secretary, director, officer, admin) that may see it.
      const sample = route.samples.find((s) => s.unit === "haivan") ?? route.samples[0]!;
      const user = scanAccounts.find((u) => route.roles.includes(matrixAccounts[u].role) && matrixAccounts[u].sees.includes(sample.unit));
      expect(user, `a scan account may open ${route.path}`).toBeDefined();
      const { url } = await discover(browser, route, sample);
      await scanAs(browser, url, [user!]);
    });
  }
});

async function open(browser: Browser, state: PageState) {
  const context = await contextFor(browser, state.as, state.locale);
  const page = await context.newPage();
  const response = await page.goto(state.url);
  expect(response?.status(), state.url).toBe(state.status ?? 200);
  if (state.submitEmpty) {
    const form = page.locator("main form").filter({ has: page.locator('button[type="submit"], button:not([type])') }).first();
    await form.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
    const before = page.url();
    await form.locator('button[type="submit"], button:not([type])').last().click();
    // The server's answer: field errors in the form (the page stays where it was).
    await expect(page.locator('[aria-invalid="true"], [data-testid$="error"]').first()).toBeVisible();
    expect(page.url()).toBe(before);
  }
  await expect(page.locator("body")).toContainText(state.shows);
  return { context, page };
}

test.describe("pages in their interesting states", () => {
  for (const state of pageStates) {
    test(`${state.name} (${state.url}${state.locale ? `, ${state.locale}` : ""})`, async ({ browser }) => {
      const { context, page } = await open(browser, state);
      if (state.locale) await expect(page.locator("html")).toHaveAttribute("lang", state.locale);
      const found = await violationsOn(page);
      await context.close();
      expect(found, state.url).toEqual([]);
    });
  }
});
