import ExcelJS from "exceljs";
import { ImportFileError, type Cell } from "./types";

// The first worksheet of an .xlsx as plain cells. Formulas give their cached result, rich text its
// plain text, hyperlinks their text; dates stay Date (Excel date cells). Row numbers are kept:
// row i of the result is line i + 1 of the sheet, so errors point at the line the user sees.

function plain(value: ExcelJS.CellValue): Cell {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return plain((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return null;
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    // A ZIP that is no workbook (a .docx, a photo album) or a damaged file.
    throw new ImportFileError("import.errors.notSpreadsheet");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("import.errors.notSpreadsheet");
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plain(values[i] ?? null));
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
  });
  return rows;
}
