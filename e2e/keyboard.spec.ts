import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// The overviews by keyboard alone: no click, no fill, no selectOption, no focus() — only Tab,
// Shift+Tab, Enter, Space and the arrow keys. Every element the keyboard lands on must show a
// focus indicator (an outline or a ring), and a skip link leads past the navigation.

interface Focused {
  tag: string;
  id: string;
  testId: string | null;
  text: string;
  href: string | null;
  inMain: boolean;
  /** The focus indicator: a visible outline, or a ring (box-shadow). */
  ring: boolean;
  visible: boolean;
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      testId: el.getAttribute("data-testid"),
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(),
      href: el.getAttribute("href"),
      inMain: !!el.closest("main"),
      ring: outline || style.boxShadow !== "none",
      visible: rect.width > 1 && rect.height > 1,
    };
  });

/** Presses `key` until the focused element matches, checking each stop's focus indicator. */
async function keyTo(page: Page, matches: (f: Focused) => boolean, key = "Tab", max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f.tag === "body") continue;
    expect(f.ring, `focus indicator on <${f.tag}> "${f.text.slice(0, 40)}" (${f.id || f.testId || f.href})`).toBe(true);
    expect(f.visible, `focused <${f.tag}> "${f.text.slice(0, 40)}" is on screen`).toBe(true);
    if (matches(f)) return f;
  }
  throw new Error(`${key} never reached the element`);
}

test.describe("commune overview by keyboard, as the Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("skip link, period and village filters, a chart's table", async ({ page }) => {
    await page.goto("/?period=month");
    await expect(page.getByTestId("card-people-value")).toBeVisible();

    // The first Tab lands on the skip link, shown on focus; Enter moves on to the main content.
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip.href).toBe("#content");
    expect(skip.visible && skip.ring).toBe(true);
    await page.keyboard.press("Enter");
    const first = await keyTo(page, () => true);
    expect(first.inMain, "after the skip link, Tab continues inside <main>").toBe(true);

    // Period: the "this quarter" preset.
    await keyTo(page, (f) => f.testId === "preset-quarter");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/period=quarter/);
    await expect(page.getByTestId("preset-quarter")).toHaveAttribute("aria-current", "true");

    // Village: arrow keys choose the first village, Tab to "Apply", Shift+Tab back and forth, Enter.
    await keyTo(page, (f) => f.id === "filter-village");
    await page.keyboard.press("ArrowDown");
    const village = await page.locator("#filter-village").inputValue();
    expect(village, "ArrowDown chose a village").not.toBe("");
    await keyTo(page, (f) => f.tag === "button" && /Áp dụng/.test(f.text));
    await keyTo(page, (f) => f.id === "filter-village", "Shift+Tab");
    await keyTo(page, (f) => f.tag === "button" && /Áp dụng/.test(f.text));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`village=${village}(&|$)`));
    await expect(page).toHaveURL(/period=custom|period=quarter/);

    // A chart's table equivalent: Enter opens it, Space closes it.
    const trendTable = page.getByTestId("trend").locator("table");
    await expect(trendTable).toBeHidden();
    await keyTo(page, (f) => f.tag === "summary");
    const summaryIn = await page.evaluate(() => document.activeElement?.closest("figure")?.getAttribute("data-testid"));
    const table = page.getByTestId(summaryIn!).locator("table");
    await page.keyboard.press("Enter");
    await expect(table).toBeVisible();
    await page.keyboard.press("Space");
    await expect(table).toBeHidden();
  });
});

test.describe("provincial overview by keyboard, as the Đà Nẵng officer", () => {
  test.use({ storageState: storageStateFor("tinhdoan.danang") });

  test("sorts the commune table and drills into a commune", async ({ page }) => {
    await page.goto("/province");
    await expect(page.getByTestId("commune-row").first()).toBeVisible();
    await keyTo(page, (f) => /Sắp xếp theo/.test(f.text) && /sort=name/.test(f.href ?? ""));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
    const names = await page.getByTestId("commune-row").getByRole("link").allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));

    const commune = await keyTo(page, (f) => /Xem tổng quan/.test(f.text));
    const name = commune.text.replace("Xem tổng quan", "").trim();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/\?commune=\d+/);
    await expect(page.getByTestId("overview-title")).toContainText(name);
    // Back up to the province by keyboard too.
    await keyTo(page, (f) => f.href === "/province" && f.inMain);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/province$/);
  });
});
