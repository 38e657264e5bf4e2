import { and, eq, inArray } from "drizzle-orm";
import { ExpectedError } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput, single } from "@/lib/core/parse";
import { writableCommune } from "@/lib/core/write-scope";
import type { Database } from "@/lib/db/client";
import { members, trainingAttendance, trainings } from "@/lib/db/schema";
import { createTrainingSchema } from "./schemas";

/** Records a training and who attended; attendees must be members of the same commune. */
export async function createTraining(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(createTrainingSchema, input);
  const memberIds = [...new Set(data.memberIds)];
  const topics = [...new Set(data.topics)];
  return db.transaction(async (tx) => {
    const unit = await writableCommune(tx, viewer, "trainings.manage", data.communeId);
    if (memberIds.length > 0) {
      const found = await tx
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.communeId, unit.communeId), inArray(members.id, memberIds)));
      if (found.length !== memberIds.length)
        throw new ExpectedError("errors.invalid", { memberIds: ["fieldUi.errors.memberUnknown"] });
    }
    const row = single(
      await tx
        .insert(trainings)
        .values({
          communeId: unit.communeId,
          heldOn: data.heldOn,
          title: data.title,
          topics,
          place: data.place ?? null,
        })
        .returning(),
    );
    if (memberIds.length > 0)
      await tx
        .insert(trainingAttendance)
        .values(memberIds.map((memberId) => ({ trainingId: row.id, memberId, communeId: unit.communeId })));
    await recordAudit(tx, viewer, {
      action: "create",
      entity: "training",
      entityId: row.id,
      ...unit,
      after: row,
      details: { attendees: memberIds.length },
    });
    return { id: row.id };
  });
}
