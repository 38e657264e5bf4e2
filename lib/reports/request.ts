import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { idParamOrInvalid, oneOfParam, type SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { resolveReportPeriod } from "./period";

// What a preview URL asks for: the kind, the unit (a commune role's own commune when none is
// named; for the province report the officer's own province, an admin's chosen or first one)
// and the period.

export const previewKinds = ["commune", "province"] as const;

export function previewRequest(viewer: Viewer, params: SearchParams) {
  const kind = oneOfParam(params, "kind", previewKinds) ?? "commune";
  const commune = idParamOrInvalid(params, "commune");
  const communeId =
    commune === "invalid"
      ? null
      : (commune ??
        (viewer.role === "commune_secretary" || viewer.role === "center_director" ? viewer.communeId : null));
  const provinceId = idParamOrInvalid(params, "province");
  const { period, error } = resolveReportPeriod(params, todayInVietnam());
  return { kind, communeId, provinceId, period, error };
}
