import { and, eq } from "drizzle-orm";
import { ExpectedError, conflict, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { parseInput } from "@/lib/core/parse";
import type { Database } from "@/lib/db/client";
import type { Executor } from "@/lib/db/client";
import { communes, formerCommunes, targets } from "@/lib/db/schema";
import { targetInput, targetUpdate, type TargetInput } from "./schemas";

// Targets per commune or former commune, set by the provincial officer (and the admin). Several
// people may edit one, hence the version check.

const audited = (t: typeof targets.$inferSelect) => ({
  communeId: t.communeId,
  formerCommuneId: t.formerCommuneId,
  indicator: t.indicator,
  targetValue: t.targetValue,
  startsOn: t.startsOn,
  dueOn: t.dueOn,
  note: t.note,
});

/** The commune (in the viewer's scope) and former commune (of that commune) the input names. */
async function checkArea(db: Executor, viewer: Viewer, input: Pick<TargetInput, "communeId" | "formerCommuneId">) {
  const [commune] = await db
    .select({ id: communes.id, provinceId: communes.provinceId })
    .from(communes)
    .where(and(eq(communes.id, input.communeId), communeScope(viewer, communes.id)));
  if (!commune) throw notFound();
  if (input.formerCommuneId !== null) {
    const [former] = await db
      .select({ id: formerCommunes.id })
      .from(formerCommunes)
      .where(and(eq(formerCommunes.id, input.formerCommuneId), eq(formerCommunes.communeId, commune.id)));
    if (!former) throw new ExpectedError("errors.invalid", { formerCommuneId: ["targets.errors.formerNotInCommune"] });
  }
  return commune;
}

export async function createTarget(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(targetInput, input);
  if (!can(viewer, "targets.manage")) throw forbidden();
  const commune = await checkArea(db, viewer, data);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targets)
      .values({ ...data, setBy: viewer.id })
      .returning();
    await recordAudit(tx, viewer, {
      action: "create",
      entity: "target",
      entityId: row!.id,
      communeId: commune.id,
      provinceId: commune.provinceId,
      after: audited(row!),
    });
    return row!;
  });
}

export async function updateTarget(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(targetUpdate, input);
  if (!can(viewer, "targets.manage")) throw forbidden();
  const [before] = await db
    .select()
    .from(targets)
    .where(and(eq(targets.id, data.id), communeScope(viewer, targets.communeId)));
  if (!before) throw notFound();
  const commune = await checkArea(db, viewer, data);
  const { id, version, ...values } = data;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(targets)
      .set({ ...values, setBy: viewer.id, version: version + 1, updatedAt: new Date() })
      .where(and(eq(targets.id, id), eq(targets.version, version), communeScope(viewer, targets.communeId)))
      .returning();
    if (!row) throw conflict();
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "target",
      entityId: id,
      communeId: commune.id,
      provinceId: commune.provinceId,
      before: audited(before),
      after: audited(row),
    });
    return row;
  });
}
