import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// axe-core over the whole page, every rule on (none disabled), as fast as it goes here:
// - only violations are reported in full (resultTypes): axe still runs every check on every node,
//   but stops building a selector and an HTML snippet for each of the thousands of nodes that pass;
// - on a page with no frames, axe runs in the page itself (legacy mode) instead of in parts that a
//   second, fresh page puts together (the default, which exists for cross-origin frames). A page
//   with frames keeps the default, so a frame is never left out of a scan.
// Together 2-4× faster on the overview and long lists, same violations (e2e/a11y.spec.ts's
// "the scan finds violations" test shows it still finds them).

export type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

export async function axeScan(page: Page): Promise<AxeResults> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (page.frames().length === 1) builder.setLegacyMode(true);
  const results = await builder.analyze();
  expect(results.testEngine.name, "axe ran").toBe("axe-core");
  return results;
}
