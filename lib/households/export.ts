import ExcelJS from "exceljs";
import { forbidden } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { allHouseholds, type HouseholdFilters } from "./queries";

export type ExportFormat = "csv" | "xlsx";

export interface ExportLabels {
  columns: [code: string, head: string, village: string, elderly: string, poor: string, ethnic: string, smartphone: string, proficient: string, volunteer: string, reached: string];
  yes: string;
  no: string;
  sheet: string;
}

/** A spreadsheet can run text starting with = + - @ as a formula: quote it (CSV injection). */
const safeText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csvCell = (value: string) => (/[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The household list as CSV (UTF-8 with BOM, so Excel shows Vietnamese) or .xlsx, in the viewer's
 * scope. Exporting household lists is privileged: it needs households.export and leaves an audit row.
 */
export async function exportHouseholds(db: Database, viewer: Viewer, filters: HouseholdFilters, format: ExportFormat, labels: ExportLabels) {
  if (!can(viewer, "households.export")) throw forbidden();
  const rows = await allHouseholds(viewer, filters, db);
  await db.transaction((tx) =>
    recordAudit(tx, viewer, {
      action: "export",
      entity: "households",
      communeId: viewer.communeId,
      provinceId: viewer.provinceId,
      details: { format, rows: rows.length, filters: { ...filters, page: undefined } },
    }),
  );
  const yesNo = (v: boolean) => (v ? labels.yes : labels.no);
  const table = rows.map((r) => [
    safeText(r.code),
    safeText(r.headName),
    safeText(r.villageName),
    yesNo(r.elderly),
    yesNo(r.poor),
    yesNo(r.ethnicMinority),
    yesNo(r.hasSmartphone),
    yesNo(r.hasProficientMember),
    safeText(r.volunteerName ?? ""),
    r.firstReachedOn ? formatDate(r.firstReachedOn) : "",
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    const lines = [labels.columns, ...table].map((cells) => cells.map(csvCell).join(","));
    return {
      body: new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`),
      contentType: "text/csv; charset=utf-8",
      filename: `ho-gia-dinh-${stamp}.csv`,
      rows: rows.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(labels.sheet);
  sheet.addRow(labels.columns).font = { bold: true };
  for (const cells of table) sheet.addRow(cells);
  sheet.columns.forEach((c, i) => (c.width = [14, 26, 20, 10, 10, 12, 12, 12, 26, 14][i] ?? 12));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    body: new Uint8Array(buffer as ArrayBuffer),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `ho-gia-dinh-${stamp}.xlsx`,
    rows: rows.length,
  };
}
