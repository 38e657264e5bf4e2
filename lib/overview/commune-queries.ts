import "server-only";
import { and, asc, between, eq, lte, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import {
  communeDailyReach,
  communeDailyStats,
  communeProcedureDailyStats,
  procedures,
  villageDailyReach,
  villageDailyStats,
  villageHouseholdCounts,
  villageProcedureDailyStats,
  villages,
} from "@/lib/db/schema";
import { previousPeriod, bucketsOf, sumIntoBuckets } from "@/lib/filters/period";
import { areaWhere } from "./scope";
import type { OverviewFilter } from "./filters";

// The commune overview's widgets, each one query over the rollups (never support_records), so
// each can stream in its own Suspense boundary. Every read carries the viewer's scope.

type Range = { from: string; to: string };
const int = (expr: ReturnType<typeof sql>) => sql<number>`coalesce(${expr}, 0)::int`;

/** Scope, area and channel on village_daily_stats. */
function statsWhere(viewer: Viewer, filter: OverviewFilter) {
  const parts = [areaWhere(viewer, filter, villageDailyStats)];
  if (filter.channel) parts.push(eq(villageDailyStats.channel, filter.channel));
  return and(...parts)!;
}

/** No village or former-commune filter: whole communes, so the commune × day rollups answer. */
export const wholeCommunes = (filter: OverviewFilter) => filter.villageId === null && filter.formerCommuneId === null;

/**
 * The daily counters to sum: the commune × day rollup for whole communes (~30× fewer rows; a
 * provincial officer's all-communes view would otherwise sum every village of the province),
 * else the village × day rollup. Both carry the same columns.
 */
function dailyStats(viewer: Viewer, filter: OverviewFilter) {
  if (!wholeCommunes(filter))
    return {
      t: villageDailyStats as typeof villageDailyStats | typeof communeDailyStats,
      where: statsWhere(viewer, filter),
    };
  const t = communeDailyStats;
  const parts = [communeScope(viewer, t.communeId)];
  if (filter.communeId !== null) parts.push(eq(t.communeId, filter.communeId));
  if (filter.channel) parts.push(eq(t.channel, filter.channel));
  return { t: t as typeof villageDailyStats | typeof communeDailyStats, where: and(...parts)! };
}

/** Households first reached per day, per commune for whole communes, else per village. */
function dailyReach(viewer: Viewer, filter: OverviewFilter) {
  if (!wholeCommunes(filter))
    return {
      t: villageDailyReach as typeof villageDailyReach | typeof communeDailyReach,
      where: areaWhere(viewer, filter, villageDailyReach),
    };
  const t = communeDailyReach;
  return {
    t: t as typeof villageDailyReach | typeof communeDailyReach,
    where: and(
      communeScope(viewer, t.communeId),
      filter.communeId === null ? undefined : eq(t.communeId, filter.communeId),
    )!,
  };
}

/** Households in the area, reached by a date, and with a proficient member (the programme's goal). */
export async function householdFigures(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const prev = previousPeriod(range);
  const reach = dailyReach(viewer, filter);
  const [[villageRow], [reachRow], [proficientRow]] = await Promise.all([
    db
      .select({ total: int(sql`sum(${villages.householdsTotal})`) })
      .from(villages)
      .where(
        and(
          areaWhere(viewer, filter, { communeId: villages.communeId, villageId: villages.id }),
          eq(villages.active, true),
        ),
      ),
    db
      .select({
        reached: int(sql`sum(${reach.t.householdsFirstReached}) filter (where ${reach.t.day} <= ${range.to})`),
        reachedBefore: int(sql`sum(${reach.t.householdsFirstReached}) filter (where ${reach.t.day} <= ${prev.to})`),
        reachedPrevious: int(
          sql`sum(${reach.t.householdsFirstReached}) filter (where ${reach.t.day} between ${prev.from} and ${prev.to})`,
        ),
      })
      .from(reach.t)
      .where(and(reach.where, lte(reach.t.day, range.to))),
    // Kept per village by the household writes (lib/db/household-counts.ts): no count over households.
    db
      .select({ proficient: int(sql`sum(${villageHouseholdCounts.proficient})`) })
      .from(villageHouseholdCounts)
      .where(areaWhere(viewer, filter, villageHouseholdCounts)),
  ]);
  return {
    householdsTotal: villageRow?.total ?? 0,
    reached: reachRow?.reached ?? 0,
    reachedInPeriod: (reachRow?.reached ?? 0) - (reachRow?.reachedBefore ?? 0),
    reachedInPrevious: reachRow?.reachedPrevious ?? 0,
    proficient: proficientRow?.proficient ?? 0,
  };
}

export const counters = [
  "peopleServed",
  "householdsServed",
  "eidActivated",
  "signaturesInstalled",
  "simsGiven",
  "dossiersSubmitted",
] as const;
export type Counter = (typeof counters)[number];

/** The counters summed over the period and over the previous period of equal length. */
export async function counterFigures(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const prev = previousPeriod(range);
  const { t, where } = dailyStats(viewer, filter);
  const select: Record<string, ReturnType<typeof int>> = {};
  for (const key of counters) {
    select[`${key}Current`] = int(sql`sum(${t[key]}) filter (where ${t.day} >= ${range.from})`);
    select[`${key}Previous`] = int(sql`sum(${t[key]}) filter (where ${t.day} <= ${prev.to})`);
  }
  const [row] = await db
    .select(select)
    .from(t)
    .where(and(where, between(t.day, prev.from, range.to)));
  const pick = (suffix: string) =>
    Object.fromEntries(counters.map((k) => [k, Number(row?.[`${k}${suffix}`] ?? 0)])) as Record<Counter, number>;
  return { current: pick("Current"), previous: pick("Previous") };
}

/** Households served, signatures and SIMs per bucket (day / week / month by the period's length). */
export async function trendSeries(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const { t, where } = dailyStats(viewer, filter);
  const days = await db
    .select({
      day: t.day,
      householdsServed: int(sql`sum(${t.householdsServed})`),
      signaturesInstalled: int(sql`sum(${t.signaturesInstalled})`),
      simsGiven: int(sql`sum(${t.simsGiven})`),
    })
    .from(t)
    .where(and(where, between(t.day, range.from, range.to)))
    .groupBy(t.day);
  const buckets = bucketsOf(range);
  return {
    unit: buckets[0]?.unit ?? "day",
    points: sumIntoBuckets(buckets, days, ["householdsServed", "signaturesInstalled", "simsGiven"]),
  };
}

/** One row per village of the area: coverage to the period's end and the period's activity. */
export async function villageBreakdown(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const stats = db
    .select({
      villageId: villageDailyStats.villageId,
      people: int(sql`sum(${villageDailyStats.peopleServed})`).as("people"),
      served: int(sql`sum(${villageDailyStats.householdsServed})`).as("served"),
    })
    .from(villageDailyStats)
    .where(and(statsWhere(viewer, filter), between(villageDailyStats.day, range.from, range.to)))
    .groupBy(villageDailyStats.villageId)
    .as("s");
  const reach = db
    .select({
      villageId: villageDailyReach.villageId,
      reached: int(sql`sum(${villageDailyReach.householdsFirstReached})`).as("reached"),
    })
    .from(villageDailyReach)
    .where(and(areaWhere(viewer, filter, villageDailyReach), lte(villageDailyReach.day, range.to)))
    .groupBy(villageDailyReach.villageId)
    .as("r");
  return (
    db
      .select({
        villageId: villages.id,
        name: villages.name,
        remote: villages.remote,
        householdsTotal: villages.householdsTotal,
        reached: int(sql`${reach.reached}`),
        householdsServed: int(sql`${stats.served}`),
        peopleServed: int(sql`${stats.people}`),
      })
      .from(villages)
      .leftJoin(stats, eq(stats.villageId, villages.id))
      .leftJoin(reach, eq(reach.villageId, villages.id))
      .where(
        and(
          areaWhere(viewer, filter, { communeId: villages.communeId, villageId: villages.id }),
          eq(villages.active, true),
        ),
      )
      .orderBy(sql`coalesce(${stats.served}, 0) desc`, asc(villages.name))
      // A whole province has thousands of villages; the busiest are what a chart can show.
      .limit(filter.communeId === null ? 50 : 1000)
  );
}

/** Procedures handled in the period (the procedure rollups carry no channel). */
export async function procedureBreakdown(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  // Per commune for whole communes (a province's view sums ~100 communes, not ~3,000 villages).
  const t = wholeCommunes(filter) ? communeProcedureDailyStats : villageProcedureDailyStats;
  const area = wholeCommunes(filter)
    ? and(communeScope(viewer, t.communeId), filter.communeId === null ? undefined : eq(t.communeId, filter.communeId))
    : areaWhere(viewer, filter, villageProcedureDailyStats);
  return db
    .select({
      code: t.procedureCode,
      nameVi: procedures.nameVi,
      nameEn: procedures.nameEn,
      records: int(sql`sum(${t.records})`),
    })
    .from(t)
    .innerJoin(procedures, eq(procedures.code, t.procedureCode))
    .where(and(area, between(t.day, range.from, range.to)))
    .groupBy(t.procedureCode, procedures.nameVi, procedures.nameEn)
    .having(sql`sum(${t.records}) > 0`)
    .orderBy(sql`sum(${t.records}) desc`, asc(t.procedureCode));
}

/** Contacts, people and households by channel (door to door, mobile desk, center). */
export async function channelBreakdown(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const { t, where } = dailyStats(viewer, filter);
  return db
    .select({
      channel: t.channel,
      records: int(sql`sum(${t.records})`),
      peopleServed: int(sql`sum(${t.peopleServed})`),
      householdsServed: int(sql`sum(${t.householdsServed})`),
    })
    .from(t)
    .where(and(where, between(t.day, range.from, range.to)))
    .groupBy(t.channel)
    .orderBy(asc(t.channel));
}
