import { idParam, oneOfParam, pageParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { topicCodes } from "@/lib/trainings/schemas";
import { memberSorts, type MemberFilters } from "./queries";
import { memberKinds } from "./schemas";

/** The members list's URL parameters → filters (the page and the export read the same URL). */
export function memberFiltersFrom(params: SearchParams): MemberFilters {
  return {
    q: textParam(params, "q")?.slice(0, 100),
    kind: oneOfParam(params, "kind", memberKinds),
    teamId: idParam(params, "team"),
    topic: oneOfParam(params, "topic", topicCodes),
    active: oneOfParam(params, "active", ["yes", "no"] as const),
    sort: oneOfParam(params, "sort", memberSorts) ?? "name",
    dir: oneOfParam(params, "dir", ["asc", "desc"] as const) ?? "asc",
    page: pageParam(params),
  };
}
