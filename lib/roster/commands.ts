import { and, eq } from "drizzle-orm";
import { conflict, ExpectedError } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import type { Database, Executor } from "@/lib/db/client";
import { dutyRosterEntries, memberLeave, members } from "@/lib/db/schema";
import { dutyTeams, ensureAvailable } from "./availability";
import { entryDelete, entryInput, entryUpdate, leaveInput, swapInput, type SwapInput } from "./schemas";
import { centerForWrite, entryForWrite, guardDuplicate, memberForCenter } from "./scope";

// Single roster writes by the center director (and the admin): an entry, a leave, a swap. Each
// checks every id against the viewer's scope, writes in one transaction with its audit row, and
// refuses an edit made from a stale version (two directors on the same week) instead of
// overwriting it.

export type Entry = typeof dutyRosterEntries.$inferSelect;
const audited = (e: Entry) => ({
  serviceCenterId: e.serviceCenterId,
  day: e.day,
  shift: e.shift,
  memberId: e.memberId,
  teamId: e.teamId,
  task: e.task,
});

async function teamOf(tx: Executor, communeId: number, memberId: number) {
  return (await dutyTeams(tx, communeId, [memberId])).get(memberId) ?? null;
}

export async function createEntry(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(entryInput, input);
  return db.transaction(async (tx) => {
    const { row: center, provinceId } = await centerForWrite(tx, viewer, data.centerId);
    await memberForCenter(tx, viewer, data.memberId, center.communeId);
    await ensureAvailable(tx, center.communeId, data.memberId, data.day);
    const [row] = await guardDuplicate(
      tx
        .insert(dutyRosterEntries)
        .values({
          communeId: center.communeId,
          serviceCenterId: center.id,
          day: data.day,
          shift: data.shift,
          memberId: data.memberId,
          teamId: await teamOf(tx, center.communeId, data.memberId),
          task: data.task,
          createdBy: viewer.id,
        })
        .returning(),
    );
    await recordAudit(tx, viewer, {
      action: "create",
      entity: "roster_entry",
      entityId: row!.id,
      communeId: center.communeId,
      provinceId,
      after: audited(row!),
    });
    return row!;
  });
}

export async function updateEntry(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(entryUpdate, input);
  return db.transaction(async (tx) => {
    const { row: before, provinceId } = await entryForWrite(tx, viewer, data.id);
    await memberForCenter(tx, viewer, data.memberId, before.communeId);
    if (data.memberId !== before.memberId || data.day !== before.day)
      await ensureAvailable(tx, before.communeId, data.memberId, data.day);
    const [row] = await guardDuplicate(
      tx
        .update(dutyRosterEntries)
        .set({
          day: data.day,
          shift: data.shift,
          memberId: data.memberId,
          teamId: data.memberId === before.memberId ? before.teamId : await teamOf(tx, before.communeId, data.memberId),
          task: data.task,
          version: data.version + 1,
          updatedAt: new Date(),
        })
        .where(and(eq(dutyRosterEntries.id, data.id), eq(dutyRosterEntries.version, data.version)))
        .returning(),
    );
    if (!row) throw conflict();
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "roster_entry",
      entityId: row.id,
      communeId: row.communeId,
      provinceId,
      before: audited(before),
      after: audited(row),
    });
    return row;
  });
}

export async function deleteEntry(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(entryDelete, input);
  return db.transaction(async (tx) => {
    const { row: before, provinceId } = await entryForWrite(tx, viewer, data.id);
    const [gone] = await tx
      .delete(dutyRosterEntries)
      .where(and(eq(dutyRosterEntries.id, data.id), eq(dutyRosterEntries.version, data.version)))
      .returning({ id: dutyRosterEntries.id });
    if (!gone) throw conflict();
    await recordAudit(tx, viewer, {
      action: "delete",
      entity: "roster_entry",
      entityId: before.id,
      communeId: before.communeId,
      provinceId,
      before: audited(before),
    });
    return before;
  });
}

export async function recordLeave(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(leaveInput, input);
  return db.transaction(async (tx) => {
    // The director's commune; an admin records it in the member's own commune.
    const member = await memberForCommuneOf(tx, viewer, data.memberId);
    const [row] = await tx
      .insert(memberLeave)
      .values({
        communeId: member.row.communeId,
        memberId: member.row.id,
        fromDay: data.from,
        toDay: data.to,
        reason: data.reason,
        createdBy: viewer.id,
      })
      .returning();
    await recordAudit(tx, viewer, {
      action: "create",
      entity: "member_leave",
      entityId: row!.id,
      communeId: row!.communeId,
      provinceId: member.provinceId,
      after: { memberId: row!.memberId, fromDay: row!.fromDay, toDay: row!.toDay, reason: row!.reason },
    });
    return row!;
  });
}

const memberForCommuneOf = (tx: Executor, viewer: Viewer, memberId: number) =>
  rowForWrite(tx, viewer, "roster.manage", members, memberId);

/**
 * Two entries trade their members (and teams): both change in one transaction or neither. Each
 * must be in scope, unchanged since the form was read, of the same center, and each member free
 * (not on leave, not at a desk, not already on that shift) on the other's day.
 */
export async function swapEntries(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(swapInput, input);
  return db.transaction((tx) => swapInTransaction(tx, viewer, data));
}

/**
 * The pair rules a swap and a swap proposal share: the same center, not the same shift, two
 * different members, and each member free on the other's day. Field errors name the entry.
 */
export async function checkSwapPair(tx: Executor, first: Entry, second: Entry) {
  if (first.serviceCenterId !== second.serviceCenterId)
    throw new ExpectedError("errors.invalid", { secondId: ["roster.errors.swapOtherCenter"] });
  if (first.day === second.day && first.shift === second.shift)
    throw new ExpectedError("errors.invalid", { secondId: ["roster.errors.swapSameShift"] });
  if (first.memberId === second.memberId)
    throw new ExpectedError("errors.invalid", { secondId: ["roster.errors.swapSameMember"] });
  await ensureAvailable(tx, first.communeId, first.memberId, second.day, "firstId");
  await ensureAvailable(tx, first.communeId, second.memberId, first.day, "secondId");
}

/** The swap itself, inside the caller's transaction (the director's swap, an accepted proposal). */
export async function swapInTransaction(tx: Executor, viewer: Viewer, data: SwapInput) {
  const { row: first, provinceId } = await entryForWrite(tx, viewer, data.firstId);
  const { row: second } = await entryForWrite(tx, viewer, data.secondId);
  if (first.version !== data.firstVersion || second.version !== data.secondVersion) throw conflict();
  await checkSwapPair(tx, first, second);
  const moved: Entry[] = [];
  for (const [entry, other, field] of [
    [first, second, "firstId"],
    [second, first, "secondId"],
  ] as const) {
    const [row] = await guardDuplicate(
      tx
        .update(dutyRosterEntries)
        .set({ memberId: other.memberId, teamId: other.teamId, version: entry.version + 1, updatedAt: new Date() })
        .where(and(eq(dutyRosterEntries.id, entry.id), eq(dutyRosterEntries.version, entry.version)))
        .returning(),
      field === "firstId" ? "secondId" : "firstId",
    );
    if (!row) throw conflict();
    moved.push(row);
  }
  await recordAudit(tx, viewer, {
    action: "swap",
    entity: "roster_entry",
    entityId: `${first.id},${second.id}`,
    communeId: first.communeId,
    provinceId,
    before: { first: audited(first), second: audited(second) },
    after: { first: audited(moved[0]!), second: audited(moved[1]!) },
  });
  return moved as [Entry, Entry];
}
