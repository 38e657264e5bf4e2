import { idParam, oneOf, pageOf, param, type SearchParams } from "@/lib/field/params";
import { householdFilterKeys, householdSorts, type HouseholdFilterKey, type HouseholdFilters } from "./queries";

/** The household list's URL parameters → filters (the page and the export read the same URL). */
export function householdFiltersFrom(params: SearchParams): HouseholdFilters {
  const raw = params.f;
  const flags = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((f): f is HouseholdFilterKey =>
    (householdFilterKeys as readonly string[]).includes(f),
  );
  return {
    q: param(params, "q")?.trim().slice(0, 100) || undefined,
    villageId: idParam(param(params, "village")),
    memberId: idParam(param(params, "member")),
    flags: [...new Set(flags)],
    sort: oneOf(householdSorts, param(params, "sort"), "village"),
    dir: oneOf(["asc", "desc"] as const, param(params, "dir"), "asc"),
    page: pageOf(params),
  };
}
