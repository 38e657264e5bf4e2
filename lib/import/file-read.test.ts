import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "./csv";
import { decodeUtf8, readTable, sniffFormat } from "./file-read";
import { ImportFileError } from "./types";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ImportFileError) return error.key;
    throw error;
  }
  return "accepted";
}

describe("CSV", () => {
  it("reads UTF-8 with and without a BOM alike", async () => {
    const plain = await readTable(utf8("Mã hộ,Chủ hộ\r\nHV-1,Hồ Văn Bốn\r\n"));
    const bom = await readTable(utf8("\uFEFFMã hộ,Chủ hộ\r\nHV-1,Hồ Văn Bốn\r\n"));
    expect(bom).toEqual(plain);
    expect(plain.rows).toEqual([
      ["Mã hộ", "Chủ hộ"],
      ["HV-1", "Hồ Văn Bốn"],
    ]);
  });

  it("detects a semicolon or a comma from the header line, ignoring quoted ones", () => {
    expect(detectSeparator("Ngày;Thôn;Ghi chú\n1;2;3")).toBe(";");
    expect(detectSeparator('"a;b;c",d,e\n')).toBe(",");
    expect(parseCsv("a;b\n1;2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps quoted separators, doubled quotes and line breaks inside a field", () => {
    expect(parseCsv('a,b\n"Tà Lang, Hòa Bắc","nói ""xin chào""\nlần 2"\n')).toEqual([
      ["a", "b"],
      ["Tà Lang, Hòa Bắc", 'nói "xin chào"\nlần 2'],
    ]);
  });

  it("keeps blank lines so row numbers match the file", () => {
    expect(parseCsv("h\r\n\r\nx\r\n")).toEqual([["h"], [""], ["x"]]);
  });
});

describe("what a file is, from its bytes", () => {
  it("refuses invalid UTF-8 (e.g. a file saved as Windows-1258) instead of producing mojibake", async () => {
    // "Mã hộ" in a single-byte code page: ã = 0xE3, then a space: not valid UTF-8.
    const legacy = new Uint8Array([0x4d, 0xe3, 0x20, 0x68, 0xf4, 0x0a]);
    expect(await refusal(() => readTable(legacy))).toBe("import.errors.encoding");
    expect(await refusal(() => decodeUtf8(new Uint8Array([0xc3, 0x28])))).toBe("import.errors.encoding");
  });

  it("refuses UTF-16 text with the same advice", () => {
    expect(() => sniffFormat(new Uint8Array([0xff, 0xfe, 0x4d, 0x00]))).toThrow(ImportFileError);
  });

  it("refuses images, PDFs, old .xls and ZIPs that hold no workbook, whatever their name", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(() => readTable(png))).toBe("import.errors.notSpreadsheet");
    expect(await refusal(() => readTable(utf8("%PDF-1.7\n%âãÏÓ\n")))).toBe("import.errors.notSpreadsheet");
    expect(await refusal(() => readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toBe(
      "import.errors.oldExcel",
    );
    const notWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await refusal(() => readTable(notWorkbook))).toBe("import.errors.notSpreadsheet");
    expect(await refusal(() => readTable(new Uint8Array()))).toBe("import.errors.emptyFile");
  });

  it("refuses more than 50 MB before parsing", async () => {
    expect(await refusal(() => readTable(new Uint8Array(50 * 1024 * 1024 + 1)))).toBe("import.errors.tooLarge");
  });

  it("reads the first sheet of an .xlsx: text, numbers, real dates and formulas' results", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet 1");
    sheet.addRow(["Ngày hỗ trợ", "Lượt người", "Ghi chú"]);
    sheet.addRow([new Date(Date.UTC(2025, 5, 2)), 3, { richText: [{ text: "Tà " }, { text: "Lang" }] }]);
    sheet.addRow(["05/06/2025", { formula: "1+1", result: 2 }, null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { format, rows } = await readTable(bytes);
    expect(format).toBe("xlsx");
    expect(rows[0]).toEqual(["Ngày hỗ trợ", "Lượt người", "Ghi chú"]);
    expect(rows[1]![0]).toBeInstanceOf(Date);
    expect(rows[1]!.slice(1)).toEqual([3, "Tà Lang"]);
    expect(rows[2]!.slice(0, 2)).toEqual(["05/06/2025", 2]);
  });
});
