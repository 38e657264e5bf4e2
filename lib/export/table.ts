import ExcelJS from "exceljs";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";

// Lists as spreadsheets: CSV (UTF-8 with a BOM so Excel shows Vietnamese, comma separated,
// RFC 4180 quoting, CRLF) or .xlsx (bold frozen header, real dates shown dd/mm/yyyy, numbers as
// numbers). Every list export of the app goes through here. Pure apart from exceljs's buffer.

/** A cell: text, a number, or a calendar day ("yyyy-MM-dd"). */
export type Cell = string | number | { date: string };
export interface Table {
  header: string[];
  body: Cell[][];
}
export type ExportFormat = "csv" | "xlsx";

// CSV injection: a CSV cell starting with = + - @ would run as a formula when Excel or LibreOffice
// opens the file, and so would one that starts with spaces, tabs or line breaks before them, or
// with their full-width forms ＝＋－＠ (spreadsheet apps fold those). Such text gets a leading '.
// Cells that already start with ' before such a start get one more, so the import, which takes
// exactly one ' off (unguardText), gives back the text as stored: export → import → export is
// stable. Only CSV needs this: .xlsx cells are written as typed strings, never as formulas.
const formulaStart = /^'*(?:[\t\r\n]|[ \t\r\n\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
export const safeText = (text: string) => (formulaStart.test(text) ? `'${text}` : text);
/** The CSV guard taken off again: what an import reads back from a file safeText wrote. */
export const unguardText = (text: string) =>
  text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;

function csvField(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  const text = typeof cell === "string" ? safeText(cell) : formatDate(cell.date);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV with a BOM, comma separated, CRLF line ends (what Excel opens correctly). */
export function toCsv(table: Table): string {
  const lines = [table.header.map(csvField), ...table.body.map((row) => row.map(csvField))].map((fields) =>
    fields.join(","),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** An .xlsx workbook with one sheet; `widths` in characters per column (else from the header). */
export async function toXlsx(table: Table, sheetName: string, widths: readonly number[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "1+20";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  const dateColumns = new Set<number>();
  for (const row of table.body) {
    sheet.addRow(
      row.map((cell, i) => {
        if (typeof cell === "number") return cell;
        if (typeof cell === "string") return cell;
        dateColumns.add(i + 1);
        const [y, m, d] = cell.date.split("-").map(Number);
        return new Date(Date.UTC(y!, m! - 1, d!));
      }),
    );
  }
  for (const column of dateColumns) sheet.getColumn(column).numFmt = "dd/mm/yyyy";
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? Math.max(10, Math.min(28, (table.header[i]?.length ?? 10) + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  filename: string;
  rows: number;
}

/** The file for a download: `name` is an ASCII stem such as "ho-gia-dinh"; today's date is added. */
export async function exportFile(
  table: Table,
  format: ExportFormat,
  name: string,
  sheetName: string,
  widths?: readonly number[],
): Promise<ExportFile> {
  const stamp = todayInVietnam();
  if (format === "csv") {
    return {
      body: new TextEncoder().encode(toCsv(table)),
      contentType: "text/csv; charset=utf-8",
      filename: `${name}-${stamp}.csv`,
      rows: table.body.length,
    };
  }
  return {
    body: new Uint8Array(await toXlsx(table, sheetName, widths)),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `${name}-${stamp}.xlsx`,
    rows: table.body.length,
  };
}

/** The HTTP answer for a file: downloaded, never cached. */
export function fileResponse(file: ExportFile): Response {
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The query string as a record, repeated keys as arrays (how pages receive searchParams). */
export function paramsOf(url: URL): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    params[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return params;
}
