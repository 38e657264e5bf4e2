import { getLocale, getTranslations } from "next-intl/server";
import { getActingViewer } from "@/lib/auth/viewer";
import { exportFile, fileResponse } from "@/lib/export/table";
import { trainingTopics } from "@/lib/reference/procedures";
import { listTrainings } from "@/lib/trainings/queries";

// The trainings list as a file, in the viewer's scope (the route checks the viewer itself).
export async function GET(request: Request) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const [rows, t, locale] = await Promise.all([listTrainings(viewer, { all: true }), getTranslations("trainings"), getLocale()]);
  const topicName = new Map(trainingTopics.map((x) => [x.code as string, locale === "vi" ? x.nameVi : x.nameEn]));
  const header = [t("fields.heldOn"), t("fields.title"), t("fields.topics"), t("fields.place"), t("fields.attendees")];
  const body = rows.map((r) => [{ date: r.heldOn }, r.title, r.topics.map((c) => topicName.get(c) ?? c).join("; "), r.place ?? "", r.attendees]);
  return fileResponse(await exportFile({ header, body }, format, "tap-huan", t("title"), [14, 40, 60, 24, 14]));
}
