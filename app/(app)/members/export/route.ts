import { getLocale, getTranslations } from "next-intl/server";
import { getActingViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { fileResponse, paramsOf } from "@/lib/export/table";
import { exportMembers } from "@/lib/members/export";
import { memberFiltersFrom } from "@/lib/members/filters";
import { trainingTopics } from "@/lib/reference/procedures";

// The members list as a file, with the list's filters. Checks the viewer itself (the proxy is
// never the only check), reads in the viewer's scope, and audits the export.
export async function GET(request: Request) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const [t, locale] = await Promise.all([getTranslations("members"), getLocale()]);
  const topicName = new Map(trainingTopics.map((x) => [x.code as string, locale === "vi" ? x.nameVi : x.nameEn]));
  const file = await exportMembers(db, viewer, memberFiltersFrom(paramsOf(url)), format, {
    columns: [
      t("fields.fullName"),
      t("fields.kind"),
      t("fields.village"),
      t("fields.affiliation"),
      t("fields.joinedOn"),
      t("fields.status"),
      t("fields.households"),
      t("fields.topics"),
    ],
    kind: (kind) => t(`kinds.${kind}`),
    topic: (code) => topicName.get(code) ?? code,
    active: t("active"),
    inactive: t("inactive"),
    sheet: t("sheet"),
  });
  return fileResponse(file);
}
