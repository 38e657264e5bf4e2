import { expect, type Page } from "@playwright/test";

// What must have settled before a page is checked as a whole (an axe scan): instead of waiting for
// the network to fall quiet (the sidebar's link prefetches keep it busy for seconds, and a quiet
// network says nothing about React), wait for the things the page is made of.

/**
 * Resolves once the page is whole: React has hydrated (the App Router mounts its route announcer
 * in an effect, so it exists only after hydration), no streamed widget still shows its skeleton
 * (WidgetSkeleton pulses with .animate-pulse; the map's placeholder is aria-busy), and every map
 * island has drawn (data-map-ready, set on MapLibre's idle).
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector("next-route-announcer") !== null, undefined, { timeout });
  await expect(
    page.locator(".animate-pulse, [aria-busy=true]"),
    "streamed widgets replaced their skeletons",
  ).toHaveCount(0, { timeout });
  for (const map of await page.getByTestId("map-canvas").all()) {
    await expect(map, "the map has drawn").toHaveAttribute("data-map-ready", "true", { timeout });
  }
}
