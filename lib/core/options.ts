import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { members, teams, villages } from "@/lib/db/schema";

// Each takes an optional commune: the one an admin picked for a form (scope still applies).

/** Villages the viewer may pick in forms and filters. */
export function villageOptions(viewer: Viewer, communeId?: number) {
  return db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(
      and(
        communeScope(viewer, villages.communeId),
        communeId ? eq(villages.communeId, communeId) : undefined,
        eq(villages.active, true),
      ),
    )
    .orderBy(asc(villages.name));
}

/** Active members the viewer may pick (volunteer, attendee, team member). */
export function memberOptions(viewer: Viewer, communeId?: number) {
  return db
    .select({ id: members.id, name: members.fullName })
    .from(members)
    .where(
      and(
        communeScope(viewer, members.communeId),
        communeId ? eq(members.communeId, communeId) : undefined,
        eq(members.active, true),
      ),
    )
    .orderBy(asc(members.fullName), asc(members.id));
}

export function teamOptions(viewer: Viewer) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(communeScope(viewer, teams.communeId))
    .orderBy(asc(teams.name));
}
