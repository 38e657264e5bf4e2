import "server-only";
import { and, asc, between, eq, isNull, lte, sql, type Column } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope, provinceScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import {
  communeDailyReach,
  communeDailyStats,
  communes,
  members,
  mobileDesks,
  provinces,
  targets,
  villageHouseholdCounts,
  villages,
} from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";
import { addDays, bucketsOf, sumIntoBuckets } from "@/lib/filters/period";
import { behindReasons, coverageOf, median, type BehindRule } from "./ranking";

type Range = { from: string; to: string };
const int = (expr: ReturnType<typeof sql>) => sql<number>`coalesce(${expr}, 0)::int`;

// Every aggregate is restricted to the province's communes inside its own subquery: PostgreSQL
// does not push the outer join's condition into a grouped subquery, and without this each one
// would sum the whole database before the join threw most of it away.
const inProvince = (column: Column, provinceId: number) =>
  sql`${column} in (select id from communes where province_id = ${provinceId})`;

/** Provinces the viewer may look at (one for a provincial officer), by name. */
export async function provincesInScope(viewer: Viewer, db: Executor = appDb) {
  return db
    .select({ id: provinces.id, name: provinces.name })
    .from(provinces)
    .where(provinceScope(viewer, provinces.id))
    .orderBy(asc(provinces.name));
}

/**
 * The province the page shows: the officer's own, or for an admin the one in the URL (else the
 * first). Null when the id is not a province the viewer may see (→ 404).
 */
export async function resolveProvince(viewer: Viewer, requested: number | null | "invalid", db: Executor = appDb) {
  if (requested === "invalid" || (viewer.role !== "admin" && viewer.role !== "provincial_officer")) return null;
  const all = await provincesInScope(viewer, db);
  if (requested === null) return all[0] ? { province: all[0], all } : null;
  const found = all.find((p) => p.id === requested);
  return found ? { province: found, all } : null;
}

/**
 * One row per active commune of the province: coverage to the period's end, proficient
 * households, the period's counters, mobile desks held in the rule's window, active volunteers,
 * progress against the households-reached target, and why it is falling behind.
 */
export async function provinceCommuneRows(
  viewer: Viewer,
  provinceId: number,
  range: Range,
  today: string,
  rule: BehindRule,
  db: Executor = appDb,
) {
  const deskFrom = addDays(today, -(rule.deskDays - 1));
  const v = db
    .select({
      communeId: villages.communeId,
      total: int(sql`sum(${villages.householdsTotal})`).as("c_total"),
      remote: sql<number>`count(*) filter (where ${villages.remote})::int`.as("c_remote"),
    })
    .from(villages)
    .where(and(eq(villages.active, true), inProvince(villages.communeId, provinceId)))
    .groupBy(villages.communeId)
    .as("v");
  // The commune × day rollups: ~100 communes × days, not ~3,000 villages × days.
  const reach = db
    .select({
      communeId: communeDailyReach.communeId,
      reached: int(sql`sum(${communeDailyReach.householdsFirstReached})`).as("c_reached"),
    })
    .from(communeDailyReach)
    .where(and(inProvince(communeDailyReach.communeId, provinceId), lte(communeDailyReach.day, range.to)))
    .groupBy(communeDailyReach.communeId)
    .as("r");
  const stats = db
    .select({
      communeId: communeDailyStats.communeId,
      people: int(sql`sum(${communeDailyStats.peopleServed})`).as("c_people"),
      served: int(sql`sum(${communeDailyStats.householdsServed})`).as("c_served"),
      eid: int(sql`sum(${communeDailyStats.eidActivated})`).as("c_eid"),
      dossiers: int(sql`sum(${communeDailyStats.dossiersSubmitted})`).as("c_dossiers"),
      signatures: int(sql`sum(${communeDailyStats.signaturesInstalled})`).as("c_signatures"),
      sims: int(sql`sum(${communeDailyStats.simsGiven})`).as("c_sims"),
    })
    .from(communeDailyStats)
    .where(
      and(inProvince(communeDailyStats.communeId, provinceId), between(communeDailyStats.day, range.from, range.to)),
    )
    .groupBy(communeDailyStats.communeId)
    .as("s");
  // Per-village counters kept by the household writes (lib/db/household-counts.ts): ~3,000 rows,
  // not a count over the province's million households.
  const h = db
    .select({
      communeId: villageHouseholdCounts.communeId,
      proficient: int(sql`sum(${villageHouseholdCounts.proficient})`).as("c_proficient"),
    })
    .from(villageHouseholdCounts)
    .where(inProvince(villageHouseholdCounts.communeId, provinceId))
    .groupBy(villageHouseholdCounts.communeId)
    .as("h");
  const d = db
    .select({ communeId: mobileDesks.communeId, held: sql<number>`count(*)::int`.as("c_held") })
    .from(mobileDesks)
    .where(
      and(
        eq(mobileDesks.status, "held"),
        inProvince(mobileDesks.communeId, provinceId),
        sql`${vietnamDay(mobileDesks.startsAt)} between ${deskFrom} and ${today}`,
      ),
    )
    .groupBy(mobileDesks.communeId)
    .as("d");
  const m = db
    .select({ communeId: members.communeId, active: sql<number>`count(*)::int`.as("c_active") })
    .from(members)
    .where(and(eq(members.active, true), inProvince(members.communeId, provinceId)))
    .groupBy(members.communeId)
    .as("m");
  const t = db
    .select({ communeId: targets.communeId, value: sql<number>`max(${targets.targetValue})`.as("target_value") })
    .from(targets)
    .where(
      and(
        inProvince(targets.communeId, provinceId),
        eq(targets.indicator, "households_reached"),
        isNull(targets.formerCommuneId),
        lte(targets.startsOn, range.to),
        sql`${targets.dueOn} >= ${range.to}`,
      ),
    )
    .groupBy(targets.communeId)
    .as("t");

  const rows = await db
    .select({
      communeId: communes.id,
      name: communes.name,
      kind: communes.kind,
      householdsTotal: int(sql`${v.total}`),
      remoteVillages: int(sql`${v.remote}`),
      reached: int(sql`${reach.reached}`),
      proficient: int(sql`${h.proficient}`),
      peopleServed: int(sql`${stats.people}`),
      householdsServed: int(sql`${stats.served}`),
      eidActivated: int(sql`${stats.eid}`),
      dossiersSubmitted: int(sql`${stats.dossiers}`),
      signaturesInstalled: int(sql`${stats.signatures}`),
      simsGiven: int(sql`${stats.sims}`),
      desksHeld: int(sql`${d.held}`),
      activeVolunteers: int(sql`${m.active}`),
      reachTarget: sql<number | null>`${t.value}`,
    })
    .from(communes)
    .leftJoin(v, eq(v.communeId, communes.id))
    .leftJoin(reach, eq(reach.communeId, communes.id))
    .leftJoin(stats, eq(stats.communeId, communes.id))
    .leftJoin(h, eq(h.communeId, communes.id))
    .leftJoin(d, eq(d.communeId, communes.id))
    .leftJoin(m, eq(m.communeId, communes.id))
    .leftJoin(t, eq(t.communeId, communes.id))
    .where(and(communeScope(viewer, communes.id), eq(communes.provinceId, provinceId), eq(communes.active, true)));

  // Sorted here, not in SQL: the database's collation may not know Vietnamese (C in PGlite).
  rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const withCoverage = rows.map((r) => ({
    ...r,
    reachTarget: r.reachTarget == null ? null : Number(r.reachTarget),
    coverage: coverageOf(r.reached, r.householdsTotal),
    proficiency: coverageOf(r.proficient, r.householdsTotal),
    targetProgress: r.reachTarget ? r.reached / Number(r.reachTarget) : null,
  }));
  const medianCoverage = median(withCoverage.filter((r) => r.householdsTotal > 0).map((r) => r.coverage));
  return {
    medianCoverage,
    rows: withCoverage.map((r) => ({
      ...r,
      behind: behindReasons(
        {
          coverage: r.coverage,
          householdsTotal: r.householdsTotal,
          desksHeldInWindow: r.desksHeld,
          remoteVillages: r.remoteVillages,
        },
        medianCoverage,
        rule,
      ),
    })),
  };
}

export type ProvinceCommuneRow = Awaited<ReturnType<typeof provinceCommuneRows>>["rows"][number];

/** The province's people served, households served, signatures and SIMs per bucket. */
export async function provinceTrend(viewer: Viewer, provinceId: number, range: Range, db: Executor = appDb) {
  const days = await db
    .select({
      day: communeDailyStats.day,
      peopleServed: int(sql`sum(${communeDailyStats.peopleServed})`),
      householdsServed: int(sql`sum(${communeDailyStats.householdsServed})`),
      signaturesInstalled: int(sql`sum(${communeDailyStats.signaturesInstalled})`),
      simsGiven: int(sql`sum(${communeDailyStats.simsGiven})`),
    })
    .from(communeDailyStats)
    .where(
      and(
        communeScope(viewer, communeDailyStats.communeId),
        inProvince(communeDailyStats.communeId, provinceId),
        between(communeDailyStats.day, range.from, range.to),
      ),
    )
    .groupBy(communeDailyStats.day);
  const buckets = bucketsOf(range);
  return {
    unit: buckets[0]?.unit ?? "day",
    points: sumIntoBuckets(buckets, days, ["peopleServed", "householdsServed", "signaturesInstalled", "simsGiven"]),
  };
}

/** The latest day with a record anywhere in the province. */
export async function provinceAsOf(viewer: Viewer, provinceId: number, db: Executor = appDb) {
  // One index probe per commune (the rollup's key starts with commune and day) instead of
  // reading every day of every commune.
  const latest = db
    .select({ day: sql<string | null>`max(${communeDailyStats.day})`.as("day") })
    .from(communeDailyStats)
    .where(eq(communeDailyStats.communeId, communes.id))
    .as("latest");
  const [row] = await db
    .select({ day: sql<string | null>`max(${latest.day})` })
    .from(communes)
    .innerJoinLateral(latest, sql`true`)
    .where(and(communeScope(viewer, communes.id), eq(communes.provinceId, provinceId)));
  return row?.day ?? null;
}

/** How many active communes of the province the viewer sees (the page's header, before the table streams in). */
export async function provinceCommuneCount(viewer: Viewer, provinceId: number, db: Executor = appDb) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(communes)
    .where(and(communeScope(viewer, communes.id), eq(communes.provinceId, provinceId), eq(communes.active, true)));
  return row?.n ?? 0;
}
