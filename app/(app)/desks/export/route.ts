import { getTranslations } from "next-intl/server";
import { auditExport } from "@/lib/audit/export";
import { db } from "@/lib/db";
import { deskExportTable } from "@/lib/desks/export";
import { deskFiltersFrom } from "@/lib/desks/list-params";
import { listDesks } from "@/lib/desks/queries";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse, paramsOf } from "@/lib/export/table";

// The filtered desk list in the viewer's scope (the list's own query), audited.
export const GET = downloadRoute("mobile_desk", async (request, viewer) => {
  const params = paramsOf(new URL(request.url));
  const filters = { ...deskFiltersFrom(params), view: "list" as const, page: 1 };
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const { rows } = await listDesks(viewer, filters, { all: true });
  // Headers are always Vietnamese: the files go to ward offices.
  const t = await getTranslations({ locale: "vi", namespace: "desks" });
  const table = deskExportTable(rows, { header: (c) => t(`export.columns.${c}`), status: (s) => t(`status.${s}`) });
  await auditExport(db, viewer, "mobile_desk", { format, rows: rows.length, filters: { ...filters } });
  return fileResponse(await exportFile(table, format, "ban-luu-dong", t("export.sheet")));
});
