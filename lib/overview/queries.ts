import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { communes, households, members, provinces, villageDailyReach, villageDailyStats, villages } from "@/lib/db/schema";
import { communeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/roles";

export interface UnitRow {
  communeId: number;
  name: string;
  kind: "ward" | "commune" | "special_zone";
  provinceName: string;
  householdsTotal: number;
  householdsReached: number;
  peopleServed: number;
  signaturesInstalled: number;
  simsGiven: number;
}

/**
 * Programme-to-date figures for the viewer's scope, read from the rollups (never raw records),
 * with one row per commune. The commune dashboard (issue 5) grows out of this.
 */
export async function homeSummary(viewer: Viewer) {
  const inScope = communeScope(viewer, communes.id);

  const villageTotals = db
    .select({
      communeId: villages.communeId,
      villages: sql<number>`count(*)::int`.as("villages"),
      remote: sql<number>`count(*) filter (where ${villages.remote})::int`.as("remote"),
      householdsTotal: sql<number>`coalesce(sum(${villages.householdsTotal}), 0)::int`.as("households_total"),
    })
    .from(villages)
    .where(eq(villages.active, true))
    .groupBy(villages.communeId)
    .as("vt");
  const statTotals = db
    .select({
      communeId: villageDailyStats.communeId,
      people: sql<number>`sum(${villageDailyStats.peopleServed})::int`.as("people"),
      eid: sql<number>`sum(${villageDailyStats.eidActivated})::int`.as("eid"),
      signatures: sql<number>`sum(${villageDailyStats.signaturesInstalled})::int`.as("signatures"),
      sims: sql<number>`sum(${villageDailyStats.simsGiven})::int`.as("sims"),
      dossiers: sql<number>`sum(${villageDailyStats.dossiersSubmitted})::int`.as("dossiers"),
      lastDay: sql<string | null>`max(${villageDailyStats.day})`.as("last_day"),
    })
    .from(villageDailyStats)
    .groupBy(villageDailyStats.communeId)
    .as("st");
  const reachTotals = db
    .select({
      communeId: villageDailyReach.communeId,
      reached: sql<number>`sum(${villageDailyReach.householdsFirstReached})::int`.as("reached"),
    })
    .from(villageDailyReach)
    .groupBy(villageDailyReach.communeId)
    .as("rt");
  const householdTotals = db
    .select({
      communeId: households.communeId,
      proficient: sql<number>`count(*) filter (where ${households.hasProficientMember})::int`.as("proficient"),
    })
    .from(households)
    .groupBy(households.communeId)
    .as("ht");
  const memberTotals = db
    .select({
      communeId: members.communeId,
      active: sql<number>`count(*) filter (where ${members.active})::int`.as("active_members"),
    })
    .from(members)
    .groupBy(members.communeId)
    .as("mt");

  const rows = await db
    .select({
      communeId: communes.id,
      name: communes.name,
      kind: communes.kind,
      provinceId: provinces.id,
      provinceName: provinces.name,
      villages: sql<number>`coalesce(${villageTotals.villages}, 0)`,
      remote: sql<number>`coalesce(${villageTotals.remote}, 0)`,
      householdsTotal: sql<number>`coalesce(${villageTotals.householdsTotal}, 0)`,
      householdsReached: sql<number>`coalesce(${reachTotals.reached}, 0)`,
      proficient: sql<number>`coalesce(${householdTotals.proficient}, 0)`,
      peopleServed: sql<number>`coalesce(${statTotals.people}, 0)`,
      eidActivated: sql<number>`coalesce(${statTotals.eid}, 0)`,
      signaturesInstalled: sql<number>`coalesce(${statTotals.signatures}, 0)`,
      simsGiven: sql<number>`coalesce(${statTotals.sims}, 0)`,
      dossiersSubmitted: sql<number>`coalesce(${statTotals.dossiers}, 0)`,
      activeMembers: sql<number>`coalesce(${memberTotals.active}, 0)`,
      lastDay: statTotals.lastDay,
    })
    .from(communes)
    .innerJoin(provinces, eq(provinces.id, communes.provinceId))
    .leftJoin(villageTotals, eq(villageTotals.communeId, communes.id))
    .leftJoin(statTotals, eq(statTotals.communeId, communes.id))
    .leftJoin(reachTotals, eq(reachTotals.communeId, communes.id))
    .leftJoin(householdTotals, eq(householdTotals.communeId, communes.id))
    .leftJoin(memberTotals, eq(memberTotals.communeId, communes.id))
    .where(and(inScope, eq(communes.active, true)))
    .orderBy(provinces.name, communes.name);

  const sum = (key: keyof (typeof rows)[number]) => rows.reduce((acc, r) => acc + Number(r[key] ?? 0), 0);
  const asOf = rows.reduce<string | null>((latest, r) => (r.lastDay && (!latest || r.lastDay > latest) ? r.lastDay : latest), null);
  return {
    communes: rows.length,
    provinces: new Set(rows.map((r) => r.provinceId)).size,
    provinceName: rows[0]?.provinceName ?? null,
    asOf,
    totals: {
      villages: sum("villages"),
      remoteVillages: sum("remote"),
      householdsTotal: sum("householdsTotal"),
      householdsReached: sum("householdsReached"),
      proficient: sum("proficient"),
      peopleServed: sum("peopleServed"),
      eidActivated: sum("eidActivated"),
      signaturesInstalled: sum("signaturesInstalled"),
      simsGiven: sum("simsGiven"),
      dossiersSubmitted: sum("dossiersSubmitted"),
      activeMembers: sum("activeMembers"),
    },
    units: rows.map(
      (r): UnitRow => ({
        communeId: r.communeId,
        name: r.name,
        kind: r.kind,
        provinceName: r.provinceName,
        householdsTotal: Number(r.householdsTotal),
        householdsReached: Number(r.householdsReached),
        peopleServed: Number(r.peopleServed),
        signaturesInstalled: Number(r.signaturesInstalled),
        simsGiven: Number(r.simsGiven),
      }),
    ),
  };
}

export type HomeSummary = Awaited<ReturnType<typeof homeSummary>>;
