import { unguardText } from "@/lib/export/table";
import { parseCsv } from "./csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { ImportFileError, type Cell } from "./types";
import { readXlsx } from "./xlsx";

// What arrives is bytes; what it is comes from its content, not its name: a ZIP with a workbook
// inside is .xlsx, text that decodes as UTF-8 is CSV, anything else is refused with a message.

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS };

export type FileFormat = "csv" | "xlsx";

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format the bytes hold, or an ImportFileError saying why they are no spreadsheet. */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) throw new ImportFileError("import.errors.emptyFile");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  // The old binary .xls (OLE compound file): Excel can save it again as .xlsx.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportFileError("import.errors.oldExcel");
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    throw new ImportFileError("import.errors.encoding");
  // Text has no NUL bytes and few control characters; PDFs, images and archives do.
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new ImportFileError("import.errors.notSpreadsheet");
    if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  }
  if (control > sample.length / 100) throw new ImportFileError("import.errors.notSpreadsheet");
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new ImportFileError("import.errors.notSpreadsheet");
  return "csv";
}

/** UTF-8 text with its BOM removed; invalid UTF-8 is refused, never turned into mojibake rows. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError("import.errors.encoding");
  }
}

/** The sheet's rows (first row = headers) and the format they came in. */
export async function readTable(bytes: Uint8Array): Promise<{ format: FileFormat; rows: Cell[][] }> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError("import.errors.tooLarge");
  const format = sniffFormat(bytes);
  if (format === "xlsx") return { format, rows: await readXlsx(bytes) };
  // Our own CSV exports guard formula-like text with a leading ' (lib/export/table.ts): taken off
  // here so a note does not grow a ' on every export → import round trip.
  const rows = parseCsv(decodeUtf8(bytes));
  for (const row of rows)
    for (let i = 0; i < row.length; i++) if (row[i]!.startsWith("'")) row[i] = unguardText(row[i]!);
  return { format, rows };
}
