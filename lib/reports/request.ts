import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { idParamOrInvalid, type SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { resolveReportPeriod } from "./period";

// What a preview URL asks for: the commune (a commune role's own when none is named) and the period.

export function previewRequest(viewer: Viewer, params: SearchParams) {
  const commune = idParamOrInvalid(params, "commune");
  const communeId =
    commune === "invalid"
      ? null
      : (commune ??
        (viewer.role === "commune_secretary" || viewer.role === "center_director" ? viewer.communeId : null));
  const { period, error } = resolveReportPeriod(params, todayInVietnam());
  return { communeId, period, error };
}
