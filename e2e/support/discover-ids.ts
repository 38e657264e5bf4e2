import { expect, type Browser, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { settled } from "./settled";
import type { AccessRoute, IdSample } from "./access-routes";

// Finds a real id for a page of the access registry: opens the sample's list as the sample's
// account and takes the first link in <main> to the page. Shared by the access matrix and the
// accessibility scan (e2e/access-matrix.spec.ts, e2e/a11y.spec.ts).

export interface Found {
  sample: IdSample;
  url: string;
  /** The link's text on the list (e.g. the record's name): must never leak outside the scope. */
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const pattern = (route: AccessRoute) =>
  new RegExp(`^${escape(route.path).replace(":id", `(?:${(route.id ?? /[0-9]+/).source})`)}$`);

/** `signedIn`: a page already signed in as sample.as to use instead of a fresh context of its own. */
export async function discover(
  browser: Browser,
  route: AccessRoute,
  sample: IdSample,
  signedIn?: Page,
): Promise<Found> {
  const context = signedIn ? null : await browser.newContext({ storageState: storageStateFor(sample.as) });
  try {
    const page = signedIn ?? (await context!.newPage());
    const linksOn = async (url: string) => {
      const response = await page.goto(url);
      expect(response?.status(), `${sample.as} opens ${url}`).toBe(200);
      // Lists that stream in (the map's village list) are revealed after the document loads.
      await settled(page);
      return page.locator("main a[href]").evaluateAll(
        (as, markerIn) =>
          as.map((a) => {
            const cell = markerIn ? a.closest("tr")?.querySelector(markerIn) : null;
            return {
              href: new URL((a as HTMLAnchorElement).href).pathname,
              text: ((cell ?? a).textContent ?? "").trim(),
            };
          }),
        route.markerIn,
      );
    };
    let links = await linksOn(sample.list);
    // Through an intermediate page: its link's text (the record's name) is the marker.
    let marker: string | undefined;
    if (sample.via) {
      const via = links.find(
        (l) => pattern({ path: sample.via!, roles: [], samples: [] }).test(l.href) && l.text.length > 0,
      );
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
    await context?.close();
  }
}
