import { and, eq } from "drizzle-orm";
import { forbidden } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput, single } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import { uniqueInCommune } from "@/lib/core/unique-guard";
import { memberIn, villageIn, writableCommune } from "@/lib/core/write-scope";
import type { Database } from "@/lib/db/client";
import { recountMemberHouseholds, recountVillageHouseholds } from "@/lib/db/household-counts";
import { households } from "@/lib/db/schema";
import { assignHouseholdSchema, createHouseholdSchema, updateHouseholdSchema } from "./schemas";

/** A household's code is unique within its commune. */
const householdCode = uniqueInCommune({
  table: households,
  column: households.code,
  constraint: "households_code_uq",
  field: "code",
  message: "households.errors.codeTaken",
});

export async function createHousehold(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(createHouseholdSchema, input);
  return householdCode.guard(
    db.transaction(async (tx) => {
      const unit = await writableCommune(tx, viewer, "households.manage", data.communeId);
      await villageIn(tx, unit.communeId, data.villageId);
      if (data.assignedMemberId != null)
        await memberIn(tx, unit.communeId, data.assignedMemberId, { field: "assignedMemberId", activeOnly: true });
      await householdCode.ensureFree(tx, unit.communeId, data.code);
      const row = single(
        await tx
          .insert(households)
          .values({
            communeId: unit.communeId,
            villageId: data.villageId,
            code: data.code,
            headName: data.headName,
            elderly: data.elderly,
            poor: data.poor,
            ethnicMinority: data.ethnicMinority,
            hasSmartphone: data.hasSmartphone,
            hasProficientMember: data.hasProficientMember,
            assignedMemberId: data.assignedMemberId ?? null,
          })
          .returning(),
      );
      await recountVillageHouseholds(tx, [row.villageId]);
      await recountMemberHouseholds(tx, [row.assignedMemberId]);
      await recordAudit(tx, viewer, { action: "create", entity: "household", entityId: row.id, ...unit, after: row });
      return { id: row.id };
    }),
  );
}

export async function updateHousehold(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(updateHouseholdSchema, input);
  return householdCode.guard(
    db.transaction(async (tx) => {
      const { row: before, provinceId } = await rowForWrite(tx, viewer, "households.manage", households, data.id);
      const communeId = before.communeId;
      await villageIn(tx, communeId, data.villageId);
      // Keeping a volunteer who was since deactivated is allowed; choosing a new one needs an active one.
      if (data.assignedMemberId != null && data.assignedMemberId !== before.assignedMemberId)
        await memberIn(tx, communeId, data.assignedMemberId, { field: "assignedMemberId", activeOnly: true });
      await householdCode.ensureFree(tx, communeId, data.code, before.id);
      const after = single(
        await tx
          .update(households)
          .set({
            villageId: data.villageId,
            code: data.code,
            headName: data.headName,
            elderly: data.elderly,
            poor: data.poor,
            ethnicMinority: data.ethnicMinority,
            hasSmartphone: data.hasSmartphone,
            hasProficientMember: data.hasProficientMember,
            assignedMemberId: data.assignedMemberId ?? null,
            updatedAt: new Date(),
          })
          .where(and(eq(households.id, before.id), eq(households.communeId, communeId)))
          .returning(),
      );
      await recountVillageHouseholds(tx, [before.villageId, after.villageId]);
      await recountMemberHouseholds(tx, [before.assignedMemberId, after.assignedMemberId]);
      await recordAudit(tx, viewer, {
        action: "update",
        entity: "household",
        entityId: after.id,
        communeId,
        provinceId,
        before,
        after,
      });
      return { id: after.id };
    }),
  );
}

/** Gives a household to a volunteer (or to nobody). */
export async function assignHousehold(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(assignHouseholdSchema, input);
  return db.transaction(async (tx) => {
    if (!can(viewer, "assignments.manage")) throw forbidden();
    const { row: before, provinceId } = await rowForWrite(tx, viewer, "households.manage", households, data.id);
    const communeId = before.communeId;
    if (data.assignedMemberId != null)
      await memberIn(tx, communeId, data.assignedMemberId, { field: "assignedMemberId", activeOnly: true });
    const after = single(
      await tx
        .update(households)
        .set({ assignedMemberId: data.assignedMemberId ?? null, updatedAt: new Date() })
        .where(and(eq(households.id, before.id), eq(households.communeId, communeId)))
        .returning(),
    );
    await recountVillageHouseholds(tx, [after.villageId]);
    await recountMemberHouseholds(tx, [before.assignedMemberId, after.assignedMemberId]);
    await recordAudit(tx, viewer, {
      action: "assign",
      entity: "household",
      entityId: after.id,
      communeId,
      provinceId,
      before,
      after,
    });
    return { id: after.id };
  });
}
