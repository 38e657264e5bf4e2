import { expect, test } from "@playwright/test";
import { demoPassword, storageStateFor } from "./support/accounts";

test.describe("anonymous visitor", () => {
  test("is sent to the Vietnamese login page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("sees one generic message for a wrong password", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("bithu.hoaxuan");
    await page.getByLabel("Mật khẩu").fill("not-the-password");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("bithu.hoaxuan");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("the Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("sees the shell with the unit, the sections and real counts", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("viewer-unit")).toContainText("Hải Vân");
    await expect(page.getByTestId("viewer-unit")).toContainText("Đà Nẵng");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link", { name: "Tổng quan" })).toHaveAttribute("aria-current", "page");
    await expect(nav).toContainText("Ghi nhận hỗ trợ");
    await expect(nav).toContainText("Bàn lưu động");
    // Figures come from the seeded database, formatted vi-VN.
    await expect(page.getByTestId("as-of")).toContainText(/Số liệu đến ngày \d{2}\/\d{2}\/\d{4}/);
    const people = await page.getByTestId("card-people-value").first().innerText();
    expect(Number(people.replace(/\./g, ""))).toBeGreaterThan(0);
  });

  test("switches to English and back, and the choice is remembered", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "en", exact: true }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toContainText("Overview");
    await page.getByRole("button", { name: "vi", exact: true }).click();
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  });
});

test("signing in and out ends the session for good, even if its cookie comes back", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("giamdoc.haivan");
  await page.getByLabel("Mật khẩu").fill(demoPassword);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("viewer-unit")).toContainText("Hải Vân");
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toBeTruthy();
  // No waiting for the sidebar's prefetches: one answered after the sign-out may re-set the cookie.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  // The very cookie the browser held before signing out, replayed from elsewhere: refused.
  const replay = await browser.newContext({ baseURL: new URL(page.url()).origin });
  try {
    await replay.addCookies([session!]);
    const other = await replay.newPage();
    await other.goto("/");
    await expect(other).toHaveURL(/\/login/);
  } finally {
    await replay.close();
  }
});
