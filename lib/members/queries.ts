import "server-only";
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { pageSize } from "@/lib/core/form-schemas";
import { db } from "@/lib/db";
import { households, members, teamMembers, teams, trainingAttendance, trainings, villages } from "@/lib/db/schema";
import type { MemberKind } from "./schemas";

export const memberSorts = ["name", "kind", "village", "households", "joined"] as const;
export type MemberSort = (typeof memberSorts)[number];

export interface MemberFilters {
  q?: string;
  kind?: MemberKind;
  teamId?: number;
  topic?: string;
  active?: "yes" | "no";
  sort: MemberSort;
  dir: "asc" | "desc";
  page: number;
}

const householdCount = sql<number>`(select count(*)::int from households h where h.assigned_member_id = members.id)`;
const topicList = sql<string[]>`coalesce((select array_agg(distinct t.topic order by t.topic) from training_attendance a
  join trainings tr on tr.id = a.training_id, unnest(tr.topics) as t(topic) where a.member_id = members.id), '{}')`;

/** Most rows an export writes: far above any commune's members, low enough to bound the file. */
export const exportLimit = 20_000;

/** One page of the members list (or, with `all`, every matching member for an export) and the total. */
export async function listMembers(viewer: Viewer, f: MemberFilters, options: { all?: boolean } = {}) {
  const conditions: (SQL | undefined)[] = [communeScope(viewer, members.communeId)];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(members.fullName, like), ilike(members.affiliation, like)));
  }
  if (f.kind) conditions.push(eq(members.kind, f.kind));
  if (f.active) conditions.push(eq(members.active, f.active === "yes"));
  if (f.teamId)
    conditions.push(
      sql`exists (select 1 from team_members tm where tm.member_id = members.id and tm.team_id = ${f.teamId})`,
    );
  if (f.topic)
    conditions.push(sql`exists (select 1 from training_attendance a join trainings tr on tr.id = a.training_id
      where a.member_id = members.id and ${f.topic} = any(tr.topics))`);
  const where = and(...conditions);
  const order = {
    name: members.fullName,
    kind: members.kind,
    village: villages.name,
    households: householdCount,
    joined: members.joinedOn,
  }[f.sort];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: members.id,
        fullName: members.fullName,
        kind: members.kind,
        affiliation: members.affiliation,
        villageName: villages.name,
        joinedOn: members.joinedOn,
        active: members.active,
        households: householdCount,
        topics: topicList,
      })
      .from(members)
      .leftJoin(villages, eq(villages.id, members.villageId))
      .where(where)
      .orderBy(f.dir === "asc" ? sql`${order} asc nulls last` : sql`${order} desc nulls last`, asc(members.id))
      .limit(options.all ? exportLimit : pageSize)
      .offset(options.all ? 0 : (f.page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(members)
      .leftJoin(villages, eq(villages.id, members.villageId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** One member in the viewer's scope, with teams, trainings and households; null if out of scope. */
export async function getMember(viewer: Viewer, id: number) {
  const [member] = await db
    .select({
      id: members.id,
      communeId: members.communeId,
      fullName: members.fullName,
      kind: members.kind,
      villageId: members.villageId,
      villageName: villages.name,
      affiliation: members.affiliation,
      joinedOn: members.joinedOn,
      active: members.active,
    })
    .from(members)
    .leftJoin(villages, eq(villages.id, members.villageId))
    .where(and(eq(members.id, id), communeScope(viewer, members.communeId)));
  if (!member) return null;
  const [memberTeams, memberTrainings, memberHouseholds] = await Promise.all([
    db
      .select({ id: teams.id, name: teams.name, kind: teams.kind, isLeader: teamMembers.isLeader })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(and(eq(teamMembers.memberId, id), eq(teamMembers.communeId, member.communeId)))
      .orderBy(asc(teams.name)),
    db
      .select({ id: trainings.id, heldOn: trainings.heldOn, title: trainings.title, topics: trainings.topics })
      .from(trainingAttendance)
      .innerJoin(trainings, eq(trainings.id, trainingAttendance.trainingId))
      .where(and(eq(trainingAttendance.memberId, id), eq(trainingAttendance.communeId, member.communeId)))
      .orderBy(desc(trainings.heldOn)),
    db
      .select({
        id: households.id,
        code: households.code,
        headName: households.headName,
        villageName: villages.name,
        firstReachedOn: households.firstReachedOn,
      })
      .from(households)
      .innerJoin(villages, eq(villages.id, households.villageId))
      .where(and(eq(households.assignedMemberId, id), eq(households.communeId, member.communeId)))
      .orderBy(asc(villages.name), asc(households.code)),
  ]);
  return { ...member, teams: memberTeams, trainings: memberTrainings, households: memberHouseholds };
}
