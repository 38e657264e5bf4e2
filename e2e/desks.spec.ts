import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "./support/accounts";
import { axeScan } from "./support/axe";
import { settled } from "./support/settled";

// Mobile desks as the Hải Vân secretary: plan a desk, have a double booking refused before and at
// saving, cancel with a reason, close a held desk and find its figures on the overview; then the
// provincial officer's read-only coverage. Other specs run beside this one: only this spec's own
// desks are asserted, and the overview by its before/after difference.

const shots = process.env.DESKS_SCREENSHOTS ?? "test-results/desks-screens";

/** A day in Vietnam, `offset` days from today, as dd/MM/yyyy. */
function vnDay(offset: number): string {
  const iso = new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  return iso.split("-").reverse().join("/");
}
const vn = (text: string) => Number(text.replace(/[^\d]/g, ""));

/** Fills the new-desk form; `volunteer`: the label of a volunteer to tick. */
async function fillDesk(
  page: Page,
  { village, day, volunteer, place }: { village: number; day: string; volunteer?: string; place: string },
) {
  await page.goto("/desks/new");
  await page.locator("#villageId").selectOption({ index: village });
  await page.locator("#day").fill(day);
  await page.locator("#startTime").fill("07:00");
  await page.locator("#endTime").fill("08:30");
  await page.locator("#place").fill(place);
  if (volunteer)
    await page.getByRole("group", { name: "Tình nguyện viên" }).getByLabel(volunteer, { exact: true }).check();
}

/**
 * Serious and critical axe violations of the page now (the desk id pages are scanned here, not in
 * e2e/a11y.spec.ts: the access matrix has no second commune with desks to sample them from).
 */
async function expectAccessible(page: Page) {
  await settled(page);
  const { violations } = await axeScan(page);
  expect(
    violations.filter((v) => ["serious", "critical"].includes(v.impact ?? "")).map((v) => `${page.url()}: ${v.id}`),
  ).toEqual([]);
}

/** The desk id of the detail page the form redirected to. */
async function savedDesk(page: Page): Promise<number> {
  await page.waitForURL(/\/desks\/\d+$/);
  return Number(/\/desks\/(\d+)$/.exec(page.url())![1]);
}

test.describe("mobile desks, Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("plans a desk, is refused a double booking, cancels with a reason", async ({ page }) => {
    test.slow(); // three forms, five pages and four axe scans on a busy 2-core machine
    // Beyond the seeded plan (a month ahead) and roster; varied per run so a reused server has room.
    const day = vnDay(45 + (Math.floor(Date.now() / 60_000) % 200));
    await fillDesk(page, { village: 1, day, place: "Nhà văn hóa thôn (e2e)" });
    const volunteer = (
      await page.getByRole("group", { name: "Tình nguyện viên" }).locator("label").first().innerText()
    ).trim();
    await page.getByRole("group", { name: "Tình nguyện viên" }).getByLabel(volunteer, { exact: true }).check();
    await page.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await page.getByRole("button", { name: "Lưu" }).click();
    const first = await savedDesk(page);
    await expect(page.getByTestId("desk-status")).toContainText("Dự kiến");
    await expectAccessible(page);
    await page.goto(`/desks/${first}/edit`);
    await expectAccessible(page);

    // The same volunteer the same day in another village: shown before saving, refused at saving.
    await fillDesk(page, { village: 2, day, volunteer, place: "Nhà rông (e2e)" });
    await expect(page.getByTestId("desk-conflicts").locator('[data-severity="hard"]')).toContainText(volunteer);
    await page.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("form-status")).toContainText("Trùng lịch");
    await expect(page.getByTestId("error-volunteerIds")).toContainText("bàn khác cùng ngày");
    expect(page.url()).toMatch(/\/desks\/new$/);

    // Cancelling needs a reason; then the plan shows it.
    await page.goto(`/desks/${first}/cancel`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Hủy bàn" }).click();
    await expect(page.getByTestId("error-reason")).toContainText("lý do");
    await page.locator("#reason").fill("Mưa lớn, đường vào thôn sạt lở");
    await page.getByRole("button", { name: "Hủy bàn" }).click();
    await savedDesk(page);
    await expect(page.getByTestId("desk-status")).toContainText("Đã hủy");
    await expect(page.getByTestId("desk-cancel-reason")).toHaveText("Mưa lớn, đường vào thôn sạt lở");
  });

  test("closes a held desk with results and sees them on the overview", async ({ page }) => {
    test.slow(); // two forms, the overview twice and two axe scans on a busy 2-core machine
    // Today's desk, nobody on it (so no double booking with the seeded plan), in the last village.
    await page.goto("/desks/new");
    const villages = await page.locator("#villageId option").count();
    await fillDesk(page, { village: villages - 1, day: vnDay(0), place: "Nhà văn hóa (e2e, kết quả)" });
    const villageId = await page.locator("#villageId").inputValue();
    await page.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await page.getByRole("button", { name: "Lưu" }).click();
    const desk = await savedDesk(page);

    const today = vnDay(0);
    const overview = `/?village=${villageId}&channel=mobile_desk&period=custom&from=${today}&to=${today}`;
    await page.goto(overview);
    const before = vn(await page.getByTestId("card-people-value").innerText());

    await page.goto("/map");
    await expect(page.getByTestId("map-box")).toHaveAttribute("data-map-mode", /static|live/); // hydrated
    await page.getByTestId("map-list").locator(`a[href$="/villages/${villageId}"]`).focus(); // starts the live map
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-map-ready", "true", { timeout: 30_000 });
    await expect(page.getByTestId("map-tooltip")).toContainText("Độ phủ");
    const mapBefore = await page.getByTestId("map-tooltip").innerText();

    await page.goto(`/desks/${desk}/close`);
    await expectAccessible(page);
    await page.locator("#peopleServed").fill("23");
    await page.locator("#householdsServed").fill("11");
    await page.locator("#simsGiven").fill("4");
    await page.getByRole("button", { name: "Lưu" }).click();
    await savedDesk(page);
    await expect(page.getByTestId("desk-status")).toContainText("Đã tổ chức");
    await expect(page.getByTestId("result-peopleServed")).toHaveText("23");
    await expect(page.getByTestId("result-simsGiven")).toHaveText("4");
    await expectAccessible(page);

    await page.goto(overview);
    await expect.poll(async () => vn(await page.getByTestId("card-people-value").innerText())).toBe(before + 23);

    // The map follows: the village's last desk is today now (not before). Its tooltip, shown when
    // its entry in the map's accessible list has focus, reads the same figures as the marker.
    await page.goto("/map");
    await expect(page.getByTestId("map-box")).toHaveAttribute("data-map-mode", /static|live/); // hydrated
    await page.getByTestId("map-list").locator(`a[href$="/villages/${villageId}"]`).focus(); // starts the live map
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-map-ready", "true", { timeout: 30_000 });
    await expect(page.getByTestId("map-tooltip")).toContainText(`Bàn lưu động gần nhất: ${today}`);
    expect(mapBefore).not.toContain(`Bàn lưu động gần nhất: ${today}`);
  });

  test("two people edit the same desk: the second save shows the other's change, loses nothing", async ({
    browser,
  }) => {
    test.slow(); // two browser contexts, four forms on a busy 2-core machine
    const as = async () => (await browser.newContext({ storageState: storageStateFor("bithu.haivan") })).newPage();
    const [mine, theirs] = [await as(), await as()];
    const day = vnDay(250 + (Math.floor(Date.now() / 60_000) % 60));
    await fillDesk(mine, { village: 1, day, place: "Nhà văn hóa (e2e, sửa cùng lúc)" });
    await mine.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await mine.getByRole("button", { name: "Lưu" }).click();
    const desk = await savedDesk(mine);

    // Both open the edit form; the other person saves a new place first.
    await mine.goto(`/desks/${desk}/edit`);
    await theirs.goto(`/desks/${desk}/edit`);
    await theirs.locator("#place").fill("Nhà rông thôn (e2e, người kia)");
    await theirs.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await theirs.getByRole("button", { name: "Lưu" }).click();
    await savedDesk(theirs);
    await expect(theirs.getByTestId("desk-place")).toHaveText("Nhà rông thôn (e2e, người kia)");

    // My save with the old version: refused, nothing written, the other's change shown, my note kept.
    await mine.locator("#note").fill("Mang theo máy in (e2e)");
    await mine.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await mine.getByRole("button", { name: "Lưu" }).click();
    const notice = mine.getByTestId("desk-version-conflict");
    await expect(notice).toContainText("Người khác vừa sửa bàn này");
    await expect(notice).toContainText("Nhà rông thôn (e2e, người kia)");
    await expect(mine.locator("#note")).toHaveValue("Mang theo máy in (e2e)");
    expect(mine.url()).toMatch(/\/edit$/);
    await theirs.goto(`/desks/${desk}`);
    await expect(theirs.getByTestId("desk-note")).toHaveCount(0);

    // Saving again, having seen it, writes my version.
    await mine.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
    await mine.getByRole("button", { name: "Lưu" }).click();
    await savedDesk(mine);
    await expect(mine.getByTestId("desk-note")).toHaveText("Mang theo máy in (e2e)");
    await mine.context().close();
    await theirs.context().close();
  });
});

test("the center director assigns a civil servant to the secretary's desk and cannot cancel it", async ({
  browser,
}) => {
  test.slow(); // two accounts, three forms on a busy 2-core machine
  const secretary = await (await browser.newContext({ storageState: storageStateFor("bithu.haivan") })).newPage();
  const day = vnDay(320 + (Math.floor(Date.now() / 60_000) % 40));
  await fillDesk(secretary, { village: 2, day, place: "Nhà văn hóa (e2e, công chức)" });
  await secretary.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
  await secretary.getByRole("button", { name: "Lưu" }).click();
  const desk = await savedDesk(secretary);
  await expect(secretary.getByTestId("desk-civil-servants")).toHaveText("Chưa phân công");
  await secretary.context().close();

  const director = await (await browser.newContext({ storageState: storageStateFor("giamdoc.haivan") })).newPage();
  await director.goto(`/desks/${desk}`);
  for (const name of ["Sửa, dời lịch", "Hủy bàn"]) await expect(director.getByRole("link", { name })).toHaveCount(0);
  const group = director.getByRole("group", { name: "Công chức chuyên môn" });
  const servant = (await group.locator("label").first().innerText()).trim();
  await group.getByLabel(servant, { exact: true }).check();
  await director.getByLabel("Tôi đã xem các cảnh báo và vẫn lưu").check();
  await director.getByRole("button", { name: "Lưu" }).click();
  await expect(director.getByTestId("desk-civil-servants")).toContainText(servant);
  expect((await director.goto(`/desks/${desk}/cancel`))?.status()).toBe(404);
  await director.context().close();
});

test.describe("mobile desks, provincial officer", () => {
  test.use({ storageState: storageStateFor("tinhdoan.danang") });

  test("reads the coverage table and the plan, with no write controls", async ({ page }) => {
    await page.goto("/desks");
    const coverage = page.getByTestId("desk-coverage");
    await expect(coverage).toBeVisible();
    const haiVan = coverage.getByRole("row", { name: /Hải Vân/ });
    await expect(haiVan).toBeVisible();
    // Hải Vân has remote villages and desks this month (the seed plans 2–3 a month per remote village).
    const cells = (await haiVan.locator("td").allInnerTexts()).map(vn);
    expect(cells[0]).toBeGreaterThan(0);
    expect(cells[1]! + cells[2]!).toBeGreaterThan(0);
    await expect(page.getByTestId("desks-read-only")).toBeVisible();
    await expect(page.getByRole("link", { name: "Lập bàn mới" })).toHaveCount(0);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/desks-province.png`, fullPage: true });

    await page.getByTestId("desk-calendar").getByTestId("calendar-desk").first().click();
    await page.waitForURL(/\/desks\/\d+$/);
    await expect(page.getByTestId("desk-village")).toBeVisible();
    for (const name of ["Sửa, dời lịch", "Hủy bàn", "Ghi kết quả", "Sửa kết quả"])
      await expect(page.getByRole("link", { name })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Sao chép sang ngày khác" })).toHaveCount(0);
    await expect(page.locator("main form")).toHaveCount(0);
  });
});

test("another commune's or province's desk id is answered 404 on every desk page, nothing shown", async ({
  browser,
}) => {
  test.slow(); // three accounts, nine page loads on a busy 2-core machine
  const as = async (user: DemoUser) => (await browser.newContext({ storageState: storageStateFor(user) })).newPage();
  const haiVan = await as("bithu.haivan");
  await haiVan.goto("/desks?view=list&month=all&status=planned");
  const link = haiVan.getByTestId("desks-list").locator("tbody tr").first();
  const href = (await link.locator("a").first().getAttribute("href"))!;
  const village = (await link.locator("td").nth(2).innerText()).trim();
  expect(href).toMatch(/^\/desks\/\d+$/);
  expect((await haiVan.goto(href))?.status()).toBe(200);
  for (const user of ["bithu.hoaxuan", "tinhdoan.cantho"] as const) {
    const page = await as(user);
    for (const path of [href, `${href}/edit`, `${href}/cancel`, `${href}/close`]) {
      const response = await page.goto(path);
      expect(response?.status(), `${user} ${path}`).toBe(404);
      expect(await response!.text()).not.toContain(village);
    }
    await page.context().close();
  }
  await haiVan.context().close();
});
