import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { members, teamMembers, teams, villages } from "@/lib/db/schema";

export function listTeams(viewer: Viewer) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      kind: teams.kind,
      villageName: villages.name,
      dutyWeekday: teams.dutyWeekday,
      size: sql<number>`(select count(*)::int from team_members tm where tm.team_id = teams.id)`,
    })
    .from(teams)
    .leftJoin(villages, eq(villages.id, teams.villageId))
    .where(communeScope(viewer, teams.communeId))
    .orderBy(asc(teams.kind), asc(teams.name));
}

/** One team in scope with its members; null when out of scope. */
export async function getTeam(viewer: Viewer, id: number) {
  const [team] = await db
    .select({
      id: teams.id,
      communeId: teams.communeId,
      name: teams.name,
      kind: teams.kind,
      villageId: teams.villageId,
      dutyWeekday: teams.dutyWeekday,
    })
    .from(teams)
    .where(and(eq(teams.id, id), communeScope(viewer, teams.communeId)));
  if (!team) return null;
  const roster = await db
    .select({ id: members.id, fullName: members.fullName, kind: members.kind, active: members.active })
    .from(teamMembers)
    .innerJoin(members, eq(members.id, teamMembers.memberId))
    .where(and(eq(teamMembers.teamId, id), eq(teamMembers.communeId, team.communeId)))
    .orderBy(asc(members.fullName));
  return { ...team, members: roster };
}
