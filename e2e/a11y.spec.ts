import { pageStates, scanAccounts, staticPages, type PageState } from "./support/a11y-pages";
import { accessRoutes, matrixAccounts } from "./support/access-routes";
import { axeScan } from "./support/axe";
import { discover } from "./support/discover-ids";
import { settled } from "./support/settled";
import { expect, test, type TabAs } from "./support/tabs";
import type { DemoUser } from "./support/accounts";
import type { Page } from "@playwright/test";

// Every page of the app (app/**/page.tsx; lib/access/a11y-registry.test.ts keeps the lists whole)
// passes axe-core with no serious or critical violation, opened as each role that may see it, and
// in the states worth a scan of their own: a form after a failed submit, empty lists, English,
// not found. No rule is disabled.
// Scans reuse one tab per account and worker (support/tabs.ts) and wait for what must settle
// (support/settled.ts), not for a quiet network.

// Up to four roles a page, each waiting for its widgets to settle: minutes on a busy 2-core machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });
// Markup does not depend on the engine (the same seed, the same pages): CI scans in its PGlite
// phase and skips this spec in the PostgreSQL one, which runs every data flow again.
test.skip(Boolean(process.env.DATABASE_URL), "scanned in the embedded-PGlite run");

const blocking = new Set(["serious", "critical"]);

/** Serious and critical violations on the page as it is now, each with where it is. */
async function violationsOn(page: Page): Promise<string[]> {
  // Hydrated, streamed widgets and client islands (charts, the map) in place before the scan.
  await settled(page);
  // Charts' table equivalents are scanned open, as a keyboard or screen-reader user opens them.
  await page.locator("details:not([open])").evaluateAll((ds) => ds.forEach((d) => d.setAttribute("open", "")));
  const { violations } = await axeScan(page);
  return violations
    .filter((v) => blocking.has(v.impact ?? ""))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

/** Opens `url` as each account (each must get a 200) and scans it. */
async function scanAs(tabAs: TabAs, url: string, users: readonly DemoUser[]) {
  const found: string[] = [];
  for (const user of users) {
    const page = await tabAs(user);
    expect((await page.goto(url))?.status(), `${user} opens ${url}`).toBe(200);
    await expect(page.locator("main").first()).toBeVisible();
    found.push(...(await violationsOn(page)).map((v) => `${user}: ${v}`));
  }
  expect(found, url).toEqual([]);
}

test.describe("every page without an id", () => {
  for (const [path, page] of Object.entries(staticPages)) {
    test(`${path} has no serious or critical violation`, async ({ tabAs }) => {
      const url = `${path}${page.query ?? ""}`;
      await scanAs(tabAs, url, page.as);
      if (!page.anonymous) return;
      const tab = await tabAs(null);
      expect((await tab.goto(url))?.status()).toBe(200);
      expect(await violationsOn(tab), url).toEqual([]);
    });
  }
});

test.describe("every page with an id", () => {
  for (const route of accessRoutes) {
    test(`${route.path} has no serious or critical violation`, async ({ browser, tabAs }) => {
      // A Hải Vân id, opened by the first role (secretary, director, officer, admin) that may see it.
      const sample = route.samples.find((s) => s.unit === "haivan") ?? route.samples[0]!;
      const user = scanAccounts.find(
        (u) => route.roles.includes(matrixAccounts[u].role) && matrixAccounts[u].sees.includes(sample.unit),
      );
      expect(user, `a scan account may open ${route.path}`).toBeDefined();
      const { url } = await discover(browser, route, sample, await tabAs(sample.as));
      await scanAs(tabAs, url, [user!]);
    });
  }
});

async function open(tabAs: TabAs, state: PageState) {
  const page = await tabAs(state.as, state.locale);
  const response = await page.goto(state.url);
  expect(response?.status(), state.url).toBe(state.status ?? 200);
  if (state.submitEmpty) {
    const form = page
      .locator("main form")
      .filter({ has: page.locator('button[type="submit"], button:not([type])') })
      .first();
    await form.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
    const before = page.url();
    await form.locator('button[type="submit"], button:not([type])').last().click();
    // The server's answer: field errors in the form (the page stays where it was).
    await expect(page.locator('[aria-invalid="true"], [data-testid$="error"]').first()).toBeVisible();
    expect(page.url()).toBe(before);
  }
  await expect(page.locator("body")).toContainText(state.shows);
  return page;
}

test.describe("pages in their interesting states", () => {
  for (const state of pageStates) {
    test(`${state.name} (${state.url}${state.locale ? `, ${state.locale}` : ""})`, async ({ tabAs }) => {
      const page = await open(tabAs, state);
      if (state.locale) await expect(page.locator("html")).toHaveAttribute("lang", state.locale);
      const found = await violationsOn(page);
      expect(found, state.url).toEqual([]);
    });
  }
});

// The scan must be able to fail: the same scan over a page with two known critical violations
// (an image with no text alternative, a button with no name) reports both.
test("the scan finds violations when a page has them", async ({ tabAs }) => {
  const page = await tabAs(null);
  expect((await page.goto("/login"))?.status()).toBe(200);
  await page
    .locator("main")
    .first()
    .evaluate((main) => {
      main.insertAdjacentHTML(
        "beforeend",
        '<img src="/icon.svg" data-canary><button type="button" data-canary></button>',
      );
    });
  const found = await violationsOn(page);
  expect(
    found.some((v) => v.startsWith("image-alt (critical)")),
    found.join("\n"),
  ).toBe(true);
  expect(
    found.some((v) => v.startsWith("button-name (critical)")),
    found.join("\n"),
  ).toBe(true);
});
