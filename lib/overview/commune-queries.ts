import "server-only";
import { and, asc, between, eq, lte, sql } from "drizzle-orm";
import { db as appDb, type Executor } from "@/lib/db";
import { households, procedures, villageDailyReach, villageDailyStats, villageProcedureDailyStats, villages } from "@/lib/db/schema";
import type { Viewer } from "@/lib/auth/roles";
import type { OverviewFilter } from "./filters";
import { previousPeriod, bucketsOf, sumIntoBuckets } from "@/lib/filters/period";
import { areaWhere } from "./scope";

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

/** Households in the area, reached by a date, and with a proficient member (the programme's goal). */
export async function householdFigures(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const prev = previousPeriod(range);
  const [[villageRow], [reachRow], [proficientRow]] = await Promise.all([
    db
      .select({ total: int(sql`sum(${villages.householdsTotal})`) })
      .from(villages)
      .where(and(areaWhere(viewer, filter, { communeId: villages.communeId, villageId: villages.id }), eq(villages.active, true))),
    db
      .select({
        reached: int(sql`sum(${villageDailyReach.householdsFirstReached}) filter (where ${villageDailyReach.day} <= ${range.to})`),
        reachedBefore: int(sql`sum(${villageDailyReach.householdsFirstReached}) filter (where ${villageDailyReach.day} <= ${prev.to})`),
        reachedPrevious: int(sql`sum(${villageDailyReach.householdsFirstReached}) filter (where ${villageDailyReach.day} between ${prev.from} and ${prev.to})`),
      })
      .from(villageDailyReach)
      .where(and(areaWhere(viewer, filter, villageDailyReach), lte(villageDailyReach.day, range.to))),
    db
      .select({ proficient: sql<number>`count(*)::int` })
      .from(households)
      .where(and(areaWhere(viewer, filter, households), eq(households.hasProficientMember, true))),
  ]);
  return {
    householdsTotal: villageRow?.total ?? 0,
    reached: reachRow?.reached ?? 0,
    reachedInPeriod: (reachRow?.reached ?? 0) - (reachRow?.reachedBefore ?? 0),
    reachedInPrevious: reachRow?.reachedPrevious ?? 0,
    proficient: proficientRow?.proficient ?? 0,
  };
}

const counterSums = {
  peopleServed: villageDailyStats.peopleServed,
  householdsServed: villageDailyStats.householdsServed,
  eidActivated: villageDailyStats.eidActivated,
  signaturesInstalled: villageDailyStats.signaturesInstalled,
  simsGiven: villageDailyStats.simsGiven,
  dossiersSubmitted: villageDailyStats.dossiersSubmitted,
} as const;
export type Counter = keyof typeof counterSums;
export const counters = Object.keys(counterSums) as Counter[];

/** The counters summed over the period and over the previous period of equal length. */
export async function counterFigures(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const prev = previousPeriod(range);
  const select: Record<string, ReturnType<typeof int>> = {};
  for (const [key, column] of Object.entries(counterSums)) {
    select[`${key}Current`] = int(sql`sum(${column}) filter (where ${villageDailyStats.day} >= ${range.from})`);
    select[`${key}Previous`] = int(sql`sum(${column}) filter (where ${villageDailyStats.day} <= ${prev.to})`);
  }
  const [row] = await db
    .select(select)
    .from(villageDailyStats)
    .where(and(statsWhere(viewer, filter), between(villageDailyStats.day, prev.from, range.to)));
  const pick = (suffix: string) => Object.fromEntries(counters.map((k) => [k, Number(row?.[`${k}${suffix}`] ?? 0)])) as Record<Counter, number>;
  return { current: pick("Current"), previous: pick("Previous") };
}

/** Households served, signatures and SIMs per bucket (day / week / month by the period's length). */
export async function trendSeries(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  const days = await db
    .select({
      day: villageDailyStats.day,
      householdsServed: int(sql`sum(${villageDailyStats.householdsServed})`),
      signaturesInstalled: int(sql`sum(${villageDailyStats.signaturesInstalled})`),
      simsGiven: int(sql`sum(${villageDailyStats.simsGiven})`),
    })
    .from(villageDailyStats)
    .where(and(statsWhere(viewer, filter), between(villageDailyStats.day, range.from, range.to)))
    .groupBy(villageDailyStats.day);
  const buckets = bucketsOf(range);
  return { unit: buckets[0]?.unit ?? "day", points: sumIntoBuckets(buckets, days, ["householdsServed", "signaturesInstalled", "simsGiven"]) };
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
    .select({ villageId: villageDailyReach.villageId, reached: int(sql`sum(${villageDailyReach.householdsFirstReached})`).as("reached") })
    .from(villageDailyReach)
    .where(and(areaWhere(viewer, filter, villageDailyReach), lte(villageDailyReach.day, range.to)))
    .groupBy(villageDailyReach.villageId)
    .as("r");
  return db
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
    .where(and(areaWhere(viewer, filter, { communeId: villages.communeId, villageId: villages.id }), eq(villages.active, true)))
    .orderBy(sql`coalesce(${stats.served}, 0) desc`, asc(villages.name))
    // A whole province has thousands of villages; the busiest are what a chart can show.
    .limit(filter.communeId === null ? 50 : 1000);
}

/** Procedures handled in the period (the procedure rollup carries no channel). */
export async function procedureBreakdown(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  return db
    .select({
      code: villageProcedureDailyStats.procedureCode,
      nameVi: procedures.nameVi,
      nameEn: procedures.nameEn,
      records: int(sql`sum(${villageProcedureDailyStats.records})`),
    })
    .from(villageProcedureDailyStats)
    .innerJoin(procedures, eq(procedures.code, villageProcedureDailyStats.procedureCode))
    .where(and(areaWhere(viewer, filter, villageProcedureDailyStats), between(villageProcedureDailyStats.day, range.from, range.to)))
    .groupBy(villageProcedureDailyStats.procedureCode, procedures.nameVi, procedures.nameEn)
    .having(sql`sum(${villageProcedureDailyStats.records}) > 0`)
    .orderBy(sql`sum(${villageProcedureDailyStats.records}) desc`, asc(villageProcedureDailyStats.procedureCode));
}

/** Contacts, people and households by channel (door to door, mobile desk, center). */
export async function channelBreakdown(viewer: Viewer, filter: OverviewFilter, range: Range, db: Executor = appDb) {
  return db
    .select({
      channel: villageDailyStats.channel,
      records: int(sql`sum(${villageDailyStats.records})`),
      peopleServed: int(sql`sum(${villageDailyStats.peopleServed})`),
      householdsServed: int(sql`sum(${villageDailyStats.householdsServed})`),
    })
    .from(villageDailyStats)
    .where(and(statsWhere(viewer, filter), between(villageDailyStats.day, range.from, range.to)))
    .groupBy(villageDailyStats.channel)
    .orderBy(asc(villageDailyStats.channel));
}
