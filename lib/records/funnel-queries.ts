import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { formerCommunes, procedures, villages } from "@/lib/db/schema";
import {
  householdFunnel,
  summariseFunnels,
  type FunnelEvidence,
  type HouseholdFunnel,
  type ProcedureSteps,
} from "./funnel";
import type { VolunteerRoundView } from "./types";

// The household funnel read from support records, for one household or a whole village.

async function procedureSteps(conn: Executor): Promise<ProcedureSteps> {
  const rows = await conn.select({ code: procedures.code, step: procedures.funnelStep }).from(procedures);
  return new Map(rows.map((r) => [r.code, r.step]));
}

interface HouseholdEvidenceRow extends Record<string, unknown> {
  id: number;
  code: string;
  head_name: string;
  assigned_member_id: number | null;
  member_name: string | null;
  elderly: boolean;
  poor: boolean;
  ethnic_minority: boolean;
  has_smartphone: boolean;
  records: number;
  procedures: string[] | string | null;
  eid: number;
  dossiers: number;
  signatures: number;
  sims: number;
  payments: number;
}

const asArray = (value: string[] | string | null): string[] =>
  Array.isArray(value)
    ? value
    : value
      ? value
          .replace(/^\{|\}$/g, "")
          .split(",")
          .filter(Boolean)
      : [];

/** Households (of a village, or one household) with what their records add up to. */
async function householdEvidence(conn: Executor, viewer: Viewer, where: SQL) {
  const rows = await queryRows<HouseholdEvidenceRow>(
    conn,
    sql`select h.id, h.code, h.head_name, h.assigned_member_id, m.full_name as member_name,
               h.elderly, h.poor, h.ethnic_minority, h.has_smartphone,
               coalesce(e.records, 0)::int as records, e.procedures,
               coalesce(e.eid, 0)::int as eid, coalesce(e.dossiers, 0)::int as dossiers,
               coalesce(e.signatures, 0)::int as signatures, coalesce(e.sims, 0)::int as sims,
               coalesce(e.payments, 0)::int as payments
        from households h
        left join members m on m.id = h.assigned_member_id
        left join lateral (
          select count(*) as records,
                 (select array_agg(distinct p.procedure_code) from support_record_procedures p
                   join support_records r2 on r2.id = p.record_id where r2.household_id = h.id) as procedures,
                 sum(r.eid_activated) as eid, sum(r.dossiers_submitted) as dossiers,
                 sum(r.signatures_installed) as signatures, sum(r.sims_given) as sims,
                 sum(r.payment_apps_installed) as payments
          from support_records r where r.household_id = h.id
        ) e on true
        where ${communeScope(viewer, sql`h.commune_id`)} and ${where}
        order by h.code`,
  );
  return rows.map((r) => {
    const evidence: FunnelEvidence = {
      procedures: asArray(r.procedures),
      eidActivated: Number(r.eid),
      dossiersSubmitted: Number(r.dossiers),
      signaturesInstalled: Number(r.signatures),
      simsGiven: Number(r.sims),
      paymentAppsInstalled: Number(r.payments),
    };
    return { row: r, evidence, reached: Number(r.records) > 0 };
  });
}

/** One household's funnel; null when the household is not the viewer's to see. */
export async function householdFunnelOf(
  viewer: Viewer,
  householdId: number,
  conn: Executor = db,
): Promise<HouseholdFunnel | null> {
  if (!Number.isSafeInteger(householdId) || householdId <= 0) return null;
  const [steps, found] = await Promise.all([
    procedureSteps(conn),
    householdEvidence(conn, viewer, sql`h.id = ${householdId}`),
  ]);
  const household = found[0];
  return household ? householdFunnel([household.evidence], steps) : null;
}

/**
 * A village's funnel summary and, per volunteer, the households assigned to them that no record
 * names yet (their next round). Null when the village is not the viewer's.
 */
export async function villageFunnel(viewer: Viewer, villageId: number, conn: Executor = db) {
  if (!Number.isSafeInteger(villageId) || villageId <= 0) return null;
  const [village] = await conn
    .select({
      id: villages.id,
      name: villages.name,
      householdsTotal: villages.householdsTotal,
      formerCommune: formerCommunes.name,
    })
    .from(villages)
    .leftJoin(formerCommunes, eq(formerCommunes.id, villages.formerCommuneId))
    .where(and(communeScope(viewer, villages.communeId), eq(villages.id, villageId)));
  if (!village) return null;
  const [steps, households] = await Promise.all([
    procedureSteps(conn),
    householdEvidence(conn, viewer, sql`h.village_id = ${villageId}`),
  ]);
  const summary = summariseFunnels(
    households.map((h) => ({ reached: h.reached, funnel: householdFunnel([h.evidence], steps) })),
  );

  const rounds = new Map<number | null, VolunteerRoundView>();
  for (const { row, reached } of households) {
    if (reached) continue;
    const key = row.assigned_member_id;
    const round = rounds.get(key) ?? { memberId: key, memberName: row.member_name, households: [] };
    round.households.push({
      id: Number(row.id),
      code: row.code,
      headName: row.head_name,
      elderly: row.elderly,
      poor: row.poor,
      ethnicMinority: row.ethnic_minority,
      hasSmartphone: row.has_smartphone,
    });
    rounds.set(key, round);
  }
  // Volunteers by name; households nobody looks after come last.
  const notReached = [...rounds.values()].sort((a, b) =>
    a.memberId === null ? 1 : b.memberId === null ? -1 : (a.memberName ?? "").localeCompare(b.memberName ?? "", "vi"),
  );
  return { village, summary, notReached };
}

/** The villages the funnel page can show, for its picker. */
export async function funnelVillages(viewer: Viewer, conn: Executor = db) {
  return conn
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(and(communeScope(viewer, villages.communeId), eq(villages.active, true)))
    .orderBy(asc(villages.name));
}
