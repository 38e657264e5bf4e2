import { expect, test as setup } from "@playwright/test";
import { demoPassword, demoUsers, storageStateFor } from "./support/accounts";

// Logs each demo account in once per run; specs reuse the saved cookies (storageStateFor).
for (const user of demoUsers) {
  setup(`log in as ${user}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill(user);
    await page.getByLabel("Mật khẩu").fill(demoPassword);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    // The first sign-in on a fresh server also opens the database (PGlite: several seconds).
    await expect(page).toHaveURL("/", { timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(user) });
  });
}
