import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";
import { download, lastMonth, pdfText, recountPeople, vn } from "./support/reports";

// The service-center director's report as the Hải Vân director prints it: chosen on /reports
// (the center report is the director's default kind), the preview printed by the browser
// (page.pdf) and the PDF of the download button, read back with unpdf: the state body's heading
// (the commune's People's Committee and the center, the national name and motto), the period,
// the director's signature block, and the people helped at the center against a recount from the
// raw records (the records export filtered to the channel "center"; the report reads the
// rollups). Other specs add records in parallel: the recount is taken right before and after the
// PDF and must not have moved. Issued, it is numbered "…/BC-TTPVHCC" and frozen; the commune's
// secretary reads it, another commune's secretary gets 404.

function expectDocument(text: string, period: string) {
  for (const line of [
    "UBND PHƯỜNG HẢI VÂN",
    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "/BC-TTPVHCC",
    "BÁO CÁO",
    `Kết quả hỗ trợ người dân tại Trung tâm Phục vụ hành chính công ${period}`,
    "Hải Vân, ngày",
    "Số liệu tính đến",
    "Lịch trực tại Trung tâm",
    "GIÁM ĐỐC",
    "Trần Thị Minh Thư",
    "Nơi nhận:",
  ])
    expect(text, line).toContain(line);
  expect(text).not.toContain("T/M BAN THƯỜNG VỤ");
  expect(text).not.toContain("BÍ THƯ");
}

test.describe("the Hải Vân service center's report", () => {
  test.use({ storageState: storageStateFor("giamdoc.haivan") });

  test("the director previews, prints and downloads last month's report; the total equals a recount; issues it", async ({
    page,
    browser,
  }) => {
    test.slow(); // two PDFs and the document built several times on a busy machine
    const month = lastMonth();

    await page.goto("/reports");
    await expect(page.getByTestId("report-kind")).toHaveValue("center");
    await page.getByTestId("open-preview").click();
    await expect(page.getByTestId("report-document")).toBeVisible();
    expect(page.url()).toContain("kind=center");
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain('data-testid="report-svg-center-trend"');
    await expect(page.getByTestId("report-table-center-roster")).toBeVisible();
    await expect(page.getByTestId("report-table-center-helpers")).toBeVisible();
    if (process.env.REPORT_PDF_OUT)
      await page.screenshot({ path: `${process.env.REPORT_PDF_OUT}-center-preview.png`, fullPage: true });

    await expect(async () => {
      const before = await recountPeople(page.request, month.from, month.to, "center");
      await page.reload();
      const printedBytes = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      if (process.env.REPORT_PDF_OUT) await writeFile(`${process.env.REPORT_PDF_OUT}-center-print.pdf`, printedBytes);
      const downloadedBytes = await download(page, "download-pdf");
      if (process.env.REPORT_PDF_OUT) await writeFile(`${process.env.REPORT_PDF_OUT}-center.pdf`, downloadedBytes);
      const printed = await pdfText(printedBytes.slice());
      const downloaded = await pdfText(downloadedBytes);
      const after = await recountPeople(page.request, month.from, month.to, "center");
      expect(after, "no record came in meanwhile").toBe(before);
      expect(after).toBeGreaterThan(0);
      for (const { text, totalPages } of [printed, downloaded]) {
        expectDocument(text, month.label);
        expect(text).toContain(vn.format(after));
        expect(totalPages).toBeGreaterThanOrEqual(1);
        expect(totalPages).toBeLessThanOrEqual(6);
      }
      // The first row of the headline table: people helped at the center in the period.
      const firstRow = page.getByTestId("report-table-center-records").locator("tbody tr").first();
      expect(await firstRow.locator("td").nth(1).textContent()).toBe(vn.format(after));
    }).toPass({ timeout: 120_000 });

    const xlsx = await download(page, "download-xlsx");
    expect(Buffer.from(xlsx.slice(0, 2)).toString()).toBe("PK");

    // Issue it: numbered under the center, frozen, listed.
    await page.getByLabel("Đánh giá chung (ưu điểm, hạn chế)").fill("Trung tâm bố trí đủ đoàn viên trực các ngày.");
    await page.getByLabel("Phương hướng, nhiệm vụ thời gian tới").fill("Bổ sung ca chiều vào cuối tháng.");
    await page.getByRole("button", { name: "Ban hành" }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    const reportUrl = new URL(page.url()).pathname;
    const reportId = reportUrl.split("/").pop();
    await expect(page.getByTestId("report-frozen")).toBeVisible();
    await expect(page.getByTestId("report-number")).toHaveText(/Số: \d+\/BC-TTPVHCC/);
    const frozenPeople = await page
      .getByTestId("report-table-center-records")
      .locator("tbody tr")
      .first()
      .locator("td")
      .nth(1)
      .textContent();
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const issued = await pdfText(await download(page, "download-pdf"));
    expectDocument(issued.text, month.label);
    expect(issued.text).toContain("Trung tâm bố trí đủ đoàn viên trực các ngày.");
    expect(issued.text).toContain(frozenPeople!);
    expect(issued.text).not.toContain("DỰ THẢO");
    await page.goto("/reports");
    await expect(page.getByTestId("issued-reports").locator(`a[href="${reportUrl}"]`)).toBeVisible();

    // The commune's secretary reads it (no issue form there); another commune's secretary gets 404.
    const own = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const ownPage = await own.newPage();
    expect((await ownPage.goto(reportUrl))?.status()).toBe(200);
    await expect(ownPage.getByTestId("report-document")).toContainText("Trung tâm bố trí đủ đoàn viên trực các ngày.");
    await expect(ownPage.getByTestId("issue-form")).toHaveCount(0);
    await own.close();

    const other = await browser.newContext({ storageState: storageStateFor("bithu.hoaxuan") });
    const otherPage = await other.newPage();
    expect((await otherPage.goto(reportUrl))?.status()).toBe(404);
    expect(await otherPage.content()).not.toContain("Trung tâm bố trí đủ đoàn viên trực các ngày.");
    expect((await otherPage.request.get(`/reports/export?format=pdf&id=${reportId}`)).status()).toBe(403);
    await other.close();
  });

  test("another commune's center does not exist for the director", async ({ page, browser }) => {
    // Hòa Xuân's center id, as its own secretary's preview names it.
    const other = await browser.newContext({ storageState: storageStateFor("bithu.hoaxuan") });
    const otherPage = await other.newPage();
    await otherPage.goto("/reports/preview?kind=center&period=month");
    await expect(otherPage.getByTestId("report-document")).toBeVisible();
    const href = await otherPage.getByTestId("download-pdf").getAttribute("href");
    const centerId = new URLSearchParams(href!.split("?")[1]).get("center");
    await expect(otherPage.getByTestId("issue-form")).toHaveCount(0);
    await other.close();
    expect(Number(centerId)).toBeGreaterThan(0);

    const response = await page.goto(`/reports/preview?kind=center&center=${centerId}&period=month`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain("HÒA XUÂN");
    expect((await page.request.get(`/reports/export?format=pdf&kind=center&center=${centerId}`)).status()).toBe(403);
  });
});
