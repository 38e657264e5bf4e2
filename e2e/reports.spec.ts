import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { storageStateFor } from "./support/accounts";
import { axeScan } from "./support/axe";

// The commune report as a secretary prints and sends it: the preview printed by the browser
// (page.pdf) and the PDF the download button gives, read back with unpdf: heading lines, period,
// signature block, and the period's total against a recount from the raw records (the records
// export, which reads support_records, not the rollups the report reads). Other specs add records
// in parallel: the recount is taken right before and after the PDF and must not have moved.

const vn = new Intl.NumberFormat("vi-VN");

/** The month before today's in Vietnam, as the report names it and as dd/MM/yyyy bounds. */
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

/** People served in the period, summed from the raw records' CSV export. */
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

async function download(page: Page, testId: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return new Uint8Array(await readFile((await file.path())!));
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
