import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conflict, forbidden, guardAction, notFound, type FormState } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { auditLog } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { deleteSupportRecord } from "@/lib/records/commands";
import { communeFixture } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { recordAudit } from "./record";
import { auditRefusal, auditRefusalOf, refusalsPerWindow, refusalWindowSeconds } from "./refusal";

// A refused action (scope or capability) leaves one audit row of its own, written after the
// action's transaction rolled back; repeats within the window and floods past the cap leave
// none; and whatever happens to that write, the user gets the refusal's usual answer.

let t: TestDatabase;
let db: Database;
let secretary: Viewer;
let otherSecretary: Viewer;
let director: Viewer;
let officer: Viewer;

beforeAll(async () => {
  t = await createDemoDatabase();
  db = t.db;
  [secretary, otherSecretary, director, officer] = await Promise.all([
    viewerFor(db, "bithu.haivan"),
    viewerFor(db, "bithu.hoaxuan"),
    viewerFor(db, "giamdoc.haivan"),
    viewerFor(db, "tinhdoan.danang"),
  ]);
}, 240_000);
afterAll(() => t?.close());

const formOf = (fields: Record<string, string>) => {
  const formData = new FormData();
  for (const [k, v] of Object.entries(fields)) formData.set(k, v);
  return formData;
};

const refusalsOf = (viewer: Viewer) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.userId, viewer.id), eq(auditLog.outcome, "refused")))
    .orderBy(auditLog.id);

describe("a refused action", () => {
  it("is audited in a write of its own after the action's transaction rolled back", async () => {
    const state = await guardAction(
      formOf({ id: "4242" }),
      () =>
        db.transaction(async (tx) => {
          await recordAudit(tx, secretary, { action: "probe", entity: "support_record", entityId: 4242 });
          throw forbidden();
        }),
      auditRefusalOf(secretary, { entity: "support_record", action: "update" }),
    );
    expect(state).toMatchObject({ status: "error", message: "errors.forbidden" });
    const rows = await db.select().from(auditLog).where(eq(auditLog.userId, secretary.id));
    expect(rows.filter((r) => r.action === "probe")).toEqual([]);
    const [row] = rows.filter((r) => r.outcome === "refused");
    expect(row).toMatchObject({
      action: "update",
      entity: "support_record",
      entityId: "4242",
      communeId: secretary.communeId,
    });
    expect(row!.changes).toMatchObject({ details: { after: { reason: "errors.forbidden" } } });
  });

  it("is audited when a real command refuses another commune's id", async () => {
    const hx = await communeFixture(db, "HOA-XUAN");
    const [theirs] = await queryRows<{ id: number }>(
      db,
      sql`select id from support_records where commune_id = ${hx.communeId} limit 1`,
    );
    const formData = formOf({ id: String(theirs!.id), version: "1" });
    const state = await guardAction(
      formData,
      async (): Promise<FormState> => {
        await deleteSupportRecord(db, director, Object.fromEntries(formData));
        return { status: "ok" };
      },
      auditRefusalOf(director, { entity: "support_record", action: "delete" }),
    );
    expect(state).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(await refusalsOf(director)).toEqual([
      expect.objectContaining({ action: "delete", entityId: String(theirs!.id), outcome: "refused" }),
    ]);
  });

  it("is audited once per user, attempt and target within the window", async () => {
    const attempt = { entity: "household", action: "update", reason: "errors.notFound" };
    expect(await auditRefusal(otherSecretary, { ...attempt, entityId: 7 })).toBe(true);
    expect(await auditRefusal(otherSecretary, { ...attempt, entityId: 7 })).toBe(false);
    expect(await refusalsOf(otherSecretary)).toHaveLength(1);
    // Another target, or the same one after the window, is a new event.
    expect(await auditRefusal(otherSecretary, { ...attempt, entityId: 8 })).toBe(true);
    await db
      .update(auditLog)
      .set({ at: sql`now() - make_interval(secs => ${refusalWindowSeconds + 5})` })
      .where(and(eq(auditLog.userId, otherSecretary.id), eq(auditLog.entityId, "7")));
    expect(await auditRefusal(otherSecretary, { ...attempt, entityId: 7 })).toBe(true);
    expect(await refusalsOf(otherSecretary)).toHaveLength(3);
  });

  it("stops being audited past the cap per user and window (walking ids costs no rows)", async () => {
    for (let id = 1; id <= refusalsPerWindow + 5; id++) {
      await auditRefusal(officer, { entity: "member", action: "update", entityId: id, reason: "errors.notFound" });
    }
    const rows = await refusalsOf(officer);
    expect(rows).toHaveLength(refusalsPerWindow);
    expect(rows.at(-1)!.changes).toMatchObject({ details: { after: { capped: true } } });
  });

  it("never changes the user's answer, even when the audit write fails", async () => {
    const ghost = { ...secretary, id: 987_654 }; // no such account: the insert breaks its foreign key
    expect(await auditRefusal(ghost, { entity: "team", action: "update", reason: "errors.forbidden" })).toBe(false);
    const failingHook = () => Promise.reject(new Error("audit down"));
    const state = await guardAction(formOf({ name: "x" }), () => Promise.reject(notFound()), failingHook);
    expect(state).toMatchObject({ status: "error", message: "errors.notFound", values: { name: "x" } });
  });

  it("leaves other outcomes alone: conflicts, and anonymous requests", async () => {
    const before = await refusalsOf(secretary);
    await guardAction(
      formOf({ id: "1" }),
      () => Promise.reject(conflict()),
      auditRefusalOf(secretary, { entity: "target", action: "update" }),
    );
    expect(await refusalsOf(secretary)).toHaveLength(before.length);
    expect(await auditRefusal(null, { entity: "target", action: "update", reason: "errors.forbidden" })).toBe(false);
  });
});
