import { and, eq, inArray, sql } from "drizzle-orm";
import { conflict, ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import { parseInput } from "@/lib/core/parse";
import type { Database, Executor } from "@/lib/db/client";
import { applyToRollup, householdsWithIds, recordsWithIds, refreshFirstReach } from "@/lib/db/rollups";
import {
  communes,
  households,
  members,
  mobileDesks,
  procedures,
  supportRecordProcedures,
  supportRecords,
  villages,
} from "@/lib/db/schema";
import { todayInVietnam } from "@/lib/i18n/format";
import { mayWriteChannel } from "./permissions";
import { recordIdSchema, recordVersionSchema, supportRecordSchema, type SupportRecordInput } from "./schemas";

// Support-record writes. Each runs in ONE transaction that also keeps the rollups exact
// (lib/db/rollups.ts) and writes an audit row: all of it lands, or none of it.

export interface CommandOptions {
  /** Today in Vietnam ("yyyy-MM-dd"); tests pin it. */
  today?: string;
}

const mayWrite = mayWriteChannel;

const parse = (input: unknown, options: CommandOptions): SupportRecordInput =>
  parseInput(supportRecordSchema(options.today ?? todayInVietnam()), input);

const invalid = (field: string, key: string) => new ExpectedError("errors.invalid", { [field]: [key] });

interface Resolved {
  communeId: number;
  provinceId: number;
  villageId: number;
  householdId: number | null;
  memberId: number;
  mobileDeskId: number | null;
}

/**
 * Checks every id of the input against the viewer's scope and the village's commune. Ids of
 * another commune are answered exactly like ids that do not exist, so nothing leaks.
 */
async function resolve(
  tx: Executor,
  viewer: Viewer,
  input: SupportRecordInput,
  current?: { memberId: number | null },
): Promise<Resolved> {
  const [village] = await tx
    .select({
      id: villages.id,
      communeId: villages.communeId,
      provinceId: communes.provinceId,
      active: villages.active,
    })
    .from(villages)
    .innerJoin(communes, eq(communes.id, villages.communeId))
    .where(eq(villages.id, input.villageId));
  if (!village || !village.active || !inScope(viewer, village))
    throw invalid("villageId", "records.errors.villageUnknown");
  const { communeId } = village;

  let householdId: number | null = null;
  if (input.householdCode) {
    const [household] = await tx
      .select({ id: households.id, villageId: households.villageId })
      .from(households)
      .where(and(eq(households.communeId, communeId), eq(households.code, input.householdCode)));
    if (!household) throw invalid("householdCode", "records.errors.householdUnknown");
    if (household.villageId !== village.id) throw invalid("householdCode", "records.errors.householdOtherVillage");
    householdId = household.id;
  }

  const [member] = await tx
    .select({ id: members.id, active: members.active })
    .from(members)
    .where(and(eq(members.id, input.memberId), eq(members.communeId, communeId)));
  // A record may keep a volunteer who has since been deactivated; new ones name active volunteers.
  if (!member || (!member.active && current?.memberId !== member.id))
    throw invalid("memberId", "records.errors.volunteerUnknown");

  let mobileDeskId: number | null = null;
  if (input.mobileDeskId !== undefined) {
    const [desk] = await tx
      .select({ id: mobileDesks.id, villageId: mobileDesks.villageId, status: mobileDesks.status })
      .from(mobileDesks)
      .where(and(eq(mobileDesks.id, input.mobileDeskId), eq(mobileDesks.communeId, communeId)));
    if (!desk || desk.status === "cancelled") throw invalid("mobileDeskId", "records.errors.deskUnknown");
    if (desk.villageId !== village.id) throw invalid("mobileDeskId", "records.errors.deskOtherVillage");
    mobileDeskId = desk.id;
  }

  if (input.procedures.length > 0) {
    const known = await tx
      .select({ code: procedures.code })
      .from(procedures)
      .where(and(inArray(procedures.code, input.procedures), eq(procedures.active, true)));
    if (known.length !== input.procedures.length) throw invalid("procedures", "records.errors.procedureUnknown");
  }

  return {
    communeId,
    provinceId: village.provinceId,
    villageId: village.id,
    householdId,
    memberId: member.id,
    mobileDeskId,
  };
}

function rowValues(input: SupportRecordInput, ids: Resolved) {
  return {
    communeId: ids.communeId,
    villageId: ids.villageId,
    householdId: ids.householdId,
    memberId: ids.memberId,
    mobileDeskId: ids.mobileDeskId,
    servedOn: input.servedOn,
    channel: input.channel,
    peopleServed: input.peopleServed,
    householdsServed: input.householdsServed,
    eidActivated: input.eidActivated,
    signaturesInstalled: input.signaturesInstalled,
    simsGiven: input.simsGiven,
    dossiersSubmitted: input.dossiersSubmitted,
    paymentAppsInstalled: input.paymentAppsInstalled,
    smartphonesDonated: input.smartphonesDonated,
    note: input.note ?? null,
  };
}

/** The record as the audit log keeps it: its columns and its procedures. */
async function snapshot(tx: Executor, id: number) {
  const [row] = await tx.select().from(supportRecords).where(eq(supportRecords.id, id));
  if (!row) return null;
  const codes = await tx
    .select({ code: supportRecordProcedures.procedureCode })
    .from(supportRecordProcedures)
    .where(eq(supportRecordProcedures.recordId, id))
    .orderBy(supportRecordProcedures.procedureCode);
  const { createdAt: _c, updatedAt: _u, createdBy: _b, ...fields } = row;
  return { ...fields, procedures: codes.map((c) => c.code) };
}

/** The record behind an id, if the viewer may see it; otherwise not found. */
async function scopedRecord(tx: Executor, viewer: Viewer, id: number) {
  const [row] = await tx
    .select({
      id: supportRecords.id,
      communeId: supportRecords.communeId,
      provinceId: communes.provinceId,
      channel: supportRecords.channel,
    })
    .from(supportRecords)
    .innerJoin(communes, eq(communes.id, supportRecords.communeId))
    .where(eq(supportRecords.id, id));
  if (!row || !inScope(viewer, row)) throw notFound();
  return row;
}

export async function createSupportRecord(db: Database, viewer: Viewer, input: unknown, options: CommandOptions = {}) {
  const data = parse(input, options);
  if (!mayWrite(viewer, data.channel)) throw forbidden();
  return db.transaction(async (tx) => {
    const ids = await resolve(tx, viewer, data);
    const [created] = await tx
      .insert(supportRecords)
      .values({ ...rowValues(data, ids), createdBy: viewer.id })
      .returning({ id: supportRecords.id });
    const id = created!.id;
    if (data.procedures.length > 0) {
      await tx
        .insert(supportRecordProcedures)
        .values(data.procedures.map((procedureCode) => ({ recordId: id, procedureCode })));
    }
    await applyToRollup(tx, recordsWithIds([id]), 1);
    await refreshFirstReach(tx, householdsWithIds([ids.householdId]));
    await recordAudit(tx, viewer, {
      action: "create",
      entity: "support_record",
      entityId: id,
      communeId: ids.communeId,
      provinceId: ids.provinceId,
      after: await snapshot(tx, id),
    });
    return { id, servedOn: data.servedOn, channel: data.channel, villageId: ids.villageId };
  });
}

export async function updateSupportRecord(db: Database, viewer: Viewer, input: unknown, options: CommandOptions = {}) {
  const { id, version } = parseVersion(input);
  const data = parse(input, options);
  return db.transaction(async (tx) => {
    const existing = await scopedRecord(tx, viewer, id);
    // Both the record as it was and as it becomes must be the viewer's to write.
    if (!mayWrite(viewer, existing.channel) || !mayWrite(viewer, data.channel)) throw forbidden();
    const before = await snapshot(tx, id);
    const ids = await resolve(tx, viewer, data, { memberId: before?.memberId ?? null });
    if (ids.communeId !== existing.communeId) throw invalid("villageId", "records.errors.villageUnknown");

    await claimVersion(tx, id, version);
    await applyToRollup(tx, recordsWithIds([id]), -1);
    await tx
      .update(supportRecords)
      .set({ ...rowValues(data, ids), updatedAt: new Date() })
      .where(eq(supportRecords.id, id));
    await tx.delete(supportRecordProcedures).where(eq(supportRecordProcedures.recordId, id));
    if (data.procedures.length > 0) {
      await tx
        .insert(supportRecordProcedures)
        .values(data.procedures.map((procedureCode) => ({ recordId: id, procedureCode })));
    }
    await applyToRollup(tx, recordsWithIds([id]), 1);
    await refreshFirstReach(tx, householdsWithIds([before?.householdId, ids.householdId]));
    const after = await snapshot(tx, id);
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "support_record",
      entityId: id,
      communeId: existing.communeId,
      provinceId: existing.provinceId,
      before,
      after,
    });
    return { id, servedOn: data.servedOn, channel: data.channel, villageId: ids.villageId };
  });
}

export async function deleteSupportRecord(db: Database, viewer: Viewer, input: unknown) {
  const { id, version } = parseVersion(input);
  return db.transaction(async (tx) => {
    const existing = await scopedRecord(tx, viewer, id);
    if (!mayWrite(viewer, existing.channel)) throw forbidden();
    const before = await snapshot(tx, id);
    await claimVersion(tx, id, version);
    await applyToRollup(tx, recordsWithIds([id]), -1);
    await tx.delete(supportRecords).where(eq(supportRecords.id, id));
    await refreshFirstReach(tx, householdsWithIds([before?.householdId]));
    await recordAudit(tx, viewer, {
      action: "delete",
      entity: "support_record",
      entityId: id,
      communeId: existing.communeId,
      provinceId: existing.provinceId,
      before,
    });
    return { id, servedOn: before?.servedOn ?? null };
  });
}

function parseVersion(input: unknown): { id: number; version: number } {
  if (!recordIdSchema.safeParse(input).success) throw notFound();
  const parsed = recordVersionSchema.safeParse(input);
  if (!parsed.success) throw conflict();
  return parsed.data;
}

/**
 * Moves the record to its next version, provided it is still at the one the user read: someone
 * else's edit in between makes this one a conflict instead of silently overwriting theirs.
 */
async function claimVersion(tx: Executor, id: number, version: number): Promise<void> {
  const claimed = await tx
    .update(supportRecords)
    .set({ version: sql`${supportRecords.version} + 1` })
    .where(and(eq(supportRecords.id, id), eq(supportRecords.version, version)))
    .returning({ id: supportRecords.id });
  if (claimed.length === 0) throw conflict();
}
