import ExcelJS from "exceljs";
import { formatDate } from "@/lib/i18n/format";
import { counterFields } from "./schemas";
import type { RecordRow } from "./types";

// The records list as a spreadsheet: CSV (UTF-8 with a BOM so Excel shows Vietnamese, comma
// separated, RFC 4180 quoting) or .xlsx. Pure apart from exceljs's buffer.

export const exportColumns = ["id", "servedOn", "channel", "village", "household", "volunteer", "procedures", ...counterFields, "note"] as const;
export type ExportColumn = (typeof exportColumns)[number];

export interface ExportLabels {
  header: (column: ExportColumn) => string;
  channel: (channel: RecordRow["channel"]) => string;
  procedure: (code: string) => string;
}

type Cell = string | number | { date: string };

/** The table a file holds: one header row, then one row per record, in the list's order. */
export function exportTable(rows: readonly RecordRow[], labels: ExportLabels): { header: string[]; body: Cell[][] } {
  const header = exportColumns.map((c) => labels.header(c));
  const body = rows.map((r): Cell[] => [
    r.id,
    { date: r.servedOn },
    labels.channel(r.channel),
    r.villageName,
    r.householdCode ?? "",
    r.memberName ?? "",
    r.procedures.map(labels.procedure).join("; "),
    ...counterFields.map((f) => r[f]),
    r.note ?? "",
  ]);
  return { header, body };
}

// A cell starting with = + - @ (or a tab/CR) would run as a formula in Excel: prefix it with '.
const formulaStart = /^[=+\-@\t\r]/;
const safeText = (text: string) => (formulaStart.test(text) ? `'${text}` : text);

function csvField(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  const text = typeof cell === "string" ? safeText(cell) : formatDate(cell.date);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV with a BOM, comma separated, CRLF line ends (what Excel opens correctly). */
export function toCsv(table: { header: string[]; body: Cell[][] }): string {
  const lines = [table.header.map(csvField), ...table.body.map((row) => row.map(csvField))].map((fields) => fields.join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** An .xlsx workbook with one sheet: a bold frozen header, real dates shown dd/mm/yyyy, numbers as numbers. */
export async function toXlsx(table: { header: string[]; body: Cell[][] }, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "1+20";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.body) {
    sheet.addRow(
      row.map((cell) => {
        if (typeof cell === "number") return cell;
        if (typeof cell === "string") return safeText(cell);
        const [y, m, d] = cell.date.split("-").map(Number);
        return new Date(Date.UTC(y!, m! - 1, d!));
      }),
    );
  }
  sheet.getColumn(2).numFmt = "dd/mm/yyyy";
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 10 : i === 6 ? 40 : Math.max(10, Math.min(28, (table.header[i]?.length ?? 10) + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
