import { getTranslations } from "next-intl/server";
import { auditExport } from "@/lib/audit/export";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse } from "@/lib/export/table";
import { listTeams } from "@/lib/teams/queries";

// The teams list as a file, in the viewer's scope, audited like every export.
export const GET = downloadRoute("team", async (request, viewer) => {
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const [rows, t] = await Promise.all([listTeams(viewer), getTranslations("teams")]);
  const header = [t("fields.name"), t("fields.kind"), t("fields.village"), t("fields.dutyWeekday"), t("fields.size")];
  const body = rows.map((r) => [
    r.name,
    t(`kinds.${r.kind}`),
    r.villageName ?? "",
    r.dutyWeekday ? t(`weekdays.${r.dutyWeekday}`) : "",
    r.size,
  ]);
  await auditExport(db, viewer, "team", { format, rows: rows.length });
  return fileResponse(await exportFile({ header, body }, format, "to-doi", t("title"), [36, 30, 22, 18, 14]));
});
