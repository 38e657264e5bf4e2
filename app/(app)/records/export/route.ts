import { getTranslations } from "next-intl/server";
import { auditExport } from "@/lib/audit/export";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse } from "@/lib/export/table";
import { exportTable, recordColumnWidths } from "@/lib/records/export";
import { parseRecordFilters } from "@/lib/records/list-params";
import { procedureLabels, recordsForExport } from "@/lib/records/queries";

// Reads in the viewer's scope and audits the export (downloadRoute: viewer, cross-site refusal).
export const GET = downloadRoute("support_record", async (request, viewer) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
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
  await auditExport(db, viewer, "support_record", { format, rows: rows.length, filters: { ...filters } });

  return fileResponse(await exportFile(table, format, "ghi-nhan-ho-tro", t("export.sheet"), recordColumnWidths(table)));
});
