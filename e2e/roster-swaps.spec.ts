import { mkdir } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";

// Swap proposals on the roster (issue 15): the Hải Vân secretary proposes that two duties of her
// center trade members, the director sees the proposal counted on /roster and accepts it, and the
// two duties then show each other's member. Only duties of this month from today on are used
// (roster.spec.ts regenerates next month); only this spec writes swap proposals.

const shots = process.env.SHOTS_DIR ?? "screenshots";
/** Serious and critical accessibility violations of the page as it is now. */
async function blocking(page: Page) {
  const { violations } = await axeScan(page);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

async function shot(page: Page, name: string) {
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/roster-swaps-${name}.png`, fullPage: true });
}

/** Proposal options read as "dd/MM/yyyy · shift · name", valued "id:version". */
type Duty = { value: string; id: string; day: string; name: string; label: string };
const duty = ([value, label]: readonly [string, string]): Duty => {
  const [day, , name] = label.split(" · ").map((s) => s.trim());
  return { value, id: value.split(":")[0]!, day: day!, name: name!, label };
};

test.describe.serial("a swap proposal", () => {
  let first: Duty;
  let second: Duty;
  let requestId = "";

  test("the secretary proposes a swap, with field errors first", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const page = await context.newPage();
    await page.goto("/roster?view=month");
    const form = page.getByTestId("propose-form");
    await expect(form).toBeVisible();
    // Nothing chosen, no reason: a Vietnamese message beside each field.
    await form.getByRole("button", { name: "Gửi đề xuất" }).click();
    await expect(page.getByTestId("propose-firstId-error")).toHaveText("Vui lòng chọn lượt trực.");
    await expect(page.getByTestId("propose-secondId-error")).toHaveText("Vui lòng chọn lượt trực.");
    await expect(page.getByTestId("propose-reason-error")).toHaveText("Vui lòng nêu lý do đề xuất đổi ca.");

    const options = (
      await form
        .getByLabel("Lượt trực thứ nhất")
        .locator("option")
        .evaluateAll((els) =>
          els.map((e) => [(e as HTMLOptionElement).value, e.textContent ?? ""] as const).filter(([v]) => v),
        )
    ).map(duty);
    const on = (day: string, name: string) => options.some((o) => o.day === day && o.name === name);
    const candidates = options.flatMap((a) =>
      options
        .filter((b) => b.day !== a.day && b.name !== a.name && !on(a.day, b.name) && !on(b.day, a.name))
        .map((b) => [a, b] as const),
    );
    expect(candidates.length).toBeGreaterThan(0);

    // The same duty twice: refused beside the second field.
    await form.getByLabel("Lượt trực thứ nhất").selectOption(candidates[0]![0].value);
    await form.getByLabel("Lượt trực thứ hai").selectOption(candidates[0]![0].value);
    await form.getByLabel("Lý do").fill("Đoàn viên bận thi học kỳ");
    await form.getByRole("button", { name: "Gửi đề xuất" }).click();
    await expect(page.getByTestId("propose-secondId-error")).toHaveText("Hãy chọn hai lượt trực khác nhau.");

    // A pair whose members are free on each other's day (a desk or leave is refused: try the next).
    for (const [a, b] of candidates.slice(0, 8)) {
      await page.reload(); // an empty status region, so the next answer is this attempt's
      await page.getByTestId("propose-form").getByLabel("Lượt trực thứ nhất").selectOption(a.value);
      await page.getByTestId("propose-form").getByLabel("Lượt trực thứ hai").selectOption(b.value);
      await page.getByTestId("propose-form").getByLabel("Lý do").fill("Đoàn viên bận thi học kỳ");
      await page.getByTestId("propose-form").getByRole("button", { name: "Gửi đề xuất" }).click();
      const status = page.getByTestId("propose-status");
      await expect(status).not.toBeEmpty();
      if ((await status.innerText()).includes("Đã gửi đề xuất")) {
        [first, second] = [a, b];
        break;
      }
    }
    expect(first, "a swappable pair").toBeTruthy();
    const item = page
      .getByTestId("swap-request")
      .filter({ hasText: first.label })
      .filter({ hasText: second.label })
      .first();
    await expect(item).toHaveAttribute("data-status", "pending");
    await expect(item).toContainText("Chờ duyệt");
    await expect(item).toContainText("Lý do: Đoàn viên bận thi học kỳ");
    // Hers to withdraw, not to accept.
    await expect(item.getByRole("button", { name: "Rút đề xuất" })).toBeVisible();
    await expect(item.getByRole("button", { name: "Chấp nhận và đổi ca" })).toHaveCount(0);
    requestId = (await item.getAttribute("data-id"))!;
    await shot(page, "secretary");
    expect(await blocking(page)).toEqual([]);
    await context.close();
  });

  test("the director sees it pending and accepts: the two duties show each other's member", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("giamdoc.haivan") });
    const page = await context.newPage();
    await page.goto("/roster?view=month");
    await expect(page.getByTestId("swap-pending-link")).toContainText("đề xuất chờ duyệt");
    await expect(page.getByTestId("swap-requests-count")).toContainText("đề xuất chờ duyệt");
    const item = page.locator(`[data-testid=swap-request][data-id="${requestId}"]`);
    await expect(item).toHaveAttribute("data-status", "pending");
    await expect(item.getByRole("button", { name: "Rút đề xuất" })).toHaveCount(0);
    await shot(page, "director");

    // Declining needs a note.
    await item.getByRole("button", { name: "Từ chối" }).click();
    await expect(page.getByTestId(`decline-${requestId}-note-error`)).toHaveText("Vui lòng ghi lý do từ chối.");
    expect(await blocking(page)).toEqual([]);

    await item.getByRole("button", { name: "Chấp nhận và đổi ca" }).click();
    await expect(page.getByTestId(`accept-${requestId}-status`)).toContainText("Đã chấp nhận");
    await expect(item).toHaveAttribute("data-status", "accepted");
    await page.reload();
    await expect(page.locator(`a[href="/roster/entries/${first.id}"]`)).toHaveText(second.name);
    await expect(page.locator(`a[href="/roster/entries/${second.id}"]`)).toHaveText(first.name);
    await expect(page.locator(`[data-testid=swap-request][data-id="${requestId}"]`)).toContainText("Đã chấp nhận");
    await shot(page, "accepted");
    await context.close();
  });

  test("the secretary sees it accepted, with nothing left to withdraw", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const page = await context.newPage();
    await page.goto("/roster?view=month");
    const item = page.locator(`[data-testid=swap-request][data-id="${requestId}"]`);
    await expect(item).toHaveAttribute("data-status", "accepted");
    await expect(item.getByRole("button")).toHaveCount(0);
    await context.close();
  });

  test("the provincial officer reads proposals but may not propose or decide", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("tinhdoan.danang") });
    const page = await context.newPage();
    await page.goto("/roster?view=month");
    await expect(page.getByTestId("swap-requests")).toBeVisible();
    await expect(page.getByTestId("propose-form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Chấp nhận và đổi ca" })).toHaveCount(0);
    await context.close();
  });
});
