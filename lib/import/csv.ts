// RFC 4180 CSV as ward offices' spreadsheets save it: comma or semicolon (Excel in a Vietnamese
// locale writes ";"), quoted fields with "" for a quote, CRLF or LF line ends. Pure.

import { MAX_CSV_LINES, MAX_IMPORT_ROWS } from "./limits";
import { ImportFileError } from "./types";

export interface CsvLimits {
  /** Rows with any text, header included. */
  rows: number;
  /** Lines, blank ones included. */
  lines: number;
}

/** Header + MAX_IMPORT_ROWS data rows; past that the parse stops and the file is refused. */
export const importCsvLimits: CsvLimits = { rows: MAX_IMPORT_ROWS + 1, lines: MAX_CSV_LINES };

/** The separator a file uses: the one of "," ";" "\t" that splits its header line most often. */
export function detectSeparator(text: string): string {
  let header = "";
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    header += quoted ? "" : ch;
  }
  const counts = [",", ";", "\t"].map((sep) => ({ sep, n: header.split(sep).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.sep : ",";
}

/** Splits CSV text into rows of fields. Blank lines are kept as [""] so row numbers stay true. */
export function parseCsv(
  text: string,
  separator = detectSeparator(text),
  limits: CsvLimits = importCsvLimits,
): string[][] {
  const rows: string[][] = [];
  let filled = 0;
  // Counted as rows are made, so a 50 MB file of line breaks stops early, not after 50M arrays.
  const push = (row: string[]) => {
    if (row.some((f) => f.trim() !== "")) filled++;
    if (filled > limits.rows || rows.length >= limits.lines)
      throw new ImportFileError("import.errors.tooManyRows", { limit: limits.rows - 1 });
    rows.push(row);
  };
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  const sep = separator.charCodeAt(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === "") {
      // A quoted field: runs to the next lone quote; "" inside is one quote.
      i++;
      let start = i;
      let value = "";
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          value += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      field = value;
      // Anything between the closing quote and the separator is kept (lenient, like Excel).
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === sep || d === 10 || d === 13) break;
        field += text[i];
        i++;
      }
      continue;
    }
    if (c === sep) {
      row.push(field);
      field = "";
      i++;
    } else if (c === 10 || c === 13) {
      row.push(field);
      push(row);
      row = [];
      field = "";
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      // Plain run up to the next separator or line end.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === sep || d === 10 || d === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    push(row);
  }
  return rows;
}
