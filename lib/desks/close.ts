import { and, asc, eq, inArray } from "drizzle-orm";
import { ExpectedError, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import type { Database, Executor } from "@/lib/db/client";
import { applyToRollup, recordsWithIds } from "@/lib/db/rollups";
import { mobileDeskStaff, mobileDesks, procedures, supportRecordProcedures, supportRecords } from "@/lib/db/schema";
import { todayInVietnam } from "@/lib/i18n/format";
import { counterFields } from "@/lib/records/counters";
import { deskIdSchema, deskVersionSchema, resultsSchema, type ResultsInput } from "./schemas";
import { claimVersion, deskSnapshot, invalid } from "./store";
import type { DeskOptions } from "./commands";

// Closing a desk: it was held, and its results become ONE support record (channel "mobile desk",
// linked to the desk, on the desk's day, in its village). The village and commune rollups move
// in the same transaction through lib/db/rollups.ts, as every other record write does.
// Recording again replaces that record: the old one leaves the rollups, the new one enters.

/** The support records that hold a desk's results. */
async function resultRecordIds(tx: Executor, deskId: number, communeId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: supportRecords.id })
    .from(supportRecords)
    .where(and(eq(supportRecords.mobileDeskId, deskId), eq(supportRecords.communeId, communeId)))
    .orderBy(asc(supportRecords.id));
  return rows.map((r) => r.id);
}

export async function closeDesk(db: Database, viewer: Viewer, input: unknown, options: DeskOptions = {}) {
  if (!deskIdSchema.safeParse(input).success) throw notFound();
  const { id, version } = parseInput(deskVersionSchema, input);
  const results = parseInput(resultsSchema, input);
  const today = options.today ?? todayInVietnam();
  return db.transaction(async (tx) => {
    const { row, provinceId } = await rowForWrite(tx, viewer, "desks.manage", mobileDesks, id);
    if (row.status === "cancelled") throw new ExpectedError("desks.errors.cancelledDesk");
    const before = (await deskSnapshot(tx, id))!;
    // Results are recorded on or after the day: a desk in the future has not been held yet.
    if (before.day > today) throw invalid("peopleServed", "desks.errors.notYetHeld");
    await checkProcedures(tx, results);
    await claimVersion(tx, id, version);

    const replaced = await resultRecordIds(tx, id, row.communeId);
    const previous = await resultsOf(tx, replaced);
    if (replaced.length > 0) {
      await applyToRollup(tx, recordsWithIds(replaced), -1);
      await tx.delete(supportRecords).where(inArray(supportRecords.id, replaced));
    }
    // The record names the desk's first volunteer (who answers for the figures), if any.
    const [lead] = await tx
      .select({ memberId: mobileDeskStaff.memberId })
      .from(mobileDeskStaff)
      .where(and(eq(mobileDeskStaff.deskId, id), eq(mobileDeskStaff.role, "volunteer")))
      .orderBy(asc(mobileDeskStaff.memberId))
      .limit(1);
    const [record] = await tx
      .insert(supportRecords)
      .values({
        communeId: row.communeId,
        villageId: row.villageId,
        memberId: lead?.memberId ?? null,
        mobileDeskId: id,
        servedOn: before.day,
        channel: "mobile_desk",
        ...Object.fromEntries(counterFields.map((f) => [f, results[f]])),
        note: results.note ?? null,
        createdBy: viewer.id,
      })
      .returning({ id: supportRecords.id });
    const recordId = record!.id;
    if (results.procedures.length > 0) {
      await tx
        .insert(supportRecordProcedures)
        .values(results.procedures.map((procedureCode) => ({ recordId, procedureCode })));
    }
    await applyToRollup(tx, recordsWithIds([recordId]), 1);
    await tx.update(mobileDesks).set({ status: "held" }).where(eq(mobileDesks.id, id));

    await recordAudit(tx, viewer, {
      action: before.status === "held" ? "update_results" : "close",
      entity: "mobile_desk",
      entityId: id,
      communeId: row.communeId,
      provinceId,
      before: { ...before, results: previous },
      after: { ...(await deskSnapshot(tx, id)), results: { ...pick(results), procedures: results.procedures } },
      details: { supportRecordId: recordId, replaced },
    });
    return { id, recordId };
  });
}

const pick = (r: ResultsInput) => Object.fromEntries(counterFields.map((f) => [f, r[f]]));

/** The counters the replaced records held (for the audit's before), or null when there were none. */
async function resultsOf(tx: Executor, ids: readonly number[]) {
  if (ids.length === 0) return null;
  const rows = await tx
    .select()
    .from(supportRecords)
    .where(inArray(supportRecords.id, [...ids]));
  return Object.fromEntries(counterFields.map((f) => [f, rows.reduce((s, r) => s + r[f], 0)]));
}

async function checkProcedures(tx: Executor, results: ResultsInput) {
  if (results.procedures.length === 0) return;
  const known = await tx
    .select({ code: procedures.code })
    .from(procedures)
    .where(and(inArray(procedures.code, results.procedures), eq(procedures.active, true)));
  if (known.length !== results.procedures.length) throw invalid("procedures", "records.errors.procedureUnknown");
}
