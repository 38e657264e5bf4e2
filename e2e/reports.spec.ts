import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";
import { download, lastMonth, pdfText, recountPeople, vn } from "./support/reports";

// The commune report as a secretary prints and sends it: the preview printed by the browser
// (page.pdf) and the PDF the download button gives, read back with unpdf: heading lines, period,
// signature block, and the period's total against a recount from the raw records (the records
// export, which reads support_records, not the rollups the report reads). Other specs add records
// in parallel: the recount is taken right before and after the PDF and must not have moved.

function expectDocument(text: string, period: string) {
  for (const line of [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN THÀNH PHỐ ĐÀ NẴNG",
    "BCH ĐOÀN PHƯỜNG HẢI VÂN",
    "-BC/ĐTN",
    "BÁO CÁO",
    `Kết quả thực hiện mô hình “1+20” ${period}`,
    "Hải Vân, ngày",
    "Số liệu tính đến",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Nơi nhận:",
  ]) {
    expect(text, line).toContain(line);
  }
}

test.describe("the Hải Vân secretary's monthly report", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });

  test("prints, downloads, issues and reopens last month's report; another commune cannot open it", async ({
    page,
    browser,
  }) => {
    test.slow(); // two PDFs, a build of the document four times and an issue on a busy machine
    const month = lastMonth();

    await page.goto("/reports");
    await expect(page.getByTestId("report-picker")).toBeVisible();
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.getByTestId("open-preview").click();
    await expect(page.getByTestId("report-document")).toBeVisible();
    expect(page.url()).toContain("/reports/preview");
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Charts are server-rendered SVG: present in the HTML as sent.
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain('data-testid="report-svg-trend"');

    // The browser's print of the preview and the download button's file, each against a recount.
    await expect(async () => {
      const before = await recountPeople(page.request, month.from, month.to);
      await page.reload();
      const printedBytes = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      // REPORT_PDF_OUT=<stem>: keep the browser's print to look at its pages (README).
      if (process.env.REPORT_PDF_OUT) await writeFile(`${process.env.REPORT_PDF_OUT}-print.pdf`, printedBytes);
      const printed = await pdfText(printedBytes.slice());
      const downloaded = await pdfText(await download(page, "download-pdf"));
      const after = await recountPeople(page.request, month.from, month.to);
      expect(after, "no record came in meanwhile").toBe(before);
      for (const { text, totalPages } of [printed, downloaded]) {
        expectDocument(text, month.label);
        expect(text).toContain(vn.format(after));
        expect(totalPages).toBeGreaterThanOrEqual(1);
        expect(totalPages).toBeLessThanOrEqual(6);
      }
      expect(await page.getByTestId("report-total-villages").locator("td").last().textContent()).toBe(vn.format(after));
    }).toPass({ timeout: 120_000 });

    // The tables as .xlsx.
    const xlsx = await download(page, "download-xlsx");
    expect(Buffer.from(xlsx.slice(0, 2)).toString()).toBe("PK");

    // Issue it: the figures are frozen.
    await page.getByLabel("Đánh giá chung (ưu điểm, hạn chế)").fill("Các chi đoàn hoàn thành tốt nhiệm vụ.");
    await page.getByLabel("Phương hướng, nhiệm vụ thời gian tới").fill("Tiếp tục hỗ trợ các hộ ở Tà Lang, Giàn Bí.");
    await page.getByRole("button", { name: "Ban hành" }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    const reportUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId("report-frozen")).toBeVisible();
    await expect(page.getByTestId("report-number")).not.toHaveText(/Số:\s+-BC/);
    const frozenTotal = await page.getByTestId("report-total-villages").locator("td").last().textContent();
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const issued = await pdfText(await download(page, "download-pdf"));
    expectDocument(issued.text, month.label);
    expect(issued.text).toContain("Các chi đoàn hoàn thành tốt nhiệm vụ.");
    expect(issued.text).toContain(frozenTotal!);
    await page.reload();
    expect(await page.getByTestId("report-total-villages").locator("td").last().textContent()).toBe(frozenTotal);
    await page.goto("/reports");
    await expect(page.getByTestId("issued-reports").locator(`a[href="${reportUrl}"]`)).toBeVisible();

    // Another commune's secretary: the report does not exist, nor its file.
    const other = await browser.newContext({ storageState: storageStateFor("bithu.hoaxuan") });
    const otherPage = await other.newPage();
    const response = await otherPage.goto(reportUrl);
    expect(response?.status()).toBe(404);
    expect(await otherPage.content()).not.toContain("Các chi đoàn hoàn thành tốt nhiệm vụ.");
    const file = await otherPage.request.get(`/reports/export?format=pdf&id=${reportUrl.split("/").pop()}`);
    expect(file.status()).toBe(403);
    await other.close();
  });
});
