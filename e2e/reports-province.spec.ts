import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";

// The province report as the provincial officer of Đà Nẵng prints it: chosen on /reports, the
// preview printed by the browser (page.pdf) and the PDF of the download button, read back with
// unpdf: heading lines, period, signature block, and the province's people served against a
// recount from the raw records (the records export reads support_records, not the rollups the
// report reads). Other specs add records in parallel: the recount is taken right before and after
// the PDF and must not have moved. Issued, it is numbered under the province and frozen. A
// secretary has no province report (preview, file or issued one); an officer has no other province's.

const vn = new Intl.NumberFormat("vi-VN");

function lastMonth() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const [y, m] = today.split("-").map(Number) as [number, number];
  const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const days = new Date(Date.UTC(ly, lm, 0)).getUTCDate();
  const mm = String(lm).padStart(2, "0");
  return { label: `tháng ${lm} năm ${ly}`, from: `01/${mm}/${ly}`, to: `${days}/${mm}/${ly}` };
}

/** Fields of one CSV line (RFC 4180 quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

/** People served in the period in every commune the viewer sees, summed from the raw records' CSV export. */
async function recountPeople(request: APIRequestContext, from: string, to: string): Promise<number> {
  const response = await request.get(`/records/export?format=csv&from=${from}&to=${to}`);
  expect(response.status()).toBe(200);
  const [head, ...rows] = (await response.text())
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);
  const column = csvFields(head!).indexOf("Lượt người");
  expect(column).toBeGreaterThan(0);
  return rows.reduce((s, line) => s + Number(csvFields(line)[column] ?? 0), 0);
}

async function pdfText(bytes: Uint8Array) {
  const { text, totalPages } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { text: text.replace(/\s+/g, " "), totalPages };
}

async function download(page: Page, testId: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return new Uint8Array(await readFile((await file.path())!));
}

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
