import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { communes, households, members, villages } from "@/lib/db/schema";
import { balance, priorityOf } from "./balancer";
import { loadBalancerState } from "./state";

/** The commune the page works on: the viewer's own, or (admin) one named in the URL and in scope. */
export async function assignmentCommune(viewer: Viewer, requested?: number) {
  const id = viewer.communeId ?? requested;
  if (id == null) return null;
  const [row] = await db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(and(eq(communes.id, id), communeScope(viewer, communes.id)));
  return row ?? null;
}

export function communeChoices(viewer: Viewer) {
  return db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(communeScope(viewer, communes.id))
    .orderBy(asc(communes.name));
}

/**
 * Each volunteer's load (active ones, and inactive ones still holding households), the households
 * nobody looks after, and the balancer's proposal with the fingerprint the apply must match.
 */
export async function assignmentBoard(viewer: Viewer, communeId: number, cap: number) {
  const scope = communeScope(viewer, households.communeId);
  const load = sql<number>`(select count(*)::int from households h where h.assigned_member_id = members.id)`;
  const [volunteers, unassigned, villageNames, state] = await Promise.all([
    db
      .select({ id: members.id, fullName: members.fullName, active: members.active, villageName: villages.name, load })
      .from(members)
      .leftJoin(villages, eq(villages.id, members.villageId))
      .where(
        and(
          eq(members.communeId, communeId),
          communeScope(viewer, members.communeId),
          or(eq(members.active, true), sql`${load} > 0`),
        ),
      )
      .orderBy(asc(members.fullName), asc(members.id)),
    db
      .select({ id: households.id, code: households.code, headName: households.headName, villageName: villages.name })
      .from(households)
      .innerJoin(villages, eq(villages.id, households.villageId))
      .where(and(eq(households.communeId, communeId), scope, isNull(households.assignedMemberId)))
      .orderBy(asc(villages.name), asc(households.code))
      .limit(500),
    db.select({ id: villages.id, name: villages.name }).from(villages).where(eq(villages.communeId, communeId)),
    loadBalancerState(db, communeId),
  ]);
  const codes = new Map(
    (
      await db
        .select({ id: households.id, code: households.code, headName: households.headName })
        .from(households)
        .where(and(eq(households.communeId, communeId), scope))
    ).map((h) => [h.id, h]),
  );
  const villageName = new Map(villageNames.map((v) => [v.id, v.name]));
  const memberName = new Map(volunteers.map((v) => [v.id, v.fullName]));
  const byHousehold = new Map(state.households.map((h) => [h.id, h]));
  const moves = balance({ ...state, cap }).map((m) => {
    const h = byHousehold.get(m.householdId)!;
    return {
      ...m,
      code: codes.get(m.householdId)?.code ?? "",
      headName: codes.get(m.householdId)?.headName ?? "",
      villageName: villageName.get(h.villageId) ?? "",
      priority: priorityOf(h),
      fromName: m.fromVolunteerId == null ? null : (memberName.get(m.fromVolunteerId) ?? null),
      toName: m.toVolunteerId == null ? null : (memberName.get(m.toVolunteerId) ?? null),
    };
  });
  const unassignedTotal = state.households.filter((h) => h.assigneeId == null).length;
  return {
    volunteers,
    unassigned,
    unassignedTotal,
    householdsTotal: state.households.length,
    moves,
    fingerprint: state.fingerprint,
  };
}

export type AssignmentBoard = Awaited<ReturnType<typeof assignmentBoard>>;
export type ProposedMove = AssignmentBoard["moves"][number];
