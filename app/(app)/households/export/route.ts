import { getTranslations } from "next-intl/server";
import { ExpectedError } from "@/lib/actions/form-state";
import { getActingViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { fileResponse, paramsOf } from "@/lib/export/table";
import { exportHouseholds, type ExportLabels } from "@/lib/households/export";
import { householdFiltersFrom } from "@/lib/households/filters";

// The household list as a file. Checks the viewer itself (the proxy is never the only check);
// exporting is privileged (households.export) and writes an audit row.
export async function GET(request: Request) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
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
  try {
    return fileResponse(await exportHouseholds(db, viewer, householdFiltersFrom(params), format, labels));
  } catch (error) {
    if (error instanceof ExpectedError) return new Response("Forbidden", { status: 403 });
    throw error;
  }
}
