import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "./accounts";

/** A signed-in tab (null: signed out), in English when asked. */
export type TabAs = (as: DemoUser | null, locale?: "en") => Promise<Page>;

/**
 * `test` with a `tabAs` fixture: one browser context and one tab per account (and language) for
 * each worker, reused by every test of the worker that asks for it. For specs that only open pages
 * and read them (the accessibility scan, the access matrix): a fresh context per test pays for a new
 * renderer and for fetching and compiling the app's scripts again, and the one server serves those
 * scripts between page renders. Each use still loads its page with page.goto; nothing a test does
 * may be left for the next (no writes, no changed settings).
 */
export const test = base.extend<object, { tabAs: TabAs }>({
  tabAs: [
    async ({ browser }, use) => {
      const contexts = new Map<string, BrowserContext>();
      const tabs = new Map<string, Page>();
      await use(async (as, locale) => {
        const key = `${as ?? "signed-out"}/${locale ?? "vi"}`;
        const open = tabs.get(key);
        if (open && !open.isClosed()) return open;
        let context = contexts.get(key);
        if (!context) {
          // Created inside a test, so the project's options (baseURL, viewport, locale…) apply.
          context = await browser.newContext(as ? { storageState: storageStateFor(as) } : {});
          if (locale)
            await context.addCookies([{ name: "locale", value: locale, url: test.info().project.use.baseURL! }]);
          contexts.set(key, context);
        }
        const tab = await context.newPage();
        tabs.set(key, tab);
        return tab;
      });
      for (const context of contexts.values()) await context.close();
    },
    { scope: "worker" },
  ],
});

export { expect } from "@playwright/test";
