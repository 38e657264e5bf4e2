import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { fileResponse, paramsOf } from "@/lib/export/table";
import { exportMembers } from "@/lib/members/export";
import { memberFiltersFrom } from "@/lib/members/filters";
import { trainingTopics } from "@/lib/reference/procedures";

// The members list as a file, with the list's filters, in the viewer's scope; audited.
export const GET = downloadRoute("members", async (request, viewer) => {
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
});
