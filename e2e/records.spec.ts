import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// Support records as the Hải Vân secretary: typing a stack of paper forms with the keyboard only,
// a refused counter, edit and delete, the export, and other communes' ids answered with 404.
// Other specs run beside this one: no totals are asserted, only this spec's own records.

const shots = process.env.RECORDS_SCREENSHOTS ?? "test-results/records-screens";

/** The id of the record just saved, once the page shows a banner for a record other than `previous`. */
async function savedId(page: Page, previous?: number): Promise<number> {
  await page.waitForURL((url) => url.searchParams.has("saved") && url.searchParams.get("saved") !== String(previous));
  const banner = page.getByTestId("saved-banner");
  await expect(banner).toBeVisible();
  const id = Number(/#(\d+)/.exec(await banner.innerText())![1]);
  expect(id).not.toBe(previous);
  return id;
}

/** Moves focus with Tab and checks it landed on the expected field. */
async function tabTo(page: Page, selector: string) {
  await page.keyboard.press("Tab");
  await expect(page.locator(selector)).toBeFocused();
}

test.describe("support records, Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("three paper forms typed with the keyboard only; the form remembers date, channel and village", async ({
    page,
  }) => {
    await page.goto("/records");
    await expect(page.getByRole("heading", { name: "Ghi nhận hỗ trợ" })).toBeVisible();
    const date = page.locator("#servedOn");
    await expect(date).toBeFocused();
    const today = await date.inputValue();
    expect(today).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // Form 1: door to door, household HV-TL-0001 (its village is pre-selected), a procedure ticked.
    await tabTo(page, "#channel");
    await expect(page.locator("#channel")).toHaveValue("door_to_door");
    await tabTo(page, "#villageId");
    await tabTo(page, "#householdCode");
    await page.keyboard.type("HV-TL-0001");
    await expect(page.getByTestId("household-found")).toContainText("Tà Lang");
    const taLang = await page.locator("#villageId").inputValue();
    expect(taLang).not.toBe("");
    await tabTo(page, "#memberId");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#peopleServed");
    await page.keyboard.type("3");
    await tabTo(page, "#householdsServed");
    await page.keyboard.type("1");
    await tabTo(page, "#eidActivated");
    await page.keyboard.type("2");
    for (const field of [
      "signaturesInstalled",
      "simsGiven",
      "dossiersSubmitted",
      "paymentAppsInstalled",
      "smartphonesDonated",
    ])
      await tabTo(page, `#${field}`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page.locator('input[name="procedures"][value="eid_level2"]')).toBeChecked();
    await page.keyboard.press("Enter");
    const first = await savedId(page);

    // The next form starts where the last one left off, focus back on the first field.
    await expect(date).toBeFocused();
    await expect(date).toHaveValue(today);
    await expect(page.locator("#channel")).toHaveValue("door_to_door");
    await expect(page.locator("#villageId")).toHaveValue(taLang);
    await expect(page.locator("#householdCode")).toHaveValue("");
    await expect(page.locator("#peopleServed")).toHaveValue("");

    // Form 2: same village, no household.
    await tabTo(page, "#channel");
    await tabTo(page, "#villageId");
    await tabTo(page, "#householdCode");
    await tabTo(page, "#memberId");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#peopleServed");
    await page.keyboard.type("5");
    await tabTo(page, "#householdsServed");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    const second = await savedId(page, first);

    // Form 3: at the center.
    await expect(date).toBeFocused();
    await tabTo(page, "#channel");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#channel")).toHaveValue("center");
    await tabTo(page, "#villageId");
    await tabTo(page, "#householdCode");
    await tabTo(page, "#memberId");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#peopleServed");
    await page.keyboard.type("12");
    await tabTo(page, "#householdsServed");
    await page.keyboard.type("4");
    await tabTo(page, "#eidActivated");
    await tabTo(page, "#signaturesInstalled");
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    const third = await savedId(page, second);
    await expect(page.locator("#channel")).toHaveValue("center");
    await expect(page.locator("#villageId")).toHaveValue(taLang);
    await expect(page).toHaveURL(/channel=center/);

    // All three are in today's list below the form.
    const day = page.getByTestId("day-records");
    for (const id of [first, second, third]) await expect(day.locator(`tr[data-record-id="${id}"]`)).toBeVisible();
    await expect(day.locator(`tr[data-record-id="${first}"]`)).toContainText("HV-TL-0001");
    await expect(day.locator(`tr[data-record-id="${third}"]`)).toContainText("Tại Trung tâm");

    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/records-entry.png`, fullPage: true });
  });

  test("a bad counter shows the Vietnamese message next to the field and saves nothing", async ({ page }) => {
    await page.goto("/records");
    const before = await page.getByTestId("day-count").innerText();
    await page.locator("#householdCode").fill("HV-TL-0002");
    await expect(page.getByTestId("household-found")).toBeVisible();
    await page.locator("#memberId").selectOption({ index: 1 });
    await page.locator("#peopleServed").fill("-3");
    await page.locator("#simsGiven").fill("9000");
    await page.locator("#simsGiven").press("Enter");

    await expect(page.getByTestId("error-peopleServed")).toHaveText("Không được nhỏ hơn 0.");
    await expect(page.getByTestId("error-simsGiven")).toHaveText("Quá lớn cho một lượt hỗ trợ (tối đa 500).");
    await expect(page.getByTestId("form-error")).toContainText("Dữ liệu chưa hợp lệ");
    await expect(page.locator("#peopleServed")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#peopleServed")).toBeFocused();
    // The user's input is kept; nothing was saved.
    await expect(page.locator("#householdCode")).toHaveValue("HV-TL-0002");
    await expect(page.locator("#peopleServed")).toHaveValue("-3");
    await expect(page).not.toHaveURL(/saved=/);
    await page.goto("/records");
    await expect(page.getByTestId("day-count")).toHaveText(before);
  });

  test("a record is edited, another deleted with a confirmation", async ({ page }) => {
    await page.goto("/records");
    const enter = async (people: string, previous?: number) => {
      await page.locator("#villageId").selectOption({ index: 1 });
      await page.locator("#memberId").selectOption({ index: 1 });
      await page.locator("#peopleServed").fill(people);
      await page.getByRole("button", { name: "Lưu ghi nhận" }).click();
      return savedId(page, previous);
    };
    const kept = await enter("4");
    const doomed = await enter("6", kept);

    const row = page.getByTestId("day-records").locator(`tr[data-record-id="${kept}"]`);
    await row.getByRole("link", { name: `Sửa #${kept}` }).click();
    await expect(page.getByRole("heading", { name: `Sửa ghi nhận #${kept}` })).toBeVisible();
    await expect(page.locator("#peopleServed")).toHaveValue("4");
    await page.locator("#peopleServed").fill("9");
    await page.locator("#householdsServed").fill("3");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(page).toHaveURL(/\/records\?date=/);
    const edited = page.getByTestId("day-records").locator(`tr[data-record-id="${kept}"]`);
    await expect(edited.locator("td").nth(7)).toHaveText("9");

    const target = page.getByTestId("day-records").locator(`tr[data-record-id="${doomed}"]`);
    await target.getByRole("button", { name: `Xóa #${doomed}` }).click();
    await expect(target).toContainText(`Xóa ghi nhận #${doomed}?`);
    await target.getByRole("button", { name: "Xóa hẳn" }).click();
    await expect(page.getByTestId("day-records").locator(`tr[data-record-id="${doomed}"]`)).toHaveCount(0);
    await expect(page.getByTestId("day-records").locator(`tr[data-record-id="${kept}"]`)).toBeVisible();
  });

  test("the list filters and sorts in the URL and exports CSV and Excel in scope", async ({ page }) => {
    await page.goto("/records/list?channel=center&sort=peopleServed&dir=desc");
    await expect(page.getByTestId("records-table")).toBeVisible();
    const channels = await page.getByTestId("records-table").locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(new Set(channels)).toEqual(new Set(["Tại Trung tâm"]));
    const people = (await page.getByTestId("records-table").locator("tbody tr td:nth-child(8)").allInnerTexts()).map(
      (t) => Number(t.replace(/\./g, "")),
    );
    expect(people).toEqual([...people].sort((a, b) => b - a));

    const csv = await page.request.get("/records/export?channel=center&format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.body()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Ngày hỗ trợ");
    expect(text).toContain("Tại Trung tâm");
    expect(text).not.toContain("Tận nhà (1+20)");
    expect(text).not.toMatch(/HX-/);

    const xlsx = await page.request.get("/records/export?format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("the funnel page shows a village's steps and the households not reached yet", async ({ page }) => {
    await page.goto("/records/funnel");
    await expect(page.getByRole("heading", { name: "Tiến độ chuyển đổi số theo hộ" })).toBeVisible();
    await expect(page.getByTestId("funnel-steps")).toContainText("Định danh điện tử mức 2");
    await expect(page.getByTestId("funnel-households")).not.toHaveText("0");
    await expect(page.getByTestId("not-reached").or(page.getByTestId("not-reached-empty"))).toBeVisible();
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/records-funnel.png`, fullPage: true });
  });
});

test.describe("another commune's records", () => {
  test("a Hòa Xuân record's edit page and village funnel are 404 for the Hải Vân secretary; the export refuses anonymous visitors", async ({
    browser,
  }) => {
    const hoaXuan = await browser.newContext({ storageState: storageStateFor("bithu.hoaxuan") });
    const hx = await hoaXuan.newPage();
    await hx.goto("/records/list");
    const id = await hx.getByTestId("records-table").locator("tbody tr").first().getAttribute("data-record-id");
    expect(id).toMatch(/^\d+$/);
    await hx.goto("/records/funnel");
    const village = await hx.locator('select[name="village"]').inputValue();
    await hoaXuan.close();

    const haiVan = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const hv = await haiVan.newPage();
    const edit = await hv.goto(`/records/${id}/edit`);
    expect(edit?.status()).toBe(404);
    await expect(hv.getByText("Không tìm thấy trang")).toBeVisible();
    await expect(hv.locator("#peopleServed")).toHaveCount(0);
    const funnel = await hv.goto(`/records/funnel?village=${village}`);
    expect(funnel?.status()).toBe(404);
    await haiVan.close();

    const anonymous = await browser.newContext();
    const response = await anonymous.request.get("/records/export?format=csv", { maxRedirects: 0 });
    expect([302, 303, 307, 401]).toContain(response.status());
    expect((await response.body()).toString()).not.toContain("Ngày hỗ trợ");
    await anonymous.close();
  });
});
