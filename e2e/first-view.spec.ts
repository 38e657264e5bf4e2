import { expect, test } from "@playwright/test";
import { demoAccounts } from "@/lib/db/seed/demo-accounts";
import { todayInVietnam } from "@/lib/i18n/format";
import { demoPassword } from "./support/accounts";
import { settled } from "./support/settled";

// What a newcomer sees: the e2e server seeds the demo as of the real today (history up to
// yesterday), so every demo account's default overview ("this month") must show figures, not
// a wall of zeros. Signs in through the form, as a newcomer does, with the README's accounts.

const cards = [
  "card-people",
  "card-eid",
  "card-signatures",
  "card-sims",
  "card-dossiers",
  "card-coverage",
  "card-proficient",
];
const figure = (text: string) => Number(text.replace(/[^\d,]/g, "").replace(",", ".")) || 0;

for (const { username } of demoAccounts) {
  test(`${username}'s default overview shows this month's work`, async ({ page }, testInfo) => {
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill(demoPassword);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL("/", { timeout: 30_000 });
    await settled(page);
    await expect(page.getByTestId("headline-cards")).toBeVisible();

    const values: Record<string, number> = {};
    for (const card of cards) {
      const value = page.getByTestId(`${card}-value`).first();
      if ((await value.count()) > 0) values[card] = figure(await value.innerText());
    }
    expect(
      Object.values(values).some((v) => v > 0),
      JSON.stringify(values),
    ).toBe(true);
    // On the 1st of a month "this month" is today alone, and the demo's history ends yesterday.
    if (!todayInVietnam().endsWith("-01")) expect(values["card-people"], JSON.stringify(values)).toBeGreaterThan(0);
    // The overview's "as of" is the demo's last day: yesterday in Vietnam.
    await expect(page.getByTestId("as-of")).toContainText(/\d{2}\/\d{2}\/\d{4}/);

    if (username === "bithu.haivan") await page.screenshot({ path: testInfo.outputPath("overview-bithu.haivan.png") });
  });
}
