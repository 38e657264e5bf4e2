import "server-only";
import { and, asc, desc, eq, gte, lte, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import {
  communes,
  dutyRosterEntries,
  memberLeave,
  members,
  rosterSwapRequests,
  serviceCenters,
  teams,
  users,
} from "@/lib/db/schema";
import { vietnamHolidays } from "@/lib/db/seed/demo-calendar";
import { gapsOf } from "./gaps";
import { yearsOf } from "./generate";
import { periodOf, quarterEnd, quarterStart, type Period } from "./period";

// The roster's reads. Every one puts the viewer's scope in its WHERE: a center, team or member of
// a commune outside it is simply not there (the page then answers "not found").

const centerColumns = {
  id: serviceCenters.id,
  name: serviceCenters.name,
  communeId: serviceCenters.communeId,
  communeName: communes.name,
  dutyPerDay: serviceCenters.dutyPerDay,
  saturdayDuty: serviceCenters.saturdayDuty,
  sundayDuty: serviceCenters.sundayDuty,
  openOnHolidays: serviceCenters.openOnHolidays,
};
export type RosterCenter = {
  id: number;
  name: string;
  communeId: number;
  communeName: string;
  dutyPerDay: number;
  saturdayDuty: number;
  sundayDuty: number;
  openOnHolidays: boolean;
};

/** The centers the viewer may read: a commune role's own, a province's for its officer, all for the admin. */
export function centersInScope(viewer: Viewer): Promise<RosterCenter[]> {
  return db
    .select(centerColumns)
    .from(serviceCenters)
    .innerJoin(communes, eq(communes.id, serviceCenters.communeId))
    .where(communeScope(viewer, serviceCenters.communeId))
    .orderBy(asc(communes.name), asc(serviceCenters.id));
}

/** One center in scope, or null (out of scope and unknown look the same). */
export async function centerById(viewer: Viewer, id: number): Promise<RosterCenter | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [row] = await db
    .select(centerColumns)
    .from(serviceCenters)
    .innerJoin(communes, eq(communes.id, serviceCenters.communeId))
    .where(and(eq(serviceCenters.id, id), communeScope(viewer, serviceCenters.communeId)));
  return row ?? null;
}

export interface RosterFilters {
  teamId?: number;
  memberId?: number;
}

/** The period's entries with names, filtered by team or member (both within the center's commune). */
export function rosterEntries(
  viewer: Viewer,
  center: RosterCenter,
  period: Pick<Period, "from" | "to">,
  filters: RosterFilters = {},
) {
  const where: (SQL | undefined)[] = [
    eq(dutyRosterEntries.serviceCenterId, center.id),
    communeScope(viewer, dutyRosterEntries.communeId),
    gte(dutyRosterEntries.day, period.from),
    lte(dutyRosterEntries.day, period.to),
    filters.teamId ? eq(dutyRosterEntries.teamId, filters.teamId) : undefined,
    filters.memberId ? eq(dutyRosterEntries.memberId, filters.memberId) : undefined,
  ];
  return db
    .select({
      id: dutyRosterEntries.id,
      day: dutyRosterEntries.day,
      shift: dutyRosterEntries.shift,
      memberId: dutyRosterEntries.memberId,
      memberName: members.fullName,
      teamId: dutyRosterEntries.teamId,
      teamName: teams.name,
      task: dutyRosterEntries.task,
      version: dutyRosterEntries.version,
    })
    .from(dutyRosterEntries)
    .innerJoin(
      members,
      and(eq(members.id, dutyRosterEntries.memberId), eq(members.communeId, dutyRosterEntries.communeId)),
    )
    .leftJoin(teams, and(eq(teams.id, dutyRosterEntries.teamId), eq(teams.communeId, dutyRosterEntries.communeId)))
    .where(and(...where))
    .orderBy(
      asc(dutyRosterEntries.day),
      asc(dutyRosterEntries.shift),
      asc(members.fullName),
      asc(dutyRosterEntries.id),
    );
}
export type RosterEntryRow = Awaited<ReturnType<typeof rosterEntries>>[number];

/** Days the center is open with fewer people than it needs (unfiltered: a gap is the center's). */
export async function rosterGaps(viewer: Viewer, center: RosterCenter, period: Pick<Period, "from" | "to" | "days">) {
  const entries = await rosterEntries(viewer, center, period);
  return gapsOf(center, vietnamHolidays(yearsOf(period.from, period.to)), period.days, entries);
}

/**
 * The overview's count of roster gaps: for each center of the commune (in scope), the days of
 * the month of `today` it is open with fewer people than it needs, and those from today on.
 */
export async function rosterGapsThisMonth(viewer: Viewer, communeId: number, today: string) {
  const centers = (await centersInScope(viewer)).filter((c) => c.communeId === communeId);
  const month = periodOf("month", today);
  return Promise.all(
    centers.map(async (center) => {
      const gaps = await rosterGaps(viewer, center, month);
      return { center, from: month.from, to: month.to, gaps, upcoming: gaps.filter((g) => g.day >= today) };
    }),
  );
}

/** Per person: duties over the quarter of `day` (morning, afternoon, full day, weekend). */
export function quarterCounts(viewer: Viewer, center: RosterCenter, day: string) {
  const weekend = sql`extract(isodow from ${dutyRosterEntries.day}) >= 6`;
  const n = (when: SQL) => sql<number>`count(*) filter (where ${when})::int`;
  return db
    .select({
      memberId: dutyRosterEntries.memberId,
      memberName: members.fullName,
      morning: n(sql`not ${weekend} and ${dutyRosterEntries.shift} = 'morning'`),
      afternoon: n(sql`not ${weekend} and ${dutyRosterEntries.shift} = 'afternoon'`),
      fullDay: n(sql`not ${weekend} and ${dutyRosterEntries.shift} = 'full_day'`),
      weekend: n(weekend),
      total: sql<number>`count(*)::int`,
    })
    .from(dutyRosterEntries)
    .innerJoin(
      members,
      and(eq(members.id, dutyRosterEntries.memberId), eq(members.communeId, dutyRosterEntries.communeId)),
    )
    .where(
      and(
        eq(dutyRosterEntries.serviceCenterId, center.id),
        communeScope(viewer, dutyRosterEntries.communeId),
        gte(dutyRosterEntries.day, quarterStart(day)),
        lte(dutyRosterEntries.day, quarterEnd(day)),
      ),
    )
    .groupBy(dutyRosterEntries.memberId, members.fullName)
    .orderBy(asc(members.fullName));
}

/** The center's commune members who may be on duty (forms and filters). */
export function centerMembers(viewer: Viewer, center: RosterCenter) {
  return db
    .select({ id: members.id, fullName: members.fullName })
    .from(members)
    .where(
      and(
        eq(members.communeId, center.communeId),
        communeScope(viewer, members.communeId),
        eq(members.active, true),
        ne(members.kind, "civil_servant"),
      ),
    )
    .orderBy(asc(members.fullName), asc(members.id));
}

export function centerTeams(viewer: Viewer, center: RosterCenter) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(
      and(
        eq(teams.communeId, center.communeId),
        communeScope(viewer, teams.communeId),
        eq(teams.kind, "center_duty"),
        eq(teams.active, true),
      ),
    )
    .orderBy(asc(teams.name));
}

/** Leave overlapping the period, with names. */
export function leaveInPeriod(viewer: Viewer, center: RosterCenter, period: Pick<Period, "from" | "to">) {
  return db
    .select({
      id: memberLeave.id,
      memberId: memberLeave.memberId,
      memberName: members.fullName,
      from: memberLeave.fromDay,
      to: memberLeave.toDay,
      reason: memberLeave.reason,
    })
    .from(memberLeave)
    .innerJoin(members, and(eq(members.id, memberLeave.memberId), eq(members.communeId, memberLeave.communeId)))
    .where(
      and(
        eq(memberLeave.communeId, center.communeId),
        communeScope(viewer, memberLeave.communeId),
        lte(memberLeave.fromDay, period.to),
        gte(memberLeave.toDay, period.from),
      ),
    )
    .orderBy(asc(memberLeave.fromDay), asc(members.fullName));
}

/** One entry in scope (the edit form), or null. */
export async function entryById(viewer: Viewer, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({
      id: dutyRosterEntries.id,
      serviceCenterId: dutyRosterEntries.serviceCenterId,
      day: dutyRosterEntries.day,
      shift: dutyRosterEntries.shift,
      memberId: dutyRosterEntries.memberId,
      memberName: members.fullName,
      task: dutyRosterEntries.task,
      version: dutyRosterEntries.version,
    })
    .from(dutyRosterEntries)
    .innerJoin(
      members,
      and(eq(members.id, dutyRosterEntries.memberId), eq(members.communeId, dutyRosterEntries.communeId)),
    )
    .where(and(eq(dutyRosterEntries.id, id), communeScope(viewer, dutyRosterEntries.communeId)));
  return row ?? null;
}

/**
 * The center's swap proposals for the /roster page: every pending one (oldest first) and the
 * latest decided ones, each with both entries as they are now, the proposer and the decider.
 */
export async function swapRequestsFor(viewer: Viewer, center: RosterCenter, decidedLimit = 8) {
  const e1 = alias(dutyRosterEntries, "e1");
  const e2 = alias(dutyRosterEntries, "e2");
  const m1 = alias(members, "m1");
  const m2 = alias(members, "m2");
  const proposer = alias(users, "proposer");
  const decider = alias(users, "decider");
  const base = () =>
    db
      .select({
        id: rosterSwapRequests.id,
        version: rosterSwapRequests.version,
        status: rosterSwapRequests.status,
        reason: rosterSwapRequests.reason,
        decisionNote: rosterSwapRequests.decisionNote,
        proposedBy: rosterSwapRequests.proposedBy,
        proposerName: proposer.displayName,
        deciderName: decider.displayName,
        createdAt: rosterSwapRequests.createdAt,
        decidedAt: rosterSwapRequests.decidedAt,
        stale: sql<boolean>`(${e1.version} <> ${rosterSwapRequests.firstVersion} or ${e2.version} <> ${rosterSwapRequests.secondVersion})`,
        first: { id: e1.id, day: e1.day, shift: e1.shift, memberName: m1.fullName },
        second: { id: e2.id, day: e2.day, shift: e2.shift, memberName: m2.fullName },
      })
      .from(rosterSwapRequests)
      .innerJoin(e1, eq(e1.id, rosterSwapRequests.firstEntryId))
      .innerJoin(e2, eq(e2.id, rosterSwapRequests.secondEntryId))
      .innerJoin(m1, and(eq(m1.id, e1.memberId), eq(m1.communeId, e1.communeId)))
      .innerJoin(m2, and(eq(m2.id, e2.memberId), eq(m2.communeId, e2.communeId)))
      .leftJoin(proposer, eq(proposer.id, rosterSwapRequests.proposedBy))
      .leftJoin(decider, eq(decider.id, rosterSwapRequests.decidedBy));
  const mine = and(
    eq(rosterSwapRequests.serviceCenterId, center.id),
    communeScope(viewer, rosterSwapRequests.communeId),
  );
  const [pending, decided] = await Promise.all([
    base()
      .where(and(mine, eq(rosterSwapRequests.status, "pending")))
      .orderBy(asc(rosterSwapRequests.createdAt), asc(rosterSwapRequests.id)),
    base()
      .where(and(mine, ne(rosterSwapRequests.status, "pending")))
      .orderBy(desc(rosterSwapRequests.decidedAt), desc(rosterSwapRequests.id))
      .limit(decidedLimit),
  ]);
  return { pending, decided };
}
export type SwapRequestRow = Awaited<ReturnType<typeof swapRequestsFor>>["pending"][number];
