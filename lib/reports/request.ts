import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { idParamOrInvalid, oneOfParam, type SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { buildCenterReport } from "./center-report";
import { buildCommuneReport } from "./commune-report";
import { resolveReportPeriod } from "./period";
import { buildProvinceReport } from "./province-report";
import type { ReportModel } from "./report-model";

// What a preview URL asks for: the kind, the unit (a commune role's own commune when none is
// named; for the province report the officer's own province, an admin's chosen or first one;
// for the center report the center named, else the commune's first) and the period.

export const previewKinds = ["commune", "province", "center"] as const;

export function previewRequest(viewer: Viewer, params: SearchParams) {
  const kind = oneOfParam(params, "kind", previewKinds) ?? "commune";
  const commune = idParamOrInvalid(params, "commune");
  const communeId =
    commune === "invalid"
      ? null
      : (commune ??
        (viewer.role === "commune_secretary" || viewer.role === "center_director" ? viewer.communeId : null));
  const provinceId = idParamOrInvalid(params, "province");
  const center = idParamOrInvalid(params, "center");
  const { period, error } = resolveReportPeriod(params, todayInVietnam());
  return {
    kind,
    communeId,
    provinceId,
    centerId: center === "invalid" ? ("invalid" as const) : (center ?? null),
    period,
    error,
  };
}

/**
 * Today's model for a preview request (the page and the download share it): null when the unit
 * is not there for this viewer (not found), "noCommune" when a commune report names no commune.
 */
export async function previewModel(
  viewer: Viewer,
  request: ReturnType<typeof previewRequest>,
): Promise<ReportModel | null | "noCommune"> {
  const { kind, communeId, provinceId, centerId, period } = request;
  if (kind === "province") return buildProvinceReport(viewer, provinceId, period);
  if (kind === "center")
    return centerId === "invalid" ? null : buildCenterReport(viewer, { communeId, centerId }, period);
  return communeId === null ? "noCommune" : buildCommuneReport(viewer, communeId, period);
}

/** Today's figures for an issued report's unit and period (to say whether they still match). */
export function currentModel(viewer: Viewer, issued: ReportModel): Promise<ReportModel | null> {
  switch (issued.kind) {
    case "province":
      return buildProvinceReport(viewer, issued.unit.provinceId, issued.period);
    case "center":
      return buildCenterReport(viewer, { communeId: null, centerId: issued.unit.centerId }, issued.period);
    default:
      return buildCommuneReport(viewer, issued.unit.communeId, issued.period);
  }
}
