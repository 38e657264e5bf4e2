import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { fileResponse, paramsOf } from "@/lib/export/table";
import { exportHouseholds, type ExportLabels } from "@/lib/households/export";
import { householdFiltersFrom } from "@/lib/households/filters";

// The household list as a file. Exporting is privileged (households.export: refused → 403 and
// audited by downloadRoute) and writes an audit row.
export const GET = downloadRoute("households", async (request, viewer) => {
  const url = new URL(request.url);
  const params = paramsOf(url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const t = await getTranslations("households");
  const tUi = await getTranslations("fieldUi");
  const labels: ExportLabels = {
    columns: [
      t("fields.code"),
      t("fields.headName"),
      t("fields.village"),
      t("fields.elderly"),
      t("fields.poor"),
      t("fields.ethnicMinority"),
      t("fields.hasSmartphone"),
      t("fields.hasProficientMember"),
      t("fields.volunteer"),
      t("fields.firstReachedOn"),
    ],
    yes: tUi("yes"),
    no: tUi("no"),
    sheet: t("sheet"),
  };
  return fileResponse(await exportHouseholds(db, viewer, householdFiltersFrom(params), format, labels));
});
