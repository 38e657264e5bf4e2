import { eq } from "drizzle-orm";
import { ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput, single } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import type { Database, Executor } from "@/lib/db/client";
import { mobileDesks } from "@/lib/db/schema";
import { vietnamTime } from "@/lib/db/seed/demo-calendar";
import { todayInVietnam } from "@/lib/i18n/format";
import { deskConflicts, hasHard, hasWarnings, type DeskCandidate } from "./conflicts";
import {
  cancelSchema,
  civilServantsSchema,
  deskIdSchema,
  deskSchema,
  deskVersionSchema,
  duplicateSchema,
  type DeskInput,
} from "./schemas";
import {
  claimVersion,
  conflictContextFor,
  deskSnapshot,
  resolveStaff,
  resolveVillage,
  writeStaff,
  type StaffMember,
} from "./store";

// Mobile-desk writes. Each: zod → capability and scope of every id → conflicts → ONE transaction
// with its audit row (before/after). A secretary plans (desks.manage); the center director only
// staffs civil servants (desks.staff.civil_servants) and cannot cancel the secretary's desks.

export interface DeskOptions {
  /** Today in Vietnam ("yyyy-MM-dd"); tests pin it. */
  today?: string;
}

const idVersion = (input: unknown) => {
  if (!deskIdSchema.safeParse(input).success) throw notFound();
  return parseInput(deskVersionSchema, input);
};

/**
 * Refuses hard conflicts (a person booked twice that day, or on center duty) and warnings the
 * user has not accepted; the form lists them before saving (lib/desks/check.ts).
 */
async function guardConflicts(
  tx: Executor,
  communeId: number,
  candidate: DeskCandidate,
  staff: readonly StaffMember[],
  accepted: boolean,
  peopleOnly = false,
) {
  const all = deskConflicts(candidate, await conflictContextFor(tx, communeId, candidate.day));
  // Staffing a desk answers for the people only: its day and village were the planner's choice.
  const found = peopleOnly ? all.filter((c) => "memberId" in c) : all;
  if (hasHard(found)) {
    const errors: Record<string, string[]> = {};
    for (const c of found) {
      if (c.severity !== "hard") continue;
      const field =
        staff.find((s) => s.memberId === c.memberId)?.role === "civil_servant" ? "civilServantIds" : "volunteerIds";
      const key = `desks.errors.${c.kind}`;
      if (!(errors[field] ??= []).includes(key)) errors[field]!.push(key);
    }
    throw new ExpectedError("desks.errors.hardConflict", errors);
  }
  if (hasWarnings(found) && !accepted)
    throw new ExpectedError("desks.errors.warningsNotAccepted", { acceptWarnings: ["desks.errors.acceptWarnings"] });
}

const times = (data: Pick<DeskInput, "day" | "startTime" | "endTime">) => ({
  startsAt: vietnamTime(data.day, data.startTime),
  endsAt: vietnamTime(data.day, data.endTime),
});

export async function createDesk(db: Executor, viewer: Viewer, input: unknown, options: DeskOptions = {}) {
  if (!can(viewer, "desks.manage")) throw forbidden();
  const data = parseInput(deskSchema(options.today ?? todayInVietnam()), input);
  return db.transaction((tx) => insertDesk(tx, viewer, data));
}

/**
 * The body of createDesk inside the caller's transaction, for a desk already parsed by deskSchema:
 * scope of the village and staff, conflicts (desks written earlier in the same transaction count),
 * the insert and its audit row. The planner's accept (lib/desks/accept-plan.ts) runs it per desk.
 */
export async function insertDesk(
  tx: Executor,
  viewer: Viewer,
  data: DeskInput,
  audit: { details?: Record<string, unknown> } = {},
) {
  if (!can(viewer, "desks.manage")) throw forbidden();
  const village = await resolveVillage(tx, viewer, data.villageId);
  const staff = await resolveStaff(tx, village.communeId, data);
  await guardConflicts(
    tx,
    village.communeId,
    { villageId: village.id, day: data.day, staff },
    staff,
    data.acceptWarnings,
  );
  const { id } = single(
    await tx
      .insert(mobileDesks)
      .values({
        communeId: village.communeId,
        villageId: village.id,
        ...times(data),
        place: data.place,
        note: data.note ?? null,
        createdBy: viewer.id,
      })
      .returning({ id: mobileDesks.id }),
  );
  await writeStaff(tx, id, village.communeId, staff, ["volunteer", "civil_servant"]);
  await recordAudit(tx, viewer, {
    action: "create",
    entity: "mobile_desk",
    entityId: id,
    communeId: village.communeId,
    provinceId: village.provinceId,
    after: await deskSnapshot(tx, id),
    ...(audit.details ? { details: audit.details } : {}),
  });
  return { id, communeId: village.communeId };
}

/** Edits or moves (another day, time or village) a planned desk, from the version the user read. */
export async function updateDesk(db: Database, viewer: Viewer, input: unknown, options: DeskOptions = {}) {
  const { id, version } = idVersion(input);
  const data = parseInput(deskSchema(options.today ?? todayInVietnam()), input);
  return db.transaction(async (tx) => {
    const { row, provinceId } = await rowForWrite(tx, viewer, "desks.manage", mobileDesks, id);
    const before = await deskSnapshot(tx, id);
    if (row.status !== "planned") throw new ExpectedError("desks.errors.notPlanned");
    const village = await resolveVillage(tx, viewer, data.villageId, row.communeId);
    const staff = await resolveStaff(tx, row.communeId, data, [
      ...(before?.volunteerIds ?? []),
      ...(before?.civilServantIds ?? []),
    ]);
    await guardConflicts(
      tx,
      row.communeId,
      { id, villageId: village.id, day: data.day, staff },
      staff,
      data.acceptWarnings,
    );
    await claimVersion(tx, id, version);
    await tx
      .update(mobileDesks)
      .set({ villageId: village.id, ...times(data), place: data.place, note: data.note ?? null })
      .where(eq(mobileDesks.id, id));
    await writeStaff(tx, id, row.communeId, staff, ["volunteer", "civil_servant"]);
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "mobile_desk",
      entityId: id,
      communeId: row.communeId,
      provinceId,
      before,
      after: await deskSnapshot(tx, id),
    });
    return { id };
  });
}

/** A copy of a desk (village, hours, place, staff) on another day, as a new planned desk. */
export async function duplicateDesk(db: Database, viewer: Viewer, input: unknown, options: DeskOptions = {}) {
  const parsedId = deskIdSchema.safeParse(input);
  if (!parsedId.success) throw notFound();
  const { id } = parsedId.data;
  const data = parseInput(duplicateSchema(options.today ?? todayInVietnam()), input);
  return db.transaction(async (tx) => {
    const { row, provinceId } = await rowForWrite(tx, viewer, "desks.manage", mobileDesks, id);
    const source = (await deskSnapshot(tx, id))!;
    const village = await resolveVillage(tx, viewer, row.villageId, row.communeId);
    const staff = await resolveStaff(tx, row.communeId, source);
    await guardConflicts(
      tx,
      row.communeId,
      { villageId: village.id, day: data.day, staff },
      staff,
      data.acceptWarnings,
    );
    const { id: copy } = single(
      await tx
        .insert(mobileDesks)
        .values({
          communeId: row.communeId,
          villageId: row.villageId,
          ...times({ day: data.day, startTime: source.startTime, endTime: source.endTime }),
          place: row.place,
          note: row.note,
          createdBy: viewer.id,
        })
        .returning({ id: mobileDesks.id }),
    );
    await writeStaff(tx, copy, row.communeId, staff, ["volunteer", "civil_servant"]);
    await recordAudit(tx, viewer, {
      action: "create",
      entity: "mobile_desk",
      entityId: copy,
      communeId: row.communeId,
      provinceId,
      after: await deskSnapshot(tx, copy),
      details: { duplicateOf: id },
    });
    return { id: copy };
  });
}

/** Cancels a planned desk; the reason is required and kept. Only a planner may (not the director). */
export async function cancelDesk(db: Database, viewer: Viewer, input: unknown) {
  const { id, version } = idVersion(input);
  const { reason } = parseInput(cancelSchema, input);
  return db.transaction(async (tx) => {
    const { row, provinceId } = await rowForWrite(tx, viewer, "desks.manage", mobileDesks, id);
    if (row.status !== "planned") throw new ExpectedError("desks.errors.notPlanned");
    const before = await deskSnapshot(tx, id);
    await claimVersion(tx, id, version);
    await tx.update(mobileDesks).set({ status: "cancelled", cancelReason: reason }).where(eq(mobileDesks.id, id));
    await recordAudit(tx, viewer, {
      action: "cancel",
      entity: "mobile_desk",
      entityId: id,
      communeId: row.communeId,
      provinceId,
      before,
      after: await deskSnapshot(tx, id),
    });
    return { id };
  });
}

/** The center director's part: which of the center's civil servants go out with a planned desk. */
export async function assignCivilServants(db: Database, viewer: Viewer, input: unknown) {
  const { id, version } = idVersion(input);
  const data = parseInput(civilServantsSchema, input);
  return db.transaction(async (tx) => {
    const { row, provinceId } = await rowForWrite(tx, viewer, "desks.staff.civil_servants", mobileDesks, id);
    if (row.status !== "planned") throw new ExpectedError("desks.errors.notPlanned");
    const before = (await deskSnapshot(tx, id))!;
    const servants = await resolveStaff(
      tx,
      row.communeId,
      { volunteerIds: [], civilServantIds: data.civilServantIds },
      before.civilServantIds,
    );
    const volunteers = await resolveStaff(
      tx,
      row.communeId,
      { volunteerIds: before.volunteerIds, civilServantIds: [] },
      before.volunteerIds,
    );
    const staff = [...volunteers, ...servants];
    await guardConflicts(
      tx,
      row.communeId,
      { id, villageId: row.villageId, day: before.day, staff: servants },
      staff,
      data.acceptWarnings,
      true,
    );
    await claimVersion(tx, id, version);
    await writeStaff(tx, id, row.communeId, staff, ["civil_servant"]);
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "mobile_desk",
      entityId: id,
      communeId: row.communeId,
      provinceId,
      before,
      after: await deskSnapshot(tx, id),
    });
    return { id };
  });
}
