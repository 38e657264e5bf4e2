import { getTranslations } from "next-intl/server";
import { ExpectedError } from "@/lib/actions/form-state";
import { getActingViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { exportHouseholds, type ExportLabels } from "@/lib/households/export";
import { householdFiltersFrom } from "@/lib/households/filters";

// The household list as a file. Checks the viewer itself (the proxy is never the only check);
// exporting is privileged (households.export) and writes an audit row.
export async function GET(request: Request) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    params[key] = all.length > 1 ? all : (all[0] ?? "");
  }
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
    const file = await exportHouseholds(db, viewer, householdFiltersFrom(params), format, labels);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExpectedError) return new Response("Forbidden", { status: 403 });
    throw error;
  }
}
