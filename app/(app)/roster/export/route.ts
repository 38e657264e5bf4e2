import { getTranslations } from "next-intl/server";
import { notFound as notFoundError } from "@/lib/actions/form-state";
import { auditExport } from "@/lib/audit/export";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse, paramsOf } from "@/lib/export/table";
import { rosterParams } from "@/lib/roster/page-data";
import { rosterEntries } from "@/lib/roster/queries";

// The roster shown (center, period, filters from the URL) as a file, in scope, audited.
export const GET = downloadRoute("duty_roster", async (request, viewer) => {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const { center, period, filters } = await rosterParams(viewer, paramsOf(url));
  if (!center) throw notFoundError();
  const [rows, t] = await Promise.all([rosterEntries(viewer, center, period, filters), getTranslations("roster")]);
  const header = [t("day"), t("entry.shift"), t("member"), t("team"), t("entry.task")];
  const body = rows.map((r) => [{ date: r.day }, t(`shifts.${r.shift}`), r.memberName, r.teamName ?? "", r.task ?? ""]);
  await auditExport(db, viewer, "duty_roster", {
    format,
    rows: rows.length,
    filters: { centerId: center.id, from: period.from, to: period.to, ...filters },
  });
  return fileResponse(await exportFile({ header, body }, format, "lich-truc", t("title"), [14, 12, 30, 28, 36]));
});
