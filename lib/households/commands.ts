import { recountMemberHouseholds, recountVillageHouseholds } from "./counts";
import { and, eq, ne } from "drizzle-orm";
import { ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import type { Database, Executor } from "@/lib/db/client";
import { communes, households } from "@/lib/db/schema";
import { parseInput, single } from "@/lib/field/parse";
import { isUniqueViolation, memberIn, villageIn, writableCommune } from "@/lib/field/units";
import { assignHouseholdSchema, createHouseholdSchema, updateHouseholdSchema } from "./schemas";

const codeTaken = () => new ExpectedError("errors.invalid", { code: ["households.errors.codeTaken"] });

async function householdForWrite(tx: Executor, viewer: Viewer, id: number) {
  if (!can(viewer, "households.manage")) throw forbidden();
  const [row] = await tx
    .select({ household: households, provinceId: communes.provinceId })
    .from(households)
    .innerJoin(communes, eq(communes.id, households.communeId))
    .where(eq(households.id, id));
  if (!row || !inScope(viewer, { communeId: row.household.communeId, provinceId: row.provinceId })) throw notFound();
  return row;
}

async function ensureCodeFree(tx: Executor, communeId: number, code: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: households.id })
    .from(households)
    .where(
      and(
        eq(households.communeId, communeId),
        eq(households.code, code),
        exceptId == null ? undefined : ne(households.id, exceptId),
      ),
    );
  if (clash) throw codeTaken();
}

/** Runs a write; a race that slips past ensureCodeFree still ends as the same field error. */
async function mapCodeClash<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, "households_code_uq")) throw codeTaken();
    throw error;
  }
}

export async function createHousehold(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(createHouseholdSchema, input);
  return mapCodeClash(
    db.transaction(async (tx) => {
      const unit = await writableCommune(tx, viewer, "households.manage", data.communeId);
      await villageIn(tx, unit.communeId, data.villageId);
      if (data.assignedMemberId != null)
        await memberIn(tx, unit.communeId, data.assignedMemberId, { field: "assignedMemberId", activeOnly: true });
      await ensureCodeFree(tx, unit.communeId, data.code);
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
  return mapCodeClash(
    db.transaction(async (tx) => {
      const { household: before, provinceId } = await householdForWrite(tx, viewer, data.id);
      const communeId = before.communeId;
      await villageIn(tx, communeId, data.villageId);
      // Keeping a volunteer who was since deactivated is allowed; choosing a new one needs an active one.
      if (data.assignedMemberId != null && data.assignedMemberId !== before.assignedMemberId)
        await memberIn(tx, communeId, data.assignedMemberId, { field: "assignedMemberId", activeOnly: true });
      await ensureCodeFree(tx, communeId, data.code, before.id);
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
      await recordAudit(tx, viewer, { action: "update", entity: "household", entityId: after.id, communeId, provinceId, before, after });
      return { id: after.id };
    }),
  );
}

/** Gives a household to a volunteer (or to nobody). */
export async function assignHousehold(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(assignHouseholdSchema, input);
  return db.transaction(async (tx) => {
    if (!can(viewer, "assignments.manage")) throw forbidden();
    const { household: before, provinceId } = await householdForWrite(tx, viewer, data.id);
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
    await recordAudit(tx, viewer, { action: "assign", entity: "household", entityId: after.id, communeId, provinceId, before, after });
    return { id: after.id };
  });
}
