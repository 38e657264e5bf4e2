import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// Accounts, roles and scoped access: an account's whole life (created, forced password change,
// locked out at once), the audit trail it leaves, and a provincial officer who cannot reach
// another province's account by its id.

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const username = `e2e.bithu.${unique}`;
const displayName = `Trương Thị Kiểm Thử ${unique}`;
const newPassword = "Cầu Rồng Đà Nẵng 2026";

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

async function contextFor(
  browser: Browser,
  baseURL: string | undefined,
  user?: "admin" | "tinhdoan.danang" | "bithu.haivan",
) {
  return browser.newContext({
    baseURL,
    storageState: user ? storageStateFor(user) : undefined,
    viewport: { width: 1366, height: 768 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
}

/** The id behind an account's link in the admin's list, found by searching its username. */
async function accountIdOf(page: Page, name: string): Promise<string> {
  await page.goto(`/accounts?q=${encodeURIComponent(name)}`);
  const href = await page.getByTestId("accounts-table").getByRole("link", { name, exact: true }).getAttribute("href");
  const id = /^\/accounts\/(\d+)$/.exec(href ?? "")?.[1];
  expect(id, `link to ${name}`).toBeTruthy();
  return id!;
}

test.describe.configure({ mode: "serial" });

test("an account's life: created by the admin, forced to change its password, locked out at once, all in the log", async ({
  browser,
  baseURL,
}) => {
  test.slow(); // several bcrypt sign-ins and password changes on a shared 2-core machine
  const adminContext = await contextFor(browser, baseURL, "admin");
  const userContext = await contextFor(browser, baseURL);
  const admin = await adminContext.newPage();
  const user = await userContext.newPage();

  // The admin creates a Hải Vân secretary with a generated password, shown once.
  await admin.goto("/accounts");
  await admin.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(admin).toHaveURL("/accounts/new");
  await admin.getByLabel("Tên đăng nhập").fill("Có Dấu");
  await admin.getByLabel("Họ và tên").fill(displayName);
  await admin.getByLabel("Vai trò").selectOption({ label: "Bí thư Đoàn xã / phường" });
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  // Bad input: told next to the fields, nothing lost.
  await expect(admin.getByTestId("create-account-username-error")).toContainText("chữ thường không dấu");
  await expect(admin.getByTestId("create-account-communeId-error")).toContainText("cần gắn với một xã, phường");
  await expect(admin.getByLabel("Họ và tên")).toHaveValue(displayName);
  await admin.getByLabel("Tên đăng nhập").fill(username);
  await admin.getByLabel("Xã, phường, đặc khu").selectOption({ label: "Phường Hải Vân" });
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(admin.getByTestId("account-created")).toContainText(`Đã tạo tài khoản ${username}`);
  const temporary = (await admin.getByTestId("temporary-password").innerText()).trim();
  expect(temporary).toMatch(/^\S{4}-\S{4}-\S{4}$/);

  // The new user signs in and is sent to change the password before anything else.
  await user.goto("/login");
  await user.getByLabel("Tên đăng nhập").fill(username);
  await user.getByLabel("Mật khẩu").fill(temporary);
  await user.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(user).toHaveURL("/account/password");
  await expect(user.getByTestId("must-change")).toBeVisible();
  await user.goto("/");
  await expect(user).toHaveURL("/account/password");

  await user.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await user.getByLabel("Mật khẩu mới", { exact: true }).fill("ngan");
  await user.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await user.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(user.getByTestId("change-password-newPassword-error")).toHaveText("Mật khẩu phải có ít nhất 10 ký tự.");
  await user.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await user.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await user.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await user.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(user).toHaveURL("/");
  await expect(user.getByTestId("viewer-name")).toHaveText(displayName);
  await expect(user.getByTestId("viewer-unit")).toContainText("Hải Vân");

  // The admin sees the account, then deactivates it.
  const id = await accountIdOf(admin, username);
  await admin.getByTestId("accounts-table").getByRole("link", { name: username, exact: true }).click();
  await expect(admin).toHaveURL(`/accounts/${id}`);
  await expect(admin.getByTestId("account-name")).toHaveText(displayName);
  await shot(admin, "accounts-detail");
  await admin.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(admin.getByTestId("account-status-outcome")).toContainText("Đã khóa tài khoản");
  await expect(admin.getByTestId("account-status")).toHaveText("Đã khóa");

  // The user's very next page load ends the session.
  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await user.goto("/");
  await expect(user).toHaveURL(/\/login/);

  // The audit log shows the creation and the lock, by the admin.
  await admin.goto("/audit?entity=account&action=create");
  const created = admin.getByTestId("audit-row").filter({ hasText: username });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText("Tạo mới");
  await expect(created).toContainText("Quản trị hệ thống");
  await expect(created).toContainText(displayName);
  await admin.goto(`/audit?entity=account&entityId=${id}`);
  await expect(admin.getByTestId("audit-row").first()).toContainText("Khóa");
  await expect(admin.getByTestId("audit-table")).toContainText("Đổi mật khẩu");
  await expect(admin.getByTestId("audit-table")).not.toContainText("$2");
  await admin.goto("/audit");
  await shot(admin, "audit");

  await adminContext.close();
  await userContext.close();
});

test("the Đà Nẵng officer gets 404 for a Cần Thơ account, and sees its own province's", async ({
  browser,
  baseURL,
}) => {
  const adminContext = await contextFor(browser, baseURL, "admin");
  const admin = await adminContext.newPage();
  const canTho = await accountIdOf(admin, "bithu.cairang");
  const haiVan = await accountIdOf(admin, "bithu.haivan");
  await admin.goto("/accounts");
  await shot(admin, "accounts");
  await adminContext.close();

  const officerContext = await contextFor(browser, baseURL, "tinhdoan.danang");
  const officer = await officerContext.newPage();
  const denied = await officer.goto(`/accounts/${canTho}`);
  expect(denied?.status()).toBe(404);
  await expect(officer.getByText("Không tìm thấy trang")).toBeVisible();
  await expect(officer.locator("body")).not.toContainText("bithu.cairang");

  const allowed = await officer.goto(`/accounts/${haiVan}`);
  expect(allowed?.status()).toBe(200);
  await expect(officer.getByTestId("account-name")).toBeVisible();

  await officer.goto("/accounts");
  await expect(officer.getByTestId("accounts-table")).toContainText("bithu.haivan");
  await expect(officer.getByTestId("accounts-table")).not.toContainText("bithu.cairang");
  await expect(officer.getByTestId("accounts-table")).not.toContainText("tinhdoan.cantho");
  await officerContext.close();
});

test("a commune secretary has no account management", async ({ browser, baseURL }) => {
  const context = await contextFor(browser, baseURL, "bithu.haivan");
  const page = await context.newPage();
  expect((await page.goto("/accounts"))?.status()).toBe(404);
  expect((await page.goto("/accounts/new"))?.status()).toBe(404);
  expect((await page.goto("/audit"))?.status()).toBe(200);
  await context.close();
});
