import { getLocale, getTranslations } from "next-intl/server";
import { auditExport } from "@/lib/audit/export";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse } from "@/lib/export/table";
import { trainingTopics } from "@/lib/reference/procedures";
import { listTrainings } from "@/lib/trainings/queries";

// The trainings list as a file, in the viewer's scope, audited like every export (who attended
// what leaves the system).
export const GET = downloadRoute("training", async (request, viewer) => {
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const [rows, t, locale] = await Promise.all([
    listTrainings(viewer, { all: true }),
    getTranslations("trainings"),
    getLocale(),
  ]);
  const topicName = new Map(trainingTopics.map((x) => [x.code as string, locale === "vi" ? x.nameVi : x.nameEn]));
  const header = [t("fields.heldOn"), t("fields.title"), t("fields.topics"), t("fields.place"), t("fields.attendees")];
  const body = rows.map((r) => [
    { date: r.heldOn },
    r.title,
    r.topics.map((c) => topicName.get(c) ?? c).join("; "),
    r.place ?? "",
    r.attendees,
  ]);
  await auditExport(db, viewer, "training", { format, rows: rows.length });
  return fileResponse(await exportFile({ header, body }, format, "tap-huan", t("title"), [14, 40, 60, 24, 14]));
});
