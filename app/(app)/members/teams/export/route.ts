import { getTranslations } from "next-intl/server";
import { getActingViewer } from "@/lib/auth/viewer";
import { exportFile, fileResponse } from "@/lib/export/table";
import { listTeams } from "@/lib/teams/queries";

// The teams list as a file, in the viewer's scope (the route checks the viewer itself).
export async function GET(request: Request) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
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
  return fileResponse(await exportFile({ header, body }, format, "to-doi", t("title"), [36, 30, 22, 18, 14]));
}
