import { mkdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { storageStateFor } from "./support/accounts";

// Importing from a file as the Hải Vân secretary: a file with errors is previewed (row errors
// shown, nothing written), a good file is previewed and written in one step and its rows appear
// in the list, templates download. Other specs run beside this one: only this spec's own rows
// (unique codes, a day of 2025 nobody else writes on) are looked for.

const shots = process.env.IMPORT_SCREENSHOTS ?? "test-results/import-screens";
const stamp = Date.now().toString(36).toUpperCase();

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel(/Tệp dữ liệu/).setInputFiles({ name, mimeType, buffer });
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");

test.describe("import from a file, Hải Vân secretary", () => {
  test.use({ storageState: storageStateFor("bithu.haivan") });
  // Two uploads and three page loads per test: generous on a shared 2-core machine.
  test.setTimeout(120_000);

  test("households: a file with errors writes nothing; a good .xlsx is written and listed", async ({ page }) => {
    mkdirSync(shots, { recursive: true });
    await page.goto("/households");
    await page.getByTestId("import-link").click();
    await expect(page).toHaveURL(/\/import\?kind=households/);
    await expect(page.getByRole("heading", { name: "Nhập từ tệp" })).toBeVisible();

    const good = `HV-E2E-${stamp}-1`;
    await chooseFile(
      page,
      "ho-loi.csv",
      "text/csv",
      csv([
        "ma ho;chu ho;thon;nguoi cao tuoi",
        `${good};Hồ Văn Nhập;Tà Lang;Có`,
        `HV-E2E-${stamp}-2;Hồ Văn Sai;Thôn Không Có;`,
        `${good};Hồ Văn Lặp;Tà Lang;`,
      ]),
    );
    await page.getByRole("button", { name: "Xem trước" }).click();
    const errors = page.getByTestId("import-errors");
    await expect(errors).toBeVisible();
    await expect(errors.locator("tbody tr")).toHaveCount(2);
    await expect(errors.locator("tbody tr").nth(0)).toContainText("3");
    await expect(errors.locator("tbody tr").nth(0)).toContainText("thon");
    await expect(errors.locator("tbody tr").nth(1)).toContainText("Mã hộ trùng với dòng 2");
    await expect(page.getByTestId("import-status")).toContainText("Chưa có gì được ghi");
    await expect(page.getByRole("button", { name: /^Ghi / })).toBeDisabled();
    await page.screenshot({ path: `${shots}/preview-errors.png`, fullPage: true });

    await page.goto(`/households?q=HV-E2E-${stamp}`);
    await expect(page.getByRole("link", { name: good, exact: true })).toHaveCount(0);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hộ");
    sheet.addRow(["Mã hộ", "Chủ hộ", "Thôn, tổ dân phố", "Hộ nghèo"]);
    sheet.addRow([good, "Hồ Văn Nhập", "Tà Lang", "Có"]);
    sheet.addRow([`HV-E2E-${stamp}-2`, "Hồ Thị Nhập", "Tà Lang", "Không"]);
    await page.goto("/import?kind=households");
    await chooseFile(
      page,
      "ho.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByTestId("import-status")).toContainText("Mọi dòng đều hợp lệ");
    await page.getByRole("button", { name: "Ghi 2 dòng" }).click();
    await expect(page.getByTestId("import-status")).toContainText("Đã ghi 2 dòng");
    await page.screenshot({ path: `${shots}/committed.png`, fullPage: true });

    await page.goto(`/households?q=HV-E2E-${stamp}`);
    await expect(page.getByRole("link", { name: good, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: `HV-E2E-${stamp}-2`, exact: true })).toBeVisible();

    // The same two households and a new one: refused as a whole, unless rows already there are skipped.
    const again = csv([
      "Mã hộ;Chủ hộ;Thôn",
      `${good};Hồ Văn Nhập;Tà Lang`,
      `HV-E2E-${stamp}-2;Hồ Thị Nhập;Tà Lang`,
      `HV-E2E-${stamp}-3;Hồ Văn Mới;Tà Lang`,
    ]);
    await page.goto("/import?kind=households");
    await chooseFile(page, "ho-lan-2.csv", "text/csv", again);
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByTestId("import-status")).toContainText("Chưa có gì được ghi");
    await page.getByLabel(/Bỏ qua các dòng đã có/).check();
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByTestId("import-skipped")).toContainText("2 dòng đã có, sẽ bỏ qua");
    await page.getByRole("button", { name: "Ghi 1 dòng" }).click();
    await expect(page.getByTestId("import-status")).toContainText("bỏ qua 2 dòng đã có");
    await page.screenshot({ path: `${shots}/skipped.png`, fullPage: true });
    await page.goto(`/households?q=HV-E2E-${stamp}-3`);
    await expect(page.getByRole("link", { name: `HV-E2E-${stamp}-3`, exact: true })).toBeVisible();
  });

  test("support records: semicolon CSV without diacritics, progress shown, rows in the list", async ({ page }) => {
    // A volunteer of the commune, by id (the import also takes names).
    await page.goto("/records");
    const volunteer = await page.locator("#memberId option:not([value=''])").first().getAttribute("value");
    expect(volunteer).toBeTruthy();

    await page.goto("/records/list");
    await page.getByTestId("import-link").click();
    await expect(page).toHaveURL(/\/import\?kind=records/);
    await chooseFile(
      page,
      "ghi-nhan.csv",
      "text/csv",
      csv([
        "NGAY HO TRO;HINH THUC;THON;TINH NGUYEN VIEN;THU TUC;LUOT NGUOI;SO HO;DINH DANH MUC 2",
        `17/2/2025;Tan nha;Tà Lang;${volunteer};Chữ ký số;3;1;2`,
        `17/02/2025;Tại Trung tâm;Tà Lang;${volunteer};;4;2;1`,
      ]),
    );
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByTestId("import-summary")).toBeVisible();
    await expect(page.getByTestId("import-status")).toContainText("Mọi dòng đều hợp lệ");
    await page.screenshot({ path: `${shots}/records-preview.png`, fullPage: true });
    await page.getByRole("button", { name: "Ghi 2 dòng" }).click();
    await expect(page.getByTestId("import-status")).toContainText("Đã ghi 2 dòng");

    await page.goto("/records/list?from=17/02/2025&to=17/02/2025");
    await expect(page.getByTestId("list-total")).toContainText("2 ghi nhận");
  });

  test("templates download; a file that is no spreadsheet is refused with a message", async ({ page }) => {
    await page.goto("/import?kind=records");
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải mẫu CSV" }).click(),
    ]);
    const text = readFileSync((await csvDownload.path())!, "utf8");
    expect(
      text.startsWith("\uFEFFNgày hỗ trợ,Hình thức,Thôn, tổ dân phố".replace("Thôn, tổ dân phố", '"Thôn, tổ dân phố"')),
    ).toBe(true);
    expect(text.split("\r\n")[1]).toContain("Tận nhà (1+20)");
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải mẫu Excel" }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync((await xlsxDownload.path())!)
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");

    await chooseFile(
      page,
      "anh.csv",
      "text/csv",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByTestId("import-status")).toContainText("không phải bảng tính");
    await chooseFile(page, "cp1258.csv", "text/csv", Buffer.from([0x4d, 0xe3, 0x20, 0x68, 0xf4, 0x0a, 0x31, 0x0a]));
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByTestId("import-status")).toContainText("CSV UTF-8");
    await page.screenshot({ path: `${shots}/encoding.png`, fullPage: true });
  });
});
