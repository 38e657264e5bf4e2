import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { MAX_IMPORT_ROWS } from "./limits";
import { ImportFileError, type Cell } from "./types";
import { guardedWorkbook } from "./zip-guard";

// The first worksheet of an .xlsx as plain cells. Formulas give their cached result, rich text its
// plain text, hyperlinks their text; dates stay Date (Excel date cells). Row numbers are kept:
// row i of the result is line i + 1 of the sheet, so errors point at the line the user sees.
// The file is checked (zip-guard.ts) before ExcelJS sees it, then read as a stream, row by row,
// refused past MAX_IMPORT_ROWS rows: ExcelJS's in-memory reader held every part of the archive.

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

const hasValue = (cells: readonly Cell[]) => cells.some((c) => c != null && String(c).trim() !== "");

export async function readXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  const safe = await guardedWorkbook(bytes);
  // styles: "cache" so date cells come back as Date; hyperlinks and the rest are not read.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength)]),
    {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    },
  );
  // Sparse: only rows with values are stored; blank rows stay holes so numbers match the sheet.
  const rows: Cell[][] = [];
  let dataRows = 0;
  let read = false;
  try {
    for await (const sheet of reader) {
      if (read) continue; // later sheets are drained by the reader, not kept
      read = true;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(plain(values[i] ?? null));
        if (!hasValue(cells)) continue;
        // The header row plus MAX_IMPORT_ROWS data rows.
        if (++dataRows > MAX_IMPORT_ROWS + 1)
          throw new ImportFileError("import.errors.tooManyRows", { limit: MAX_IMPORT_ROWS });
        rows[row.number - 1] = cells;
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // A ZIP that is no workbook (a .docx, a photo album) or a damaged file.
    throw new ImportFileError("import.errors.notSpreadsheet");
  }
  if (!read) throw new ImportFileError("import.errors.notSpreadsheet");
  return rows;
}
