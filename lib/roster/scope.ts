import { ExpectedError, notFound } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { rowForWrite } from "@/lib/core/scoped-row";
import { isUniqueViolation } from "@/lib/core/unique-guard";
import type { Executor } from "@/lib/db/client";
import { dutyRosterEntries, members, serviceCenters } from "@/lib/db/schema";

// The ids a roster write is given, checked against the viewer: without roster.manage → forbidden;
// another commune's center, member or entry → not found, as if it did not exist.

export const centerForWrite = (tx: Executor, viewer: Viewer, centerId: number) =>
  rowForWrite(tx, viewer, "roster.manage", serviceCenters, centerId);

export const entryForWrite = (tx: Executor, viewer: Viewer, entryId: number) =>
  rowForWrite(tx, viewer, "roster.manage", dutyRosterEntries, entryId);

/** An active member of the center's own commune; any other id (an admin's other commune too) is not found. */
export async function memberForCenter(tx: Executor, viewer: Viewer, memberId: number, communeId: number) {
  const { row } = await rowForWrite(tx, viewer, "roster.manage", members, memberId);
  if (row.communeId !== communeId || !row.active) throw notFound();
  return row;
}

/** The member already holds that shift that day: a field error, also when a concurrent write won the race. */
export const alreadyOnDuty = (field = "memberId") =>
  new ExpectedError("errors.invalid", { [field]: ["roster.errors.alreadyOnDuty"] });

export async function guardDuplicate<T>(work: Promise<T>, field = "memberId"): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, "duty_roster_member_shift_uq")) throw alreadyOnDuty(field);
    throw error;
  }
}
