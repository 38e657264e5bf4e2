import "server-only";
import { and, asc, eq, inArray, max, sql, type Column, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { idParamOrInvalid, type SearchParams } from "@/lib/core/url-params";
import { db as appDb, type Executor } from "@/lib/db";
import { communeDailyStats, communes, formerCommunes, provinces, villageDailyStats, villages } from "@/lib/db/schema";
import type { CommuneKind } from "@/lib/db/schema/enums";
import { channelParam, type OverviewFilter } from "./filters";

export interface OverviewArea {
  filter: OverviewFilter;
  commune: { id: number; name: string; kind: CommuneKind; provinceName: string } | null;
  /** Communes the viewer may drill into (one for commune roles). */
  communeCount: number;
  villages: { id: number; name: string; remote: boolean; formerCommuneId: number | null }[];
  formerCommunes: { id: number; name: string }[];
  /** The latest day with a record in the area: the figures' "as of". */
  asOf: string | null;
}

const isCommuneRole = (viewer: Viewer) => viewer.role === "commune_secretary" || viewer.role === "center_director";

/**
 * Reads the overview's area from the URL and checks every id against the viewer's scope. Returns
 * null when an id is unknown or outside the scope: the page answers 404 and shows no data.
 */
export async function resolveOverviewArea(
  viewer: Viewer,
  params: SearchParams,
  db: Executor = appDb,
): Promise<OverviewArea | null> {
  const [communeParam, villageParam, formerParam] = [
    idParamOrInvalid(params, "commune"),
    idParamOrInvalid(params, "village"),
    idParamOrInvalid(params, "former"),
  ];
  if (communeParam === "invalid" || villageParam === "invalid" || formerParam === "invalid") return null;

  let communeId = communeParam;
  if (isCommuneRole(viewer)) {
    if (communeId !== null && communeId !== viewer.communeId) return null;
    communeId = viewer.communeId;
    if (communeId === null) return null;
  }

  const inScope = communeScope(viewer, communes.id);
  // Every read below is scoped on its own, so they run together (one round trip, not four); the
  // ids from the URL are checked against their results before anything is returned.
  const filter: OverviewFilter = {
    communeId,
    villageId: villageParam,
    formerCommuneId: formerParam,
    channel: channelParam(params),
  };
  const [[count], [commune], villageRows, formerRows, asOf] = await Promise.all([
    // The count only feeds the "all N communes" line, so one commune's view skips the query.
    communeId !== null
      ? [{ n: 1 }]
      : db
          .select({ n: sql<number>`count(*)::int` })
          .from(communes)
          .where(and(inScope, eq(communes.active, true))),
    communeId === null
      ? []
      : db
          .select({ id: communes.id, name: communes.name, kind: communes.kind, provinceName: provinces.name })
          .from(communes)
          .innerJoin(provinces, eq(provinces.id, communes.provinceId))
          .where(and(eq(communes.id, communeId), inScope)),
    // Villages and former communes are only offered (and accepted) inside one commune.
    communeId === null
      ? []
      : db
          .select({
            id: villages.id,
            name: villages.name,
            remote: villages.remote,
            formerCommuneId: villages.formerCommuneId,
          })
          .from(villages)
          .where(
            and(eq(villages.communeId, communeId), eq(villages.active, true), communeScope(viewer, villages.communeId)),
          )
          .orderBy(asc(villages.name)),
    communeId === null
      ? []
      : db
          .select({ id: formerCommunes.id, name: formerCommunes.name })
          .from(formerCommunes)
          .where(and(eq(formerCommunes.communeId, communeId), communeScope(viewer, formerCommunes.communeId)))
          .orderBy(asc(formerCommunes.name)),
    latestDay(viewer, filter, db),
  ]);
  if (communeId !== null && !commune) return null;
  if (villageParam !== null && !villageRows.some((v) => v.id === villageParam)) return null;
  if (formerParam !== null && !formerRows.some((f) => f.id === formerParam)) return null;
  return {
    filter,
    commune: commune ?? null,
    communeCount: count?.n ?? 0,
    villages: villageRows,
    formerCommunes: formerRows,
    asOf,
  };
}

/** The latest day with a record in the area (the commune × day rollup when no village filter). */
async function latestDay(viewer: Viewer, filter: OverviewFilter, db: Executor): Promise<string | null> {
  const whole = filter.villageId === null && filter.formerCommuneId === null;
  const [latest] = whole
    ? await db
        .select({ day: max(communeDailyStats.day) })
        .from(communeDailyStats)
        .where(
          and(
            communeScope(viewer, communeDailyStats.communeId),
            filter.communeId === null ? undefined : eq(communeDailyStats.communeId, filter.communeId),
          ),
        )
    : await db
        .select({ day: max(villageDailyStats.day) })
        .from(villageDailyStats)
        .where(areaWhere(viewer, filter, villageDailyStats));
  return latest?.day ?? null;
}

/** The viewer's scope and the filter's area (commune, village, former commune) on a rollup table. */
export function areaWhere(viewer: Viewer, filter: OverviewFilter, t: { communeId: Column; villageId: Column }): SQL {
  const parts: SQL[] = [communeScope(viewer, t.communeId)];
  if (filter.communeId !== null) parts.push(eq(t.communeId, filter.communeId));
  if (filter.villageId !== null) parts.push(eq(t.villageId, filter.villageId));
  if (filter.formerCommuneId !== null) {
    parts.push(
      inArray(t.villageId, sql`(select id from villages where former_commune_id = ${filter.formerCommuneId})`),
    );
  }
  return and(...parts)!;
}
