import "server-only";
import { and, asc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import {
  memberHouseholdCounts,
  members,
  mobileDesks,
  targets,
  villageDailyReach,
  villageDailyStats,
  villageHouseholdCounts,
  villages,
} from "@/lib/db/schema";
import { monthEnd, monthStart } from "@/lib/filters/period";
import { timeZone } from "@/lib/i18n/config";
import { loadBandOf, loadBands, type LoadBand } from "./ranking";
import { areaWhere } from "./scope";
import type { OverviewFilter } from "./filters";

const int = (expr: ReturnType<typeof sql>) => sql<number>`coalesce(${expr}, 0)::int`;

/**
 * Households assigned to each active volunteer, in bands against the "1+20" norm. A volunteer's
 * load is their whole load in the commune, so the village filter does not narrow it.
 */
export async function volunteerLoad(viewer: Viewer, filter: OverviewFilter, db: Executor = appDb) {
  // Households per volunteer are kept by the household writes (lib/db/household-counts.ts): one
  // row per volunteer, not a pass over the area's households.
  const inArea = and(
    communeScope(viewer, members.communeId),
    filter.communeId === null ? undefined : eq(members.communeId, filter.communeId),
  );
  const rows = await db
    .select({ memberId: members.id, households: int(sql`${memberHouseholdCounts.households}`) })
    .from(members)
    .leftJoin(
      memberHouseholdCounts,
      and(eq(memberHouseholdCounts.memberId, members.id), eq(memberHouseholdCounts.communeId, members.communeId)),
    )
    .where(and(inArea, eq(members.active, true)));
  const bands = Object.fromEntries(loadBands.map((b) => [b.key, 0])) as Record<LoadBand, number>;
  for (const r of rows) bands[loadBandOf(r.households)] += 1;
  const assigned = rows.reduce((s, r) => s + r.households, 0);
  return {
    volunteers: rows.length,
    householdsAssigned: assigned,
    atOrAboveNorm: rows.filter((r) => r.households >= 20).length,
    bands: loadBands.map((b) => ({ band: b.key, volunteers: bands[b.key] })),
  };
}

/** Mobile desks held and still planned per remote village in the month holding `today`, against 2–3. */
export async function mobileDesksThisMonth(
  viewer: Viewer,
  filter: OverviewFilter,
  today: string,
  db: Executor = appDb,
) {
  return mobileDesksBetween(viewer, filter, monthStart(today), monthEnd(today), db);
}

/** Mobile desks held and planned per remote village between two days (a report's period); the target is per month. */
export async function mobileDesksBetween(
  viewer: Viewer,
  filter: OverviewFilter,
  from: string,
  to: string,
  db: Executor = appDb,
) {
  const localDay = sql`(${mobileDesks.startsAt} at time zone ${timeZone})::date`;
  const desks = db
    .select({
      villageId: mobileDesks.villageId,
      held: sql<number>`count(*) filter (where ${mobileDesks.status} = 'held')::int`.as("held"),
      planned: sql<number>`count(*) filter (where ${mobileDesks.status} = 'planned')::int`.as("planned"),
    })
    .from(mobileDesks)
    .where(and(communeScope(viewer, mobileDesks.communeId), sql`${localDay} between ${from} and ${to}`))
    .groupBy(mobileDesks.villageId)
    .as("d");
  const rows = await db
    .select({
      villageId: villages.id,
      name: villages.name,
      held: int(sql`${desks.held}`),
      planned: int(sql`${desks.planned}`),
    })
    .from(villages)
    .leftJoin(desks, eq(desks.villageId, villages.id))
    .where(
      and(
        areaWhere(viewer, filter, { communeId: villages.communeId, villageId: villages.id }),
        eq(villages.remote, true),
        eq(villages.active, true),
      ),
    )
    .orderBy(asc(villages.name));
  // The target is 2–3 desks a month per remote village (the field reports' rhythm) unless the
  // province set one for the commune.
  const [target] =
    filter.communeId === null
      ? []
      : await db
          .select({ value: targets.targetValue })
          .from(targets)
          .where(
            and(
              communeScope(viewer, targets.communeId),
              eq(targets.communeId, filter.communeId),
              eq(targets.indicator, "mobile_desks_per_remote_village_month"),
              lte(targets.startsOn, to),
              gte(targets.dueOn, from),
            ),
          )
          .orderBy(asc(targets.dueOn))
          .limit(1);
  return {
    from,
    to,
    targetMin: target ? target.value : 2,
    targetMax: target ? Math.max(target.value, 3) : 3,
    villages: rows,
  };
}

export type TargetIndicator = (typeof targets.indicator.enumValues)[number];

/**
 * The targets covering the area (its commune, or the chosen former commune) and how far along
 * each is: counters summed over the target's window, households reached to date, proficient now.
 */
export async function targetProgress(viewer: Viewer, filter: OverviewFilter, asOf: string, db: Executor = appDb) {
  if (filter.communeId === null || filter.villageId !== null) return [];
  const rows = await db
    .select({
      id: targets.id,
      indicator: targets.indicator,
      value: targets.targetValue,
      startsOn: targets.startsOn,
      dueOn: targets.dueOn,
      formerCommuneId: targets.formerCommuneId,
    })
    .from(targets)
    .where(
      and(
        communeScope(viewer, targets.communeId),
        eq(targets.communeId, filter.communeId),
        filter.formerCommuneId === null
          ? isNull(targets.formerCommuneId)
          : eq(targets.formerCommuneId, filter.formerCommuneId),
        lte(targets.startsOn, asOf),
      ),
    )
    .orderBy(asc(targets.dueOn));
  // Per indicator, the target still running on `asOf`, else the latest one.
  const chosen = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const current = chosen.get(r.indicator);
    if (!current || (current.dueOn < asOf && r.dueOn >= current.dueOn)) chosen.set(r.indicator, r);
  }
  const area = { ...filter, channel: null };
  return Promise.all(
    [...chosen.values()].map(async (t) => ({
      ...t,
      achieved: await achievedFor(viewer, area, t.indicator, t.startsOn, t.dueOn < asOf ? t.dueOn : asOf, db),
    })),
  );
}

const counterOf: Partial<Record<TargetIndicator, keyof typeof villageDailyStats.$inferSelect>> = {
  people_served: "peopleServed",
  eid_activated: "eidActivated",
  signatures_installed: "signaturesInstalled",
  sims_given: "simsGiven",
  dossiers_submitted: "dossiersSubmitted",
  payment_apps_installed: "paymentAppsInstalled",
  smartphones_donated: "smartphonesDonated",
};

async function achievedFor(
  viewer: Viewer,
  filter: OverviewFilter,
  indicator: TargetIndicator,
  from: string,
  to: string,
  db: Executor,
): Promise<number | null> {
  if (indicator === "households_reached") {
    const [row] = await db
      .select({ n: int(sql`sum(${villageDailyReach.householdsFirstReached})`) })
      .from(villageDailyReach)
      .where(and(areaWhere(viewer, filter, villageDailyReach), lte(villageDailyReach.day, to)));
    return row?.n ?? 0;
  }
  if (indicator === "proficient_households") {
    const [row] = await db
      .select({ n: int(sql`sum(${villageHouseholdCounts.proficient})`) })
      .from(villageHouseholdCounts)
      .where(areaWhere(viewer, filter, villageHouseholdCounts));
    return row?.n ?? 0;
  }
  const counter = counterOf[indicator];
  if (!counter) return null;
  const [row] = await db
    .select({ n: int(sql`sum(${villageDailyStats[counter]})`) })
    .from(villageDailyStats)
    .where(
      and(
        areaWhere(viewer, filter, villageDailyStats),
        gte(villageDailyStats.day, from),
        lte(villageDailyStats.day, to),
      ),
    );
  return row?.n ?? 0;
}
