import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getActingViewer } from "@/lib/auth/viewer";
import { recordRecordsExport } from "@/lib/support/commands";
import { exportFile, fileResponse } from "@/lib/export/table";
import { exportTable, recordColumnWidths } from "@/lib/support/export";
import { parseRecordFilters } from "@/lib/support/list-params";
import { procedureLabels, recordsForExport } from "@/lib/support/queries";

// Route handlers are not covered by the pages' checks (nor is the proxy ever the only check):
// this one asks for the viewer itself, reads in the viewer's scope, and audits the export.
export async function GET(request: NextRequest) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });

  const params = Object.fromEntries(request.nextUrl.searchParams);
  const filters = parseRecordFilters(params);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const [rows, procedures] = await Promise.all([recordsForExport(viewer, filters), procedureLabels()]);

  // Headers are always Vietnamese: the files go to ward offices and come back through the import.
  const t = await getTranslations({ locale: "vi", namespace: "records" });
  const procedureNames = new Map(procedures.map((p) => [p.code, p.nameVi]));
  const table = exportTable(rows, {
    header: (column) => t(`export.columns.${column}`),
    channel: (channel) => t(`channels.${channel}`),
    procedure: (code) => procedureNames.get(code) ?? code,
  });
  await recordRecordsExport(db, viewer, { format, rows: rows.length, filters: { ...filters } });

  return fileResponse(await exportFile(table, format, "ghi-nhan-ho-tro", t("export.sheet"), recordColumnWidths(table)));
}
