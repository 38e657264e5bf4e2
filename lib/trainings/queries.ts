import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { members, trainings } from "@/lib/db/schema";

/** The newest trainings (the page shows 200; an export, `all`, every one). */
export function listTrainings(viewer: Viewer, options: { all?: boolean } = {}) {
  return db
    .select({
      id: trainings.id,
      heldOn: trainings.heldOn,
      title: trainings.title,
      place: trainings.place,
      topics: trainings.topics,
      attendees: sql<number>`(select count(*)::int from training_attendance a where a.training_id = trainings.id)`,
    })
    .from(trainings)
    .where(communeScope(viewer, trainings.communeId))
    .orderBy(desc(trainings.heldOn), desc(trainings.id))
    .limit(options.all ? 20_000 : 200);
}

/** "Who is trained in what": active members × the topics of trainings they attended. */
// Correlated subqueries name the outer table in plain SQL (members.id): drizzle writes a column
// as a bare "id" when the query has no join, which inside the subquery meant trainings.id.
export function trainingMatrix(viewer: Viewer) {
  return db
    .select({
      id: members.id,
      fullName: members.fullName,
      topics: sql<string[]>`coalesce((select array_agg(distinct t.topic) from training_attendance a
        join trainings tr on tr.id = a.training_id, unnest(tr.topics) as t(topic) where a.member_id = members.id), '{}')`,
    })
    .from(members)
    .where(and(communeScope(viewer, members.communeId), eq(members.active, true)))
    .orderBy(asc(members.fullName), asc(members.id));
}
