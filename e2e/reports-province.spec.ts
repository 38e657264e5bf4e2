import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";
import { download, lastMonth, pdfText, recountPeople, vn } from "./support/reports";

// The province report as the provincial officer of Đà Nẵng prints it: chosen on /reports, the
// preview printed by the browser (page.pdf) and the PDF of the download button, read back with
// unpdf: heading lines, period, signature block, and the province's people served against a
// recount from the raw records (the records export reads support_records, not the rollups the
// report reads). Other specs add records in parallel: the recount is taken right before and after
// the PDF and must not have moved. Issued, it is numbered under the province and frozen. A
// secretary has no province report (preview, file or issued one); an officer has no other province's.

test.describe("the Đà Nẵng province report", () => {
  test.use({ storageState: storageStateFor("tinhdoan.danang") });

  test("the provincial officer previews, prints and downloads last month's report; the total equals a recount; issues it", async ({
    page,
    browser,
  }) => {
    test.slow(); // two PDFs and the document built several times on a busy machine
    const month = lastMonth();

    await page.goto("/reports");
    await page.getByTestId("report-kind").selectOption("province");
    await page.getByTestId("open-preview").click();
    await expect(page.getByTestId("report-document")).toBeVisible();
    expect(page.url()).toContain("kind=province");
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain('data-testid="report-svg-communes"');
    await expect(page.getByTestId("report-table-ranking")).toBeVisible();
    await expect(page.getByTestId("report-table-desks")).toBeVisible();

    await expect(async () => {
      const before = await recountPeople(page.request, month.from, month.to);
      await page.reload();
      const printedBytes = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      if (process.env.REPORT_PDF_OUT) await writeFile(`${process.env.REPORT_PDF_OUT}-province-print.pdf`, printedBytes);
      const downloadedBytes = await download(page, "download-pdf");
      if (process.env.REPORT_PDF_OUT) await writeFile(`${process.env.REPORT_PDF_OUT}-province.pdf`, downloadedBytes);
      const printed = await pdfText(printedBytes.slice());
      const downloaded = await pdfText(downloadedBytes);
      const after = await recountPeople(page.request, month.from, month.to);
      expect(after, "no record came in meanwhile").toBe(before);
      expect(after).toBeGreaterThan(0);
      for (const { text, totalPages } of [printed, downloaded]) {
        for (const line of [
          "ĐOÀN TNCS HỒ CHÍ MINH",
          "BCH ĐOÀN THÀNH PHỐ ĐÀ NẴNG",
          "-BC/TĐTN",
          "BÁO CÁO",
          `Kết quả thực hiện mô hình “1+20” ${month.label} trên địa bàn thành phố`,
          "Đà Nẵng, ngày",
          "Số liệu tính đến",
          "Xếp hạng",
          "T/M BAN THƯỜNG VỤ",
          "BÍ THƯ",
          "Nơi nhận:",
        ])
          expect(text, line).toContain(line);
        expect(text).not.toContain("BCH ĐOÀN PHƯỜNG");
        expect(text).toContain(vn.format(after));
        expect(totalPages).toBeGreaterThanOrEqual(2);
        expect(totalPages).toBeLessThanOrEqual(8);
      }
      // The commune table's total row: people served in the whole province.
      expect(await page.getByTestId("report-total-communes").locator("td").nth(1).textContent()).toBe(vn.format(after));
    }).toPass({ timeout: 120_000 });

    const xlsx = await download(page, "download-xlsx");
    expect(Buffer.from(xlsx.slice(0, 2)).toString()).toBe("PK");

    // Issue it: numbered under the province (TĐTN), frozen, listed, and not there for a secretary.
    await page.getByLabel("Đánh giá chung (ưu điểm, hạn chế)").fill("Các xã, phường triển khai đồng bộ mô hình.");
    await page.getByLabel("Phương hướng, nhiệm vụ thời gian tới").fill("Ưu tiên các thôn vùng sâu của Tây Giang.");
    await page.getByRole("button", { name: "Ban hành" }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    const reportUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId("report-frozen")).toBeVisible();
    await expect(page.getByTestId("report-number")).toHaveText(/Số: \d+-BC\/TĐTN/);
    const frozenTotal = await page.getByTestId("report-total-communes").locator("td").nth(1).textContent();
    expect((await axeScan(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const issued = await pdfText(await download(page, "download-pdf"));
    expect(issued.text).toContain("Các xã, phường triển khai đồng bộ mô hình.");
    expect(issued.text).toContain(frozenTotal!);
    expect(issued.text).not.toContain("DỰ THẢO");
    await page.goto("/reports");
    await expect(page.getByTestId("issued-reports").locator(`a[href="${reportUrl}"]`)).toBeVisible();

    const secretary = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const sPage = await secretary.newPage();
    expect((await sPage.goto(reportUrl))?.status()).toBe(404);
    expect(await sPage.content()).not.toContain("Các xã, phường triển khai đồng bộ mô hình.");
    expect((await sPage.request.get(`/reports/export?format=pdf&id=${reportUrl.split("/").pop()}`)).status()).toBe(403);
    await secretary.close();
  });

  test("the officer cannot pick another province; a secretary has no province report", async ({ page, browser }) => {
    const canTho = await browser.newContext({ storageState: storageStateFor("tinhdoan.cantho") });
    const canThoPage = await canTho.newPage();
    await canThoPage.goto("/reports");
    const canThoId = await canThoPage.getByTestId("report-province").inputValue();
    await canTho.close();
    expect(Number(canThoId)).toBeGreaterThan(0);

    const foreign = await page.goto(`/reports/preview?kind=province&province=${canThoId}&period=month`);
    expect(foreign?.status()).toBe(404);
    expect(await page.content()).not.toContain("THÀNH PHỐ CẦN THƠ");
    const file = await page.request.get(`/reports/export?format=pdf&kind=province&province=${canThoId}`);
    expect(file.status()).toBe(403);

    await page.goto("/reports");
    const own = await page.getByTestId("report-province").inputValue();
    await expect(page.getByTestId("report-province").locator("option")).toHaveCount(1);

    const secretary = await browser.newContext({ storageState: storageStateFor("bithu.haivan") });
    const sPage = await secretary.newPage();
    await sPage.goto("/reports");
    await expect(sPage.getByTestId("report-kind").locator('option[value="province"]')).toHaveCount(0);
    await expect(sPage.getByTestId("report-province")).toHaveCount(0);
    for (const url of ["/reports/preview?kind=province", `/reports/preview?kind=province&province=${own}`]) {
      const response = await sPage.goto(url);
      expect(response?.status(), url).toBe(404);
    }
    const sFile = await sPage.request.get(`/reports/export?format=pdf&kind=province&province=${own}`);
    expect(sFile.status()).toBe(403);
    await secretary.close();
  });
});
