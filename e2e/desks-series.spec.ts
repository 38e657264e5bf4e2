import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";
import { settled } from "./support/settled";

// A recurring series of mobile desks as the Hải Vân secretary: every second Saturday for three
// months, the days listed with their conflicts before saving, one day unticked, the rest saved in
// one go and found in the plan's list. Other specs run beside this one: only this run's desks
// (found by their place, unique per run) are asserted.

const shots = process.env.DESKS_SCREENSHOTS ?? "test-results/desks-screens";

/** A day in Vietnam, `offset` days from today, as yyyy-MM-dd. */
const vnIso = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const vnDate = (iso: string) => iso.split("-").reverse().join("/");

test.describe("a recurring series of desks, Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("lists every second Saturday for three months, unticks one, saves the rest", async ({ page }) => {
    const run = Date.now().toString(36);
    const place = `Nhà văn hóa thôn (e2e định kỳ ${run})`;
    // Beyond the seeded plan (a month ahead); varied per run so a reused server has room.
    const start = vnIso(40 + (Math.floor(Date.now() / 60_000) % 150));

    await page.goto("/desks");
    await page.getByRole("link", { name: "Lập lịch định kỳ" }).click();
    await expect(page).toHaveURL(/\/desks\/series$/);
    const villages = await page.locator("#villageId option").count();
    await page.locator("#villageId").selectOption({ index: villages - 1 });
    const villageId = await page.locator("#villageId").inputValue();
    await page.locator("#startTime").fill("13:30");
    await page.locator("#endTime").fill("16:30");
    await page.locator("#place").fill(place);
    await page.locator("#rule").selectOption("biweekly");
    await page.locator("#weekday").selectOption("6");
    await page.locator("#startDay").fill(vnDate(start));
    await page.locator("#months").selectOption("3");
    await page.getByRole("button", { name: "Xem các ngày" }).click();

    // The days, listed before anything is saved: Saturdays two weeks apart.
    const list = page.getByTestId("series-days");
    await expect(list).toBeVisible();
    const rows = list.locator('[data-testid^="series-day-"]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(6);
    const days = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!))).map((id) =>
      id.replace("series-day-", ""),
    );
    for (const [i, day] of days.entries()) {
      expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(6);
      if (i > 0) expect((Date.parse(day) - Date.parse(days[i - 1]!)) / 86_400_000).toBe(14);
    }
    await expect(list).toContainText(`Thứ Bảy, ${vnDate(days[0]!)}`);
    // The form keeps what was typed and chosen after listing (React resets a form after its action).
    await expect(page.locator("#rule")).toHaveValue("biweekly");
    await expect(page.locator("#place")).toHaveValue(place);

    mkdirSync(shots, { recursive: true });
    await settled(page);
    await page.screenshot({ path: `${shots}/series-listed.png`, fullPage: true });
    const { violations } = await axeScan(page);
    expect(violations.filter((v) => ["serious", "critical"].includes(v.impact ?? "")).map((v) => v.id)).toEqual([]);

    // Untick the second day, accept the warnings (if any) with one tick, save.
    const skipped = days[1]!;
    await page.getByTestId(`series-day-${skipped}`).getByRole("checkbox").uncheck();
    await page.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await page.getByRole("button", { name: "Lưu các bàn đã chọn" }).click();
    await page.waitForURL(new RegExp(`/desks\\?month=${days[0]!.slice(0, 7)}`));

    // Every ticked day is a planned desk in the list, the unticked one is not.
    const saved: string[] = [];
    for (const month of [...new Set(days.map((d) => d.slice(0, 7)))]) {
      await page.goto(`/desks?view=list&month=${month}&village=${villageId}`);
      const ours = page.getByTestId("desks-list").getByRole("row").filter({ hasText: place });
      for (const text of await ours.allInnerTexts()) {
        expect(text).toContain("Dự kiến");
        saved.push(/(\d{2}\/\d{2}\/\d{4})/.exec(text)![1]!);
      }
    }
    expect(saved.sort()).toEqual(
      days
        .filter((d) => d !== skipped)
        .map(vnDate)
        .sort(),
    );
  });
});
