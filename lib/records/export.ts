import { toXlsx as writeXlsx, type Cell, type Table } from "@/lib/export/table";
import { counterFields } from "./schemas";
import type { RecordRow } from "./types";

// The records list as a spreadsheet: CSV (UTF-8 with a BOM so Excel shows Vietnamese, comma
// separated, RFC 4180 quoting) or .xlsx. Pure apart from exceljs's buffer.

export const exportColumns = [
  "id",
  "servedOn",
  "channel",
  "village",
  "household",
  "volunteer",
  "procedures",
  ...counterFields,
  "note",
] as const;
export type ExportColumn = (typeof exportColumns)[number];

export interface ExportLabels {
  header: (column: ExportColumn) => string;
  channel: (channel: RecordRow["channel"]) => string;
  procedure: (code: string) => string;
}

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

export { toCsv } from "@/lib/export/table";

/** The records workbook's column widths: the procedures column is wide, the id narrow. */
export const recordColumnWidths = (table: Table) =>
  table.header.map((h, i) => (i === 0 ? 10 : i === 6 ? 40 : Math.max(10, Math.min(28, h.length + 2))));

export function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  return writeXlsx(table, sheetName, recordColumnWidths(table));
}
