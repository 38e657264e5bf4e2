import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { idParam, idParamOrInvalid, oneOfParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { periodOf } from "./period";
import { centerById, centersInScope, type RosterCenter } from "./queries";

// What the roster pages read from the URL: the center (?center=, else the viewer's first), the
// view (week | month), a day inside the period (?date=) and the filters. A center id outside the
// viewer's scope, or not an id, gives null (the page answers "not found").

export async function rosterParams(viewer: Viewer, params: SearchParams) {
  const centers = await centersInScope(viewer);
  const requested = idParamOrInvalid(params, "center");
  let center: RosterCenter | null;
  if (requested === "invalid") center = null;
  else if (requested === null) center = centers[0] ?? null;
  else center = await centerById(viewer, requested);
  const today = todayInVietnam();
  const date = textParam(params, "date");
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : today;
  const view = oneOfParam(params, "view", ["week", "month"] as const) ?? "week";
  return {
    centers,
    center,
    today,
    day,
    period: periodOf(view, day),
    filters: { teamId: idParam(params, "team"), memberId: idParam(params, "member") },
    noCenterRequested: requested === null,
  };
}
