import { idParam, oneOf, pageOf, param, type SearchParams } from "@/lib/field/params";
import { topicCodes } from "@/lib/trainings/schemas";
import { memberSorts, type MemberFilters } from "./queries";
import { memberKinds, type MemberKind } from "./schemas";

/** The members list's URL parameters → filters (the page and the export read the same URL). */
export function memberFiltersFrom(params: SearchParams): MemberFilters {
  const kind = param(params, "kind");
  const topic = param(params, "topic");
  const active = param(params, "active");
  return {
    q: param(params, "q")?.trim().slice(0, 100) || undefined,
    kind: kind && (memberKinds as readonly string[]).includes(kind) ? (kind as MemberKind) : undefined,
    teamId: idParam(param(params, "team")),
    topic: topic && topicCodes.includes(topic) ? topic : undefined,
    active: active === "yes" || active === "no" ? active : undefined,
    sort: oneOf(memberSorts, param(params, "sort"), "name"),
    dir: oneOf(["asc", "desc"] as const, param(params, "dir"), "asc"),
    page: pageOf(params),
  };
}
