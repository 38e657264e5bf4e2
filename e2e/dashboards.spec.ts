import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "./support/accounts";
import { axeScan } from "./support/axe";

// The overviews' figures must agree with each other on the page (headline = sum of the villages,
// province total = sum of the communes, a commune's row = its own overview), the scope must hold
// (another unit's id → 404), and both pages must pass axe and work by keyboard. The figures are
// checked against raw support_records in lib/overview/queries.test.ts (the e2e server holds the
// PGlite database, so the browser test cannot read it).

/** "1.234" → 1234 (vi-VN grouping). */
const vn = (text: string | null) => Number((text ?? "").replace(/[^\d,]/g, "").replace(",", "."));
const sumOf = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).allTextContents()).reduce((s, x) => s + vn(x), 0);

async function pageAs(browser: Browser, user: DemoUser) {
  const context = await browser.newContext({ storageState: storageStateFor(user) });
  return context.newPage();
}

/** Commune ids a provincial officer's table links to, by commune name. */
async function communeIdsOf(browser: Browser, user: DemoUser) {
  const page = await pageAs(browser, user);
  await page.goto("/province");
  const ids = new Map<string, number>();
  for (const link of await page.getByTestId("commune-row").getByRole("link").all()) {
    const href = (await link.getAttribute("href")) ?? "";
    ids.set((await link.innerText()).trim(), Number(new URL(href, "http://x").searchParams.get("commune")));
  }
  await page.context().close();
  return ids;
}

test.describe("commune overview, as the Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("headline figures equal the sums of the village and channel tables", async ({ page }) => {
    await page.goto("/?period=quarter");
    await expect(page.getByTestId("overview-title")).toContainText("Hải Vân");
    await expect(page.getByTestId("as-of")).toContainText(/Số liệu đến ngày \d{2}\/\d{2}\/\d{4}/);
    const people = vn(await page.getByTestId("card-people-value").innerText());
    expect(people).toBeGreaterThan(0);
    expect(await sumOf(page, "village-people")).toBe(people);
    const channelPeople = (
      await page.getByTestId("channels").locator("tbody tr td:nth-child(3)").allTextContents()
    ).reduce((s, x) => s + vn(x), 0);
    expect(channelPeople).toBe(people);
    const trendSignatures = (
      await page.getByTestId("trend").locator("tbody tr td:nth-child(3)").allTextContents()
    ).reduce((s, x) => s + vn(x), 0);
    expect(trendSignatures).toBe(vn(await page.getByTestId("card-signatures-value").innerText()));
  });

  test("a channel narrows the activity figures, and the cards it cannot narrow say so", async ({ page }) => {
    test.setTimeout(120_000); // four overview loads on a busy 2-core machine
    // A window that ended a week ago: other specs record support today, so these totals hold still.
    const day = (offset: number) =>
      new Date(Date.now() - offset * 86_400_000).toLocaleDateString("en-GB", { timeZone: "Asia/Ho_Chi_Minh" });
    const window = `/?period=custom&from=${day(97)}&to=${day(7)}`;
    await page.goto(window);
    const coverage = await page.getByTestId("card-coverage-value").innerText();
    const people = vn(await page.getByTestId("card-people-value").innerText());
    expect(people).toBeGreaterThan(0);
    await expect(page.getByTestId("card-coverage-note")).toHaveCount(0);
    let sum = 0;
    for (const channel of ["door_to_door", "mobile_desk", "center"]) {
      await page.goto(`${window}&channel=${channel}`);
      const channelPeople = vn(await page.getByTestId("card-people-value").innerText());
      // Narrowed: the headline, the villages and the channel table agree on this channel alone.
      expect(await sumOf(page, "village-people"), channel).toBe(channelPeople);
      const channelRows = page.getByTestId("channels").locator("tbody tr");
      expect(await channelRows.count()).toBeLessThanOrEqual(1);
      if (channelPeople > 0) expect(vn(await channelRows.locator("td:nth-child(3)").textContent())).toBe(channelPeople);
      const served = await sumOf(page, "village-households-served");
      await expect(page.getByTestId("card-coverage")).toContainText(
        `${new Intl.NumberFormat("vi-VN").format(served)} lượt hộ`,
      );
      // Not narrowed, and said so: reach (first support, any channel), proficiency, procedures, load, desks.
      expect(await page.getByTestId("card-coverage-value").innerText(), channel).toBe(coverage);
      for (const note of ["card-coverage-note", "card-proficient-note", "procedures-note", "load-note", "desks-note"]) {
        await expect(page.getByTestId(note), `${note} (${channel})`).toContainText("Không lọc theo hình thức");
      }
      sum += channelPeople;
    }
    // The channels split the whole: nothing counted twice, nothing lost.
    expect(sum).toBe(people);
  });

  test("cannot open another commune's overview or the provincial one", async ({ page, browser }) => {
    const ids = await communeIdsOf(browser, "tinhdoan.danang");
    const hoaXuan = [...ids.entries()].find(([name]) => name.includes("Hòa Xuân"))?.[1];
    expect(hoaXuan).toBeTruthy();
    const response = await page.goto(`/?commune=${hoaXuan}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("card-people-value")).toHaveCount(0);
    expect((await page.goto("/province"))?.status()).toBe(404);
    expect((await page.goto("/?village=abc"))?.status()).toBe(404);
  });

  test("filters and the table toggle work by keyboard", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("preset-quarter").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/period=quarter/);
    const toggle = page.getByTestId("villages").getByText("Xem dạng bảng");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("village-row").first()).toBeVisible();
    await page.getByLabel("Hình thức").selectOption("mobile_desk");
    await page.getByLabel("Hình thức").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Áp dụng" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/channel=mobile_desk/);
  });

  test("the map link carries the overview's period", async ({ page }) => {
    await page.goto("/?period=custom&from=01/10/2026&to=15/11/2026");
    const href = await page.getByTestId("to-map").getAttribute("href");
    expect(new URL(href!, "http://x").searchParams.get("period")).toBe("custom");
    await page.getByTestId("to-map").click();
    await expect(page.getByLabel("Từ ngày")).toHaveValue("01/10/2026");
    await expect(page.getByLabel("Đến ngày")).toHaveValue("15/11/2026");
  });

  test("a custom period with a bad date says so in Vietnamese", async ({ page }) => {
    await page.goto("/?period=custom&from=31/02/2026&to=10/11/2026");
    await expect(page.getByTestId("period-error")).toContainText("Ngày không hợp lệ");
  });

  test("passes an axe scan with no serious or critical violation", async ({ page }) => {
    test.slow(); // axe walks every node of a chart-heavy page: 20 s and more on a busy 2-core machine
    await page.goto("/?period=quarter");
    const { violations } = await axeScan(page);
    expect(
      violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`),
    ).toEqual([]);
  });

  test("a record added on /records shows on the dashboard at once", async ({ page }) => {
    expect((await page.goto("/records"))?.status()).toBe(200);
    // Another spec types records into the same commune today; filter both sides to one village
    // that spec doesn't use (the last in the list) so the difference is ours alone.
    const village = page.locator("#villageId");
    const villageId = await village.locator("option").last().getAttribute("value");
    expect(villageId).toBeTruthy();
    const overview = `/?period=week&village=${villageId}`;
    await page.goto(overview);
    const before = vn(await page.getByTestId("card-people-value").innerText());
    await page.goto("/records");
    await page.locator("#villageId").selectOption(villageId!);
    await page.locator("#memberId").selectOption({ index: 1 });
    await page.locator("#peopleServed").fill("3");
    await page.locator("#householdsServed").fill("1");
    await page.getByRole("button", { name: /Lưu ghi nhận/ }).click();
    await expect(page).toHaveURL(/saved=\d+/);
    await page.goto(overview);
    expect(vn(await page.getByTestId("card-people-value").innerText())).toBe(before + 3);
  });
});

test.describe("provincial overview, as the Đà Nẵng officer", () => {
  test.use({ storageState: storageStateFor("tinhdoan.danang") });

  test("the province total equals the sum of its communes, and each row its commune's overview", async ({ page }) => {
    await page.goto("/province?period=quarter");
    const rows = page.getByTestId("commune-row");
    expect(await rows.count()).toBeGreaterThan(1);
    for (const figure of ["people", "signatures", "sims"]) {
      const cells = await page.locator(`[data-testid^="row-"][data-testid$="-${figure}"]`).allTextContents();
      const total = vn(await page.getByTestId(`total-${figure}`).innerText());
      expect(cells.reduce((s, x) => s + vn(x), 0)).toBe(total);
    }
    const link = rows.first().getByRole("link");
    const id = new URL((await link.getAttribute("href"))!, "http://x").searchParams.get("commune");
    const rowPeople = vn(await page.getByTestId(`row-${id}-people`).innerText());
    await page.goto(`/?commune=${id}&period=quarter`);
    expect(vn(await page.getByTestId("card-people-value").innerText())).toBe(rowPeople);
    await expect(page.getByText("← Về bảng toàn tỉnh")).toBeVisible();
  });

  test("the shared filter bar keeps the sort and opens the province map on the same period", async ({ page }) => {
    await page.goto("/province?sort=name&dir=asc");
    await page.getByTestId("preset-week").click();
    await expect(page).toHaveURL(/period=week/);
    await expect(page).toHaveURL(/sort=name/);
    await page.getByTestId("to-map").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản đồ Thành phố Đà Nẵng");
    await expect(page.getByTestId("preset-week")).toHaveAttribute("aria-current", "true");
    await page.getByTestId("to-overview").click();
    await expect(page).toHaveURL(/\/province\?period=week$/);
  });

  test("sorts through the URL and highlights by the rule in the URL", async ({ page }) => {
    await page.goto("/province?sort=name&dir=asc");
    const names = await page.getByTestId("commune-row").getByRole("link").allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    await page.goto("/province?deskDays=1&behindShare=1");
    await expect(page.getByTestId("commune-row").and(page.locator('[data-behind="true"]')).first()).toBeVisible();
  });

  test("cannot drill into another province", async ({ page, browser }) => {
    const canTho = await communeIdsOf(browser, "tinhdoan.cantho");
    const anyCanTho = [...canTho.values()][0];
    expect((await page.goto(`/?commune=${anyCanTho}`))?.status()).toBe(404);
    await expect(page.getByTestId("card-people-value")).toHaveCount(0);
  });

  test("sets a target with Vietnamese validation, then another province cannot open it", async ({ page, browser }) => {
    await page.goto("/province/targets");
    const form = page.getByTestId("target-form");
    await form.getByLabel("Xã, phường").selectOption({ index: 1 });
    await form.getByLabel("Chỉ số").selectOption("sims_given");
    await form.getByLabel("Chỉ tiêu").fill("0");
    await form.getByLabel("Từ ngày").fill("01/12/2026");
    await form.getByLabel("Đến hạn").fill("01/11/2026");
    await form.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
    await expect(form.getByText("Chỉ tiêu phải là số lớn hơn 0")).toBeVisible();
    await expect(form.getByText("Ngày đến hạn phải sau hoặc bằng ngày bắt đầu.")).toBeVisible();
    await expect(form.getByLabel("Từ ngày")).toHaveValue("01/12/2026");

    const value = String(1000 + Math.floor(Math.random() * 8000));
    await form.getByLabel("Chỉ tiêu").fill(value);
    await form.getByLabel("Đến hạn").fill("31/12/2026");
    await form.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
    await expect(page.getByTestId("target-form-status")).toContainText("Đã lưu chỉ tiêu.");
    const row = page.getByTestId("target-row").filter({ hasText: value.replace(/(\d)(\d{3})$/, "$1.$2") });
    await expect(row).toHaveCount(1);
    const href = (await row.getByRole("link").getAttribute("href"))!;

    const other = await pageAs(browser, "tinhdoan.cantho");
    expect((await other.goto(href))?.status()).toBe(404);
    await other.context().close();
  });

  test("passes an axe scan with no serious or critical violation", async ({ page }) => {
    test.slow(); // axe walks every node of a chart-heavy page: 20 s and more on a busy 2-core machine
    await page.goto("/province");
    const { violations } = await axeScan(page);
    expect(
      violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`),
    ).toEqual([]);
  });
});
