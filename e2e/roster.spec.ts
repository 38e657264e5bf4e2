import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { storageStateFor } from "./support/accounts";

// The service-center duty roster as the Hải Vân director uses it: generate next month, swap two
// members, record leave and generate again (the member is gone from the month), print the week on
// one A4 page; the secretary only reads; another commune's entry id leads nowhere and changes
// nothing. Only this spec writes Hải Vân's roster for next month; other specs only read rosters.

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of next month, in the browser's (Vietnam's) calendar as the server sees it. */
function nextMonthStart(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return iso(new Date(Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1)));
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/roster-${name}.png`, fullPage: true });
}

/** Swap options read as "dd/MM/yyyy · shift · name". */
const parse = (value: string, label: string) => {
  const [day, , name] = label.split(" · ").map((s) => s.trim());
  return { value, day: day!, name: name! };
};

test.describe.serial("the Hải Vân center director", () => {
  test.use({ storageState: storageStateFor("giamdoc.haivan") });
  let start = "";

  test("generates next month, swaps two members, records leave and generates again", async ({ page }) => {
    await page.goto("/roster");
    await expect(page.getByTestId("roster-center")).toContainText("Trung tâm Phục vụ hành chính công");
    await shot(page, "week");
    await page.getByRole("link", { name: "Lập và sửa lịch" }).click();
    start = await page.getByLabel("Từ ngày").first().inputValue();
    expect(start.endsWith("-01")).toBe(true);

    // Bad input first: the period's end before its start → the message beside the field.
    const generate = page.getByTestId("generate-form");
    await generate.getByLabel("Đến ngày").fill(start);
    await generate.getByLabel("Từ ngày").fill(iso(new Date(Date.parse(start) + 5 * 86_400_000)));
    await generate.getByRole("button", { name: "Lập lịch" }).click();
    await expect(page.getByTestId("generate-to-error")).toHaveText("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.");
    await generate.getByLabel("Từ ngày").fill(start);
    const end = iso(new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 0)));
    await generate.getByLabel("Đến ngày").fill(end);
    await generate.getByRole("button", { name: "Lập lịch" }).click();
    await expect(page.getByTestId("generate-status")).toContainText("Đã lập lịch");
    await shot(page, "manage");

    // Swap: two duties of different members on different days, neither already on the other's day.
    await page.goto(`/roster/manage?date=${start}`);
    const options = await page
      .getByTestId("swap-form")
      .getByLabel("Lượt trực thứ nhất")
      .locator("option")
      .evaluateAll((els) =>
        els.map((e) => [(e as HTMLOptionElement).value, e.textContent ?? ""] as const).filter(([v]) => v),
      );
    const entries = options.map(([v, l]) => parse(v, l));
    const on = (day: string, name: string) => entries.some((e) => e.day === day && e.name === name);
    const a = entries[0]!;
    const b = entries.find((e) => e.day !== a.day && e.name !== a.name && !on(a.day, e.name) && !on(e.day, a.name))!;
    await page.getByTestId("swap-form").getByLabel("Lượt trực thứ nhất").selectOption(a.value);
    await page.getByTestId("swap-form").getByLabel("Lượt trực thứ hai").selectOption(b.value);
    await page.getByRole("button", { name: "Đổi ca" }).click();
    await expect(page.getByTestId("swap-status")).toContainText("Đã đổi ca");
    await page.reload();
    const after = (
      await page.getByTestId("swap-form").getByLabel("Lượt trực thứ nhất").locator("option").allTextContents()
    ).join("\n");
    expect(after).toContain(`${a.day} · Cả ngày · ${b.name}`);
    expect(after).toContain(`${b.day} · Cả ngày · ${a.name}`);

    // Leave for the whole month, then generate again: the member is on no duty of the month.
    const leave = page.getByTestId("leave-form");
    await leave.getByLabel("Đoàn viên").selectOption({ label: a.name });
    const memberId = await leave.getByLabel("Đoàn viên").inputValue();
    await leave.getByLabel("Từ ngày").fill(start);
    await leave.getByLabel("Đến ngày").fill(end);
    await leave.getByLabel("Lý do").fill("Thi học kỳ");
    await leave.getByRole("button", { name: "Ghi nhận" }).click();
    await expect(page.getByTestId("leave-status")).toContainText("Đã ghi nhận nghỉ phép");
    await page.getByTestId("generate-form").getByRole("button", { name: "Lập lịch" }).click();
    await expect(page.getByTestId("generate-status")).toContainText("Đã lập lịch");
    await page.goto(`/roster?view=month&date=${start}&member=${memberId}`);
    await expect(page.getByTestId("roster-month")).toBeVisible();
    await expect(page.getByTestId("roster-person")).toHaveCount(0);
    await page.goto(`/roster?view=month&date=${start}`);
    await expect(page.getByTestId("roster-person").first()).toBeVisible();
    await expect(page.getByTestId("roster-leave")).toContainText(a.name);
    await shot(page, "month");
  });

  test("prints the week on one A4 page with the center's name and the signature line", async ({ page }) => {
    // The second week of next month: whole, and generated by the test above.
    const day = iso(new Date(Date.parse(start || nextMonthStart(iso(new Date()))) + 8 * 86_400_000));
    await page.goto(`/roster?view=week&date=${day}`);
    const center = (await page.getByTestId("roster-center").innerText()).trim();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile("screenshots/roster-week.pdf", pdf);
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBe(1);
    const { text } = await extractText(doc, { mergePages: true });
    expect(text).toContain(center);
    expect(text).toContain("Giám đốc Trung tâm");
    expect(text).toContain("(Ký, ghi rõ họ tên)");
    const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
    // A4 landscape in points (842 × 595).
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });
});

test.describe("the Hải Vân director's overview", () => {
  test.use({ storageState: storageStateFor("giamdoc.haivan") });

  test("counts this month's roster gaps, as many as the roster's month shows", async ({ page }) => {
    /** The first number of a line, 0 when it has none ("no gaps"). */
    const days = (text: string) => Number(/\d+/.exec(text)?.[0] ?? 0);
    await page.goto("/");
    const card = page.getByTestId("roster-gaps");
    await expect(card).toBeVisible();
    const onOverview = days(await card.locator("[data-testid^=roster-gaps-count-]").first().innerText());
    await card.getByRole("link", { name: "Xem lịch trực" }).first().click();
    await expect(page).toHaveURL(/\/roster\?.*view=month/);
    expect(days(await page.getByTestId("roster-gap-count").innerText())).toBe(onOverview);
  });
});

test.describe("another commune's entry", () => {
  test("leads nowhere for the Hải Vân director, and a forged id in the form changes nothing", async ({ browser }) => {
    const cantho = await browser.newContext({ storageState: storageStateFor("tinhdoan.cantho") });
    const officerPage = await cantho.newPage();
    await officerPage.goto("/roster?view=month");
    const href = await officerPage.getByTestId("roster-person").first().getByRole("link").getAttribute("href");
    const foreignId = href!.split("/").pop()!;
    await officerPage.goto(href!);
    const before = await officerPage.getByTestId("roster-entry").innerText();
    await expect(officerPage.getByText("Bạn chỉ được xem lịch trực.")).toBeVisible();

    const director = await browser.newContext({ storageState: storageStateFor("giamdoc.haivan") });
    const page = await director.newPage();
    const response = await page.goto(`/roster/entries/${foreignId}`);
    expect(response?.status()).toBe(404);

    await page.goto("/roster?view=month");
    await page.getByTestId("roster-person").first().getByRole("link").click();
    await expect(page.getByTestId("entry-edit-form")).toBeVisible();
    await page
      .getByTestId("entry-edit-form")
      .locator('input[name="id"]')
      .evaluate((el, id) => ((el as HTMLInputElement).value = id), foreignId);
    await page.getByTestId("entry-edit-form").getByLabel("Nhiệm vụ").fill("Sửa trái phép");
    await page.getByTestId("entry-edit-form").getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("entry-edit-status")).toContainText("Không tìm thấy dữ liệu");

    await officerPage.reload();
    expect(await officerPage.getByTestId("roster-entry").innerText()).toBe(before);
    await cantho.close();
    await director.close();
  });
});

test.describe("the Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("reads the roster but cannot write it", async ({ page }) => {
    await page.goto("/roster?view=month");
    await expect(page.getByTestId("roster-person").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Lập và sửa lịch" })).toHaveCount(0);
    const response = await page.goto("/roster/manage");
    expect(response?.status()).toBe(404);
    await page.goto("/roster?view=month");
    await page.getByTestId("roster-person").first().getByRole("link").click();
    await expect(page.getByText("Bạn chỉ được xem lịch trực.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Lưu" })).toHaveCount(0);
    // The month as a file: the same entries, in scope.
    const csv = await page.request.get("/roster/export?view=month&format=csv");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Ngày");
  });
});
