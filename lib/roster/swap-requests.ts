import { and, eq } from "drizzle-orm";
import { conflict, ExpectedError, forbidden } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import type { Database, Executor } from "@/lib/db/client";
import { dutyRosterEntries, rosterSwapRequests } from "@/lib/db/schema";
import { todayInVietnam } from "@/lib/i18n/format";
import { checkSwapPair, swapInTransaction, type Entry } from "./commands";
import { acceptInput, declineInput, proposeInput, swapRequestRef } from "./schemas";

// Swap proposals (issue 15): the commune secretary proposes that two duties of her commune's
// center trade members, with a reason; the center director accepts (the swap is applied through
// the director's own swap, in the same transaction as the decision) or declines with a note; the
// proposer may withdraw while it is pending. Each proposal remembers the entries' versions: an
// entry changed since then makes the proposal stale, and accepting it is refused, nothing changed.

export type SwapRequest = typeof rosterSwapRequests.$inferSelect;

const audited = (r: SwapRequest) => ({
  serviceCenterId: r.serviceCenterId,
  firstEntryId: r.firstEntryId,
  firstVersion: r.firstVersion,
  secondEntryId: r.secondEntryId,
  secondVersion: r.secondVersion,
  reason: r.reason,
  status: r.status,
  decisionNote: r.decisionNote,
});

/** A duty whose day has passed cannot be swapped any more (Vietnam's calendar). */
function ensureNotPast(first: Entry, second: Entry, today = todayInVietnam()) {
  const fields: Record<string, string[]> = {};
  if (first.day < today) fields.firstId = ["roster.errors.swapPast"];
  if (second.day < today) fields.secondId = ["roster.errors.swapPast"];
  if (Object.keys(fields).length) throw new ExpectedError("errors.invalid", fields);
}

/** The secretary proposes; the entries are checked as the director's swap checks them. */
export async function proposeSwap(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(proposeInput, input);
  return db.transaction(async (tx) => {
    const { row: first, provinceId } = await rowForWrite(tx, viewer, "roster.propose", dutyRosterEntries, data.firstId);
    const { row: second } = await rowForWrite(tx, viewer, "roster.propose", dutyRosterEntries, data.secondId);
    if (first.version !== data.firstVersion || second.version !== data.secondVersion) throw conflict();
    ensureNotPast(first, second);
    await checkSwapPair(tx, first, second);
    const [same] = await tx
      .select({ id: rosterSwapRequests.id })
      .from(rosterSwapRequests)
      .where(
        and(
          eq(rosterSwapRequests.status, "pending"),
          eq(rosterSwapRequests.firstEntryId, Math.min(first.id, second.id)),
          eq(rosterSwapRequests.secondEntryId, Math.max(first.id, second.id)),
        ),
      );
    if (same) throw new ExpectedError("errors.invalid", { secondId: ["roster.errors.swapAlreadyProposed"] });
    // Stored in id order, so the same pair proposed either way round is one pair.
    const [a, b] = first.id < second.id ? [first, second] : [second, first];
    const [row] = await tx
      .insert(rosterSwapRequests)
      .values({
        communeId: a.communeId,
        serviceCenterId: a.serviceCenterId,
        firstEntryId: a.id,
        firstVersion: a.version,
        secondEntryId: b.id,
        secondVersion: b.version,
        reason: data.reason,
        proposedBy: viewer.id,
      })
      .returning();
    await recordAudit(tx, viewer, {
      action: "propose",
      entity: "roster_swap_request",
      entityId: row!.id,
      communeId: row!.communeId,
      provinceId,
      after: audited(row!),
    });
    return row!;
  });
}

/** A pending proposal in the viewer's scope, read as of the version the form showed. */
async function pendingFor(
  tx: Executor,
  viewer: Viewer,
  capability: "roster.manage" | "roster.propose",
  ref: { id: number; version: number },
) {
  const found = await rowForWrite(tx, viewer, capability, rosterSwapRequests, ref.id);
  if (found.row.status !== "pending") throw new ExpectedError("roster.swapRequests.notPending");
  if (found.row.version !== ref.version) throw conflict();
  return found;
}

async function decide(
  tx: Executor,
  viewer: Viewer,
  before: SwapRequest,
  provinceId: number,
  status: "accepted" | "declined" | "withdrawn",
  note: string | null,
) {
  const [row] = await tx
    .update(rosterSwapRequests)
    .set({ status, decisionNote: note, decidedBy: viewer.id, decidedAt: new Date(), version: before.version + 1 })
    .where(
      and(
        eq(rosterSwapRequests.id, before.id),
        eq(rosterSwapRequests.version, before.version),
        eq(rosterSwapRequests.status, "pending"),
      ),
    )
    .returning();
  if (!row) throw conflict();
  await recordAudit(tx, viewer, {
    action: { accepted: "accept", declined: "decline", withdrawn: "withdraw" }[status],
    entity: "roster_swap_request",
    entityId: row.id,
    communeId: row.communeId,
    provinceId,
    before: audited(before),
    after: audited(row),
  });
  return row;
}

/**
 * The director accepts: the two entries must be as they were proposed (else "stale", nothing
 * changes), then the swap runs exactly as the director's own, and the proposal is closed, all in
 * one transaction.
 */
export async function acceptSwap(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(acceptInput, input);
  return db.transaction(async (tx) => {
    const { row: request, provinceId } = await pendingFor(tx, viewer, "roster.manage", data);
    const { row: first } = await rowForWrite(tx, viewer, "roster.manage", dutyRosterEntries, request.firstEntryId);
    const { row: second } = await rowForWrite(tx, viewer, "roster.manage", dutyRosterEntries, request.secondEntryId);
    if (first.version !== request.firstVersion || second.version !== request.secondVersion)
      throw new ExpectedError("roster.swapRequests.stale");
    try {
      ensureNotPast(first, second);
      await swapInTransaction(tx, viewer, {
        firstId: request.firstEntryId,
        firstVersion: request.firstVersion,
        secondId: request.secondEntryId,
        secondVersion: request.secondVersion,
      });
    } catch (error) {
      // The decision form has no entry fields: the entry's reason becomes the form's message.
      const key = error instanceof ExpectedError ? Object.values(error.fieldErrors ?? {})[0]?.[0] : undefined;
      if (key) throw new ExpectedError(key);
      if (error instanceof ExpectedError && error.key === "errors.conflict")
        throw new ExpectedError("roster.swapRequests.stale");
      throw error;
    }
    return decide(tx, viewer, request, provinceId, "accepted", data.note);
  });
}

/** The director declines, saying why; the roster is untouched. */
export async function declineSwap(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(declineInput, input);
  return db.transaction(async (tx) => {
    const { row, provinceId } = await pendingFor(tx, viewer, "roster.manage", data);
    return decide(tx, viewer, row, provinceId, "declined", data.note);
  });
}

/** The proposer takes her proposal back while it is pending; nobody else can. */
export async function withdrawSwap(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(swapRequestRef, input);
  return db.transaction(async (tx) => {
    const { row, provinceId } = await pendingFor(tx, viewer, "roster.propose", data);
    if (row.proposedBy !== viewer.id) throw forbidden();
    return decide(tx, viewer, row, provinceId, "withdrawn", null);
  });
}
