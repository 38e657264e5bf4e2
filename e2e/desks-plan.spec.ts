import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";
import { settled } from "./support/settled";

// The rotation planner (/desks/plan) as the Hải Vân secretary: next month's proposal (made by HiGHS,
// with its optimality line), one desk unticked and the others given a marker start time (06:55,
// used by no seeded or other spec's desk), a double booking made by editing staff refused beside its
// row, one volunteer dropped, accepted at once, then found in the month's calendar (the unticked
// one is not) and the edited desk without the dropped volunteer. Then the
// provincial officer and the center director, who plan nothing: no link, and 404 on the page.

const shots = process.env.DESKS_SCREENSHOTS ?? "test-results/desks-screens";
const marker = "06:55";

test.describe("the planner, Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("plans next month, unticks one desk, accepts the rest and sees them in the calendar", async ({ page }) => {
    await page.goto("/desks");
    await page.getByRole("link", { name: "Lập kế hoạch tháng" }).click();
    await page.waitForURL(/\/desks\/plan/);
    await expect(page.getByRole("heading", { name: "Lập kế hoạch bàn lưu động tháng" })).toBeVisible();

    // Three desks wanted per village, so next month has something left to propose beside the seeded plan.
    const targets = page.getByTestId("plan-villages").locator('input[type="number"]');
    for (let i = 0; i < (await targets.count()); i++) await targets.nth(i).fill("3");
    await page.getByRole("button", { name: "Đề xuất" }).click();
    await page.waitForURL(/propose=1/);
    const month = new URL(page.url()).searchParams.get("month")!;
    expect(month).toMatch(/^\d{4}-\d{2}$/);

    // HiGHS (WebAssembly, on the server) made the plan and says how close to optimal it is.
    const optimality = page.getByTestId("plan-optimality");
    await expect(optimality).toHaveAttribute("data-by", "solver");
    await expect(optimality).toContainText(/Kế hoạch đạt [\d,]+\s?% so với tối ưu \(khoảng cách tối ưu [\d,]+\s?%\)/);

    const rows = page.getByTestId("plan-row");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await expect(rows.first().getByTestId("plan-why")).toContainText(
      /hộ chưa được tiếp cận · .* · cách trung tâm \d+ km/,
    );

    mkdirSync(shots, { recursive: true });
    await settled(page);
    await page.screenshot({ path: `${shots}/desks-plan.png`, fullPage: true });
    const { violations } = await axeScan(page);
    expect(violations.filter((v) => ["serious", "critical"].includes(v.impact ?? "")).map((v) => v.id)).toEqual([]);

    // Each row: its day and village as proposed; the first is unticked, the others get the marker time.
    const desks: { day: string; village: string }[] = [];
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      desks.push({
        day: (await row.getByLabel(`Ngày của bàn ${i + 1}`).inputValue()).split("/").reverse().join("-"),
        village: (
          await row.getByLabel(`Thôn của bàn ${i + 1}`).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)
        ).trim(),
      });
      if (i > 0) await row.getByLabel(`Giờ bắt đầu của bàn ${i + 1}`).fill(marker);
    }
    await rows.first().getByRole("checkbox").uncheck();
    await expect(page.getByTestId("plan-chosen")).toContainText(`${count - 1} / ${count}`);
    await rows.first().getByLabel("Giờ bắt đầu của bàn 1").fill(marker);

    // The seeded plan may put a desk in the same village within 7 days: a warning, accepted here.
    await page.getByLabel(/Tôi đã xem các cảnh báo/).check();

    // A day moved out of the month is refused on its row; nothing is saved and every edit stays.
    const second = rows.nth(1).getByLabel("Ngày của bàn 2");
    const secondDay = await second.inputValue();
    await second.fill("01/01/2099");
    await page.getByRole("button", { name: "Chấp nhận" }).click();
    await expect(page.getByTestId("plan-desk-1-error")).toContainText("Ngày phải nằm trong tháng");
    await expect(page.getByTestId("form-status")).toContainText("Chưa lưu bàn nào");
    await expect(second).toHaveValue("01/01/2099");
    await expect(rows.first().getByRole("checkbox")).not.toBeChecked();
    await expect(rows.nth(1).getByLabel("Giờ bắt đầu của bàn 2")).toHaveValue(marker);
    await expect(page.getByLabel(/Tôi đã xem các cảnh báo/)).toBeChecked();
    await second.fill(secondDay);

    // Staff are editable: the third desk given the second one's day and first volunteer is a double
    // booking, refused beside its row; put back, it goes through.
    const third = rows.nth(2);
    const [thirdDay, thirdVolunteer] = [
      await third.getByLabel("Ngày của bàn 3").inputValue(),
      await third.getByLabel("Tình nguyện viên 1 của bàn 3").inputValue(),
    ];
    const secondVolunteer = rows.nth(1).getByLabel("Tình nguyện viên 1 của bàn 2");
    await third.getByLabel("Ngày của bàn 3").fill(secondDay);
    await third.getByLabel("Tình nguyện viên 1 của bàn 3").selectOption(await secondVolunteer.inputValue());
    await page.getByRole("button", { name: "Chấp nhận" }).click();
    await expect(page.getByTestId("plan-desk-2-error")).toContainText("cùng ngày");
    await expect(page.getByTestId("form-status")).toContainText("Chưa lưu bàn nào");
    await third.getByLabel("Ngày của bàn 3").fill(thirdDay);
    await third.getByLabel("Tình nguyện viên 1 của bàn 3").selectOption(thirdVolunteer);
    // And the second desk goes out without its first volunteer.
    const dropped = (await secondVolunteer.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)).trim();
    const kept = (
      await rows
        .nth(1)
        .getByLabel("Tình nguyện viên 2 của bàn 2")
        .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)
    ).trim();
    await secondVolunteer.selectOption("");
    await page.getByRole("button", { name: "Chấp nhận" }).click();
    await page.waitForURL((url) => url.pathname === "/desks" && url.searchParams.get("month") === month);

    const calendar = page.getByTestId("desk-calendar");
    for (const [i, desk] of desks.entries()) {
      const inCell = calendar
        .locator(`td[data-day="${desk.day}"]`)
        .getByTestId("calendar-desk")
        .filter({ hasText: `${marker} ${desk.village}` });
      await expect(inCell, `${desk.day} ${desk.village}`).toHaveCount(i === 0 ? 0 : 1);
    }
    await calendar
      .locator(`td[data-day="${desks[1]!.day}"]`)
      .getByTestId("calendar-desk")
      .filter({ hasText: `${marker} ${desks[1]!.village}` })
      .click();
    await page.waitForURL(/\/desks\/\d+$/);
    await expect(page.getByRole("main")).toContainText(kept);
    await expect(page.getByRole("main")).not.toContainText(dropped);
  });
});

for (const user of ["tinhdoan.danang", "giamdoc.haivan"] as const) {
  test.describe(`the planner, ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("has no link to the planner and gets 404 on it", async ({ page }) => {
      await page.goto("/desks");
      await expect(page.getByTestId("desk-calendar")).toBeVisible();
      await expect(page.getByRole("link", { name: "Lập kế hoạch tháng" })).toHaveCount(0);
      const response = await page.goto("/desks/plan?propose=1");
      expect(response?.status()).toBe(404);
      await expect(page.getByTestId("plan-proposal")).toHaveCount(0);
    });
  });
}
