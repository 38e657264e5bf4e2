import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportColumns, exportTable, toCsv, toXlsx, type ExportLabels } from "./export";
import type { RecordRow } from "./types";

const row = (overrides: Partial<RecordRow> = {}): RecordRow => ({
  id: 7,
  version: 1,
  servedOn: "2026-11-05",
  channel: "door_to_door",
  villageId: 1,
  villageName: "Tà Lang",
  householdCode: "HV-TL-0001",
  memberId: 3,
  memberName: "Nguyễn Thị Hồng",
  mobileDeskId: null,
  procedures: ["eid_level2", "sim"],
  peopleServed: 3,
  householdsServed: 1,
  eidActivated: 2,
  signaturesInstalled: 0,
  simsGiven: 1,
  dossiersSubmitted: 0,
  paymentAppsInstalled: 0,
  smartphonesDonated: 0,
  note: null,
  ...overrides,
});

const labels: ExportLabels = {
  header: (c) => ({ servedOn: "Ngày hỗ trợ", village: "Thôn, tổ dân phố" })[c as string] ?? c,
  channel: (c) => (c === "door_to_door" ? "Tận nhà (1+20)" : c),
  procedure: (code) => (code === "eid_level2" ? "Định danh điện tử mức 2 (VNeID)" : "SIM chính chủ"),
};

describe("records export", () => {
  it("writes UTF-8 CSV with a BOM, Vietnamese headers, dd/MM/yyyy dates and CRLF lines", () => {
    const csv = toCsv(exportTable([row()], labels));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toContain("Ngày hỗ trợ,");
    expect(lines[0]).toContain('"Thôn, tổ dân phố"');
    expect(lines[1]).toBe(
      "7,05/11/2026,Tận nhà (1+20),Tà Lang,HV-TL-0001,Nguyễn Thị Hồng,Định danh điện tử mức 2 (VNeID); SIM chính chủ,3,1,2,0,1,0,0,0,",
    );
    expect(lines[2]).toBe("");
    expect(lines[0]!.split(",").length).toBeGreaterThanOrEqual(exportColumns.length);
  });

  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    const csv = toCsv(
      exportTable([row({ note: 'Bà "Năm", ở xa\nđi lại khó' }), row({ note: '=HYPERLINK("x")' })], labels),
    );
    expect(csv).toContain('"Bà ""Năm"", ở xa\nđi lại khó"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("writes an .xlsx that opens with the same cells, dates as real dates", async () => {
    const buffer = await toXlsx(
      exportTable([row(), row({ id: 8, servedOn: "2026-07-31" })], labels),
      "Ghi nhận hỗ trợ",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet("Ghi nhận hỗ trợ")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("Ngày hỗ trợ");
    expect(sheet.getRow(2).getCell(1).value).toBe(7);
    expect(sheet.getRow(3).getCell(2).value).toEqual(new Date(Date.UTC(2026, 6, 31)));
    expect(sheet.getRow(2).getCell(4).value).toBe("Tà Lang");
    expect(sheet.rowCount).toBe(3);
  });
});
