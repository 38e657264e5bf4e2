import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// Field records as the Hải Vân secretary: members, households, the 1+20 balancer, and that
// Hòa Xuân's ids lead nowhere. Names are unique per run; other specs may write at the same time.
const run = Date.now().toString(36).slice(-5);

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/field-${name}.png`, fullPage: true });
}

test.describe("the Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("creates a member, then deactivates them", async ({ page }) => {
    const name = `Lê Văn Thử ${run}`;
    await page.goto("/members");
    await expect(page.getByRole("heading", { name: "Đoàn viên, tình nguyện viên" })).toBeVisible();
    await screenshot(page, "members");
    await page.getByRole("link", { name: "Thêm tình nguyện viên" }).click();

    // Bad input first: nothing typed → Vietnamese messages next to the fields, nothing saved.
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("error-fullName")).toHaveText("Vui lòng nhập họ và tên.");
    await expect(page.getByTestId("error-kind")).toHaveText("Vui lòng chọn thành phần.");

    await page.getByLabel("Họ và tên").fill(name);
    await page.getByLabel("Thành phần").selectOption({ label: "Sinh viên" });
    await page.getByLabel("Đơn vị (trường, đơn vị quân đội…)").fill("Đại học Đà Nẵng");
    await page.getByLabel("Ngày tham gia").fill("01/09/2025");
    await page.getByRole("button", { name: "Lưu" }).click();

    await expect(page).toHaveURL(/\/members\/\d+$/);
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText("01/09/2025")).toBeVisible();

    await page.getByRole("button", { name: "Ngừng hoạt động" }).click();
    await expect(page.getByRole("button", { name: "Hoạt động trở lại" })).toBeVisible();

    await page.goto(`/members?q=${encodeURIComponent(run)}&active=no`);
    const row = page.getByTestId("members-table").getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Ngừng hoạt động");
  });

  test("creates a team with a member, and records a training that shows in the matrix", async ({ page }) => {
    const team = `Tổ thử ${run}`;
    await page.goto("/members/teams/new");
    await page.getByLabel("Tên tổ, đội").fill(team);
    await page.getByLabel("Loại").selectOption({ label: "Tổ công nghệ số cộng đồng" });
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page).toHaveURL(/\/members\/teams\/\d+$/);
    const candidate = page.getByLabel("Tình nguyện viên");
    const memberName = (await candidate.locator("option").nth(1).innerText()).trim();
    await candidate.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Thêm thành viên" }).click();
    await expect(page.getByTestId("team-roster")).toContainText(memberName);

    await page.goto("/trainings/new");
    await page.getByLabel("Ngày tổ chức").fill("31/02/2026");
    await page.getByLabel("Tên lớp").fill(`Chìa khóa số ${run}`);
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("error-heldOn")).toHaveText("Ngày không hợp lệ, hãy nhập theo dạng dd/MM/yyyy.");
    await expect(page.getByTestId("error-topics")).toHaveText("Chọn ít nhất một nội dung.");
    await page.getByLabel("Ngày tổ chức").fill("10/10/2026");
    await page.getByLabel("Ki-ốt thông minh").check();
    await page.getByLabel(memberName, { exact: true }).first().check();
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page).toHaveURL(/\/trainings$/);
    await expect(page.getByTestId("trainings-table")).toContainText(`Chìa khóa số ${run}`);
    const row = page
      .getByTestId("training-matrix")
      .getByRole("row", { name: new RegExp(memberName) })
      .first();
    // The smart-kiosk column (the last topic) is ticked for the attendee.
    await expect(row.locator("td").last().getByLabel("Đã tập huấn")).toBeVisible();
  });

  test("is told in Vietnamese that a household code is already used, input kept", async ({ page }) => {
    await page.goto("/households?sort=code");
    const existing = (await page.getByTestId("households-table").locator("tbody tr th a").first().innerText()).trim();
    await page.getByRole("link", { name: "Thêm hộ" }).click();
    await page.getByLabel("Mã hộ").fill(existing);
    await page.getByLabel("Chủ hộ").fill(`Hộ thử ${run}`);
    await page.getByLabel("Thôn, tổ dân phố").selectOption({ index: 1 });
    await page.getByLabel("Người cao tuổi").check();
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("error-code")).toHaveText("Mã hộ này đã có trong xã, phường. Vui lòng dùng mã khác.");
    await expect(page.getByLabel("Chủ hộ")).toHaveValue(`Hộ thử ${run}`);
    await expect(page.getByLabel("Người cao tuổi")).toBeChecked();

    // A fresh code goes through and lands on the household's page.
    await page.getByLabel("Mã hộ").fill(`E2E-${run}`);
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page).toHaveURL(/\/households\/\d+$/);
    await expect(page.getByTestId("household-facts")).toContainText(`E2E-${run}`);
  });

  test("filters the households not reached yet", async ({ page }) => {
    await page.goto("/households");
    await page.getByLabel("Chưa được tiếp cận").check();
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/f=notReached/);
    const rows = page.getByTestId("households-table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    for (let i = 0; i < count; i++) await expect(rows.nth(i).locator("td").last()).toHaveText("Chưa tiếp cận");
    await screenshot(page, "households");
  });

  test("exports the filtered household list as CSV with a BOM and as .xlsx", async ({ page }) => {
    await page.goto("/households?f=notReached");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Xuất CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ho-gia-dinh-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await page.request.get("/households/export?format=csv&f=notReached");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Mã hộ,Chủ hộ,Thôn, tổ dân phố,Người cao tuổi,Hộ nghèo,Dân tộc thiểu số,Có điện thoại thông minh,Có người sử dụng thành thạo,Tình nguyện viên phụ trách,Lần đầu được hỗ trợ".replace(
        "Thôn, tổ dân phố",
        '"Thôn, tổ dân phố"',
      ),
    );
    // "Not reached yet": the last column (first reached) is empty on every row.
    for (const line of lines.slice(1, 50)) expect(line.endsWith(",")).toBe(true);
    const xlsx = await page.request.get("/households/export?format=xlsx");
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("exports the filtered members list, every page of it, as CSV and .xlsx", async ({ page }) => {
    await page.goto("/members?kind=union_member");
    const subtitle = await page
      .getByText(/^\d[\d.]* người$/)
      .first()
      .textContent();
    const total = Number(subtitle!.replace(/\D/g, ""));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Xuất CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tinh-nguyen-vien-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await page.request.get("/members/export?format=csv&kind=union_member");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toMatch(/^Họ và tên,Thành phần,/);
    expect(lines).toHaveLength(total + 1);
    for (const line of lines.slice(1)) expect(line).toContain(",Đoàn viên,");
    const xlsx = await page.request.get("/members/export?format=xlsx");
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("exports the teams and trainings lists", async ({ page }) => {
    for (const [path, header, filename] of [
      ["/members/teams", /^Tên tổ, đội|^"Tên tổ, đội"/, /^to-doi-/],
      ["/trainings", /^Ngày tổ chức,Tên lớp,/, /^tap-huan-/],
    ] as const) {
      await page.goto(path);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Xuất CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(filename);
      const csv = await page.request.get(`${path}/export?format=csv`);
      const lines = (await csv.body()).toString("utf8").slice(1).trim().split("\r\n");
      expect(lines[0]).toMatch(header);
      expect(lines.length).toBeGreaterThan(1);
      const rows = await page.locator("main table").first().locator("tbody tr").count();
      expect(lines.length - 1).toBeGreaterThanOrEqual(rows);
    }
  });

  test("deactivates a busy volunteer, previews the balancer and applies it in one step", async ({ page }) => {
    await page.goto("/members?sort=households&dir=desc&active=yes");
    const first = page.getByTestId("members-table").locator("tbody tr").first();
    const name = (await first.locator("th a").innerText()).trim();
    await first.locator("th a").click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await page.getByRole("button", { name: "Ngừng hoạt động" }).click();

    // Straight to the proposal for their households.
    await expect(page).toHaveURL(/\/assignments\?deactivated=\d+/);
    await expect(page.getByTestId("assignments-banner")).toContainText(`${name} đã ngừng hoạt động`);
    await expect(page.getByTestId("proposal")).toContainText(`từ ${name}`);
    await screenshot(page, "assignments");

    const apply = page.getByRole("button", { name: /^Áp dụng .* thay đổi$/ });
    await apply.click();
    await expect(page.getByTestId("assignments-banner")).toContainText(/Đã áp dụng \d+ thay đổi\./);
    await expect(page.getByTestId("no-moves")).toBeVisible();
    // Nobody is over the target any more.
    for (const cell of await page.getByTestId("volunteer-loads").locator("tbody td.tabular").allInnerTexts()) {
      expect(Number(cell.split("/")[0]!.trim().replace(/\./g, ""))).toBeLessThanOrEqual(20);
    }
  });
});

test("Hòa Xuân's members and households are not found for the Hải Vân secretary", async ({ browser }) => {
  test.slow(); // two accounts, seven page loads on a busy 2-core machine
  const hoaXuan = await browser.newContext({ storageState: storageStateFor("bithu.hoaxuan") });
  const page = await hoaXuan.newPage();
  await page.goto("/members");
  const memberLink = page.getByTestId("members-table").locator("tbody tr th a").first();
  const memberName = (await memberLink.innerText()).trim();
  const memberHref = (await memberLink.getAttribute("href"))!;
  await page.goto("/households");
  const householdLink = page.getByTestId("households-table").locator("tbody tr th a").first();
  const householdCode = (await householdLink.innerText()).trim();
  const householdHref = (await householdLink.getAttribute("href"))!;
  // Hòa Xuân's secretary sees their own pages.
  await page.goto(householdHref);
  await expect(page.getByTestId("household-facts")).toContainText(householdCode);
  await hoaXuan.close();

  const haiVan = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
  const other = await haiVan.newPage();
  for (const [href, secret] of [
    [memberHref, memberName],
    [`${memberHref}/edit`, memberName],
    [householdHref, householdCode],
    [`${householdHref}/edit`, householdCode],
  ] as const) {
    const response = await other.goto(href);
    expect(response?.status(), href).toBe(404);
    await expect(other.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(other.locator("body")).not.toContainText(secret);
  }
  await haiVan.close();
});

test.describe("an admin entering data", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("picks the commune first, then adds a volunteer there", async ({ page }) => {
    await page.goto("/members/new");
    const picker = page.getByRole("form", { name: "Chọn xã, phường" });
    await picker.getByLabel("Xã, phường, đặc khu").selectOption({ label: "Phường Hải Vân" });
    await picker.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page).toHaveURL(/commune=\d+/);
    await expect(page.getByText("Đang ghi vào: Phường Hải Vân")).toBeVisible();
    // Only that commune's villages are offered.
    const villages = await page.getByLabel("Thôn, tổ dân phố").locator("option").allTextContents();
    expect(villages).toContain("Tà Lang");
    expect(villages).not.toContain("Cẩm Nam");
    const name = `Quản trị nhập ${run}`;
    await page.getByLabel("Họ và tên").fill(name);
    await page.getByLabel("Thành phần").selectOption({ label: "Đoàn viên" });
    await page.getByLabel("Thôn, tổ dân phố").selectOption({ label: "Tà Lang" });
    await page.getByRole("button", { name: /Lưu/ }).click();
    // The save ends on the new member's page; only then is it in the list.
    await expect(page).toHaveURL(/\/members\/\d+$/);
    await page.goto(`/members?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Tà Lang");
  });
});

test("a provincial officer is not offered forms it may not submit", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("tinhdoan.danang") });
  const page = await context.newPage();
  await page.goto("/members");
  await expect(page.getByRole("link", { name: "Thêm tình nguyện viên" })).toHaveCount(0);
  const response = await page.goto("/members/new");
  expect(response?.status()).toBe(404);
  await context.close();
});
