import { and, count, eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput, single } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import { villageIn, writableCommune } from "@/lib/core/write-scope";
import type { Database, Executor } from "@/lib/db/client";
import { households, members } from "@/lib/db/schema";
import { createMemberSchema, memberActiveSchema, updateMemberSchema } from "./schemas";

type MemberRow = typeof members.$inferSelect;

export async function createMember(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(createMemberSchema, input);
  return db.transaction(async (tx) => {
    const unit = await writableCommune(tx, viewer, "members.manage", data.communeId);
    if (data.villageId != null) await villageIn(tx, unit.communeId, data.villageId);
    const row = single(
      await tx
        .insert(members)
        .values({
          communeId: unit.communeId,
          fullName: data.fullName,
          kind: data.kind,
          villageId: data.villageId ?? null,
          affiliation: data.affiliation ?? null,
          joinedOn: data.joinedOn ?? null,
        })
        .returning(),
    );
    await recordAudit(tx, viewer, { action: "create", entity: "member", entityId: row.id, ...unit, after: row });
    return { id: row.id };
  });
}

export async function updateMember(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(updateMemberSchema, input);
  return db.transaction(async (tx) => {
    const { row: before, provinceId } = await rowForWrite(tx, viewer, "members.manage", members, data.id);
    if (data.villageId != null) await villageIn(tx, before.communeId, data.villageId);
    const after = single(
      await tx
        .update(members)
        .set({
          fullName: data.fullName,
          kind: data.kind,
          villageId: data.villageId ?? null,
          affiliation: data.affiliation ?? null,
          joinedOn: data.joinedOn ?? null,
          updatedAt: new Date(),
        })
        .where(and(eq(members.id, before.id), eq(members.communeId, before.communeId)))
        .returning(),
    );
    await audit(tx, viewer, "update", before, after, provinceId);
    return { id: after.id };
  });
}

/**
 * Deactivates or reactivates a member. Their households stay assigned until the secretary applies
 * the balancer's proposal (/assignments), which moves them; `householdsAssigned` says how many.
 */
export async function setMemberActive(
  db: Database,
  viewer: Viewer,
  input: unknown,
): Promise<{ id: number; active: boolean; householdsAssigned: number }> {
  const data = parseInput(memberActiveSchema, input);
  return db.transaction(async (tx) => {
    const { row: before, provinceId } = await rowForWrite(tx, viewer, "members.manage", members, data.id);
    const after = single(
      await tx
        .update(members)
        .set({ active: data.active, updatedAt: new Date() })
        .where(and(eq(members.id, before.id), eq(members.communeId, before.communeId)))
        .returning(),
    );
    await audit(tx, viewer, data.active ? "reactivate" : "deactivate", before, after, provinceId);
    const { n } = single(
      await tx.select({ n: count() }).from(households).where(eq(households.assignedMemberId, before.id)),
    );
    return { id: after.id, active: after.active, householdsAssigned: n };
  });
}

function audit(tx: Executor, viewer: Viewer, action: string, before: MemberRow, after: MemberRow, provinceId: number) {
  return recordAudit(tx, viewer, {
    action,
    entity: "member",
    entityId: after.id,
    communeId: after.communeId,
    provinceId,
    before,
    after,
  });
}
