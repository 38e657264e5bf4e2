import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "@/lib/import/file-read";
import { safeText, toCsv, toXlsx, unguardText, type Table } from "./table";

// CSV injection: text a spreadsheet app would run as a formula leaves a CSV export with a leading
// ', and the import takes exactly that ' off again, so export → import → export is stable.

const dangerous = [
  "=1+2",
  "+84 905 123 456",
  "-5",
  "@SUM(A1)",
  " =1+2",
  "\t=1+2",
  "  \t-x",
  "\n=1",
  "\u3000＝1",
  "＝1+2",
  "＋84",
  "－5",
  "＠SUM(A1)",
  "\tTab",
  "\rCR",
  "'=already guarded",
];
const harmless = ["Hà Nội", "1-2", "a=b", "'plain quote", "", 'Bà "Năm", ở xa'];

describe("formula neutralisation", () => {
  it("guards formula starts, after spaces or tabs and in full width; leaves other text alone", () => {
    for (const text of dangerous) expect(safeText(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of harmless) expect(safeText(text), JSON.stringify(text)).toBe(text);
  });

  it("puts the guard in CSV only: .xlsx cells stay the text as stored, typed as text", async () => {
    const table: Table = { header: ["Ghi chú"], body: dangerous.map((d) => [d]) };
    expect(toCsv(table).split("\r\n")[1]).toBe("'=1+2");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table, "Sheet")) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    dangerous.forEach((text, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML keeps line breaks as \n: a lone \r comes back as one.
      expect(cell.value).toBe(text.replace(/\r\n?/g, "\n"));
    });
  });

  it("export → import → export gives the same text", async () => {
    const notes = [...dangerous, ...harmless];
    const first = toCsv({ header: ["Ghi chú"], body: notes.map((n) => [n]) });
    const { rows } = await readTable(new TextEncoder().encode(first));
    expect(rows.slice(1).map((r) => r[0])).toEqual(notes);
    const second = toCsv({ header: ["Ghi chú"], body: rows.slice(1).map((r) => [String(r[0])]) });
    expect(second).toBe(first);
    expect(notes.map((n) => unguardText(safeText(n)))).toEqual(notes);
  });
});
