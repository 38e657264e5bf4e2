import { idParam, oneOfParam, pageParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { householdFilterKeys, householdSorts, type HouseholdFilterKey, type HouseholdFilters } from "./queries";

/** The household list's URL parameters → filters (the page and the export read the same URL). */
export function householdFiltersFrom(params: SearchParams): HouseholdFilters {
  const raw = params.f;
  const flags = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((f): f is HouseholdFilterKey =>
    (householdFilterKeys as readonly string[]).includes(f),
  );
  return {
    q: textParam(params, "q")?.slice(0, 100),
    villageId: idParam(params, "village"),
    memberId: idParam(params, "member"),
    flags: [...new Set(flags)],
    sort: oneOfParam(params, "sort", householdSorts) ?? "village",
    dir: oneOfParam(params, "dir", ["asc", "desc"] as const) ?? "asc",
    page: pageParam(params),
  };
}
