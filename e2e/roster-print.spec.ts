import { mkdir, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { storageStateFor } from "./support/accounts";

// Issue 15: the weekly and the monthly roster each print on one A4 sheet, landscape as the page's
// @page rule asks, with the center's name, the period and the director's signature line. Printed
// by the browser (page.pdf, the page's own CSS page size) and read back with unpdf. Read-only: the
// demo center's roster of this week and this month (seeded three weeks ahead).

const shots = process.env.SHOTS_DIR ?? "screenshots";

for (const view of ["week", "month"] as const) {
  test.describe(`the ${view} roster of the demo center`, () => {
    test.use({ storageState: storageStateFor("giamdoc.haivan") });

    test("prints on exactly one A4 landscape page with the center, the period and the signature line", async ({
      page,
    }) => {
      await page.goto(`/roster?view=${view}`);
      await expect(page.getByTestId(`roster-${view}`)).toBeVisible();
      await expect(page.getByTestId("roster-person").first()).toBeVisible();
      const center = (await page.getByTestId("roster-center").innerText()).trim();
      const period = (await page.getByTestId("roster-period").innerText()).trim();
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", landscape: true, preferCSSPageSize: true, printBackground: true });
      await mkdir(shots, { recursive: true });
      await writeFile(`${shots}/roster-print-${view}.pdf`, pdf);

      const doc = await getDocumentProxy(new Uint8Array(pdf));
      expect(doc.numPages).toBe(1);
      const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
      // A4 landscape in points (842 × 595).
      expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
      const { text } = await extractText(doc, { mergePages: true });
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain(center);
      expect(flat).toContain(period.split("·")[0]!.trim());
      expect(flat).toContain("Giám đốc Trung tâm");
      expect(flat).toContain("(Ký, ghi rõ họ tên)");
    });
  });
}

test.describe("a crowded six-week month", () => {
  test.use({ storageState: storageStateFor("giamdoc.haivan") });

  test("still prints on one A4 landscape page", async ({ page }) => {
    // August 2027 starts on a Sunday: six week rows. Six people a day, weekends too, is more
    // than a ward center staffs; only this test writes that month.
    const from = "2027-08-01";
    await page.goto(`/roster/manage?date=${from}`);
    const form = page.getByTestId("generate-form");
    await form.getByLabel("Từ ngày").fill(from);
    await form.getByLabel("Đến ngày").fill("2027-08-31");
    await form.getByLabel("Số người mỗi ngày (k)").fill("6");
    await form.getByLabel("Số người trực thứ Bảy (0 = nghỉ)").fill("6");
    await form.getByLabel("Số người trực Chủ nhật (0 = nghỉ)").fill("6");
    await form.getByRole("button", { name: "Lập lịch" }).click();
    await expect(page.getByTestId("generate-status")).toContainText("Đã lập lịch");

    await page.goto(`/roster?view=month&date=${from}`);
    await expect(page.getByTestId("roster-person").first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", landscape: true, preferCSSPageSize: true, printBackground: true });
    await mkdir(shots, { recursive: true });
    await writeFile(`${shots}/roster-print-month-crowded.pdf`, pdf);
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBe(1);
    const { text } = await extractText(doc, { mergePages: true });
    expect(text.replace(/\s+/g, " ")).toContain("(Ký, ghi rõ họ tên)");
  });
});
