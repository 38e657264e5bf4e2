import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import { auditLog, targets } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedOverviewFixture } from "@/lib/overview/test-fixture";
import { viewerFor } from "@/lib/testing/viewers";
import { createTarget, updateTarget } from "./commands";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof seedOverviewFixture>>;
beforeAll(async () => {
  t = await createTestDatabase();
  world = await seedOverviewFixture(t.db);
});
afterAll(() => t?.close());

const form = (over: Record<string, string> = {}) => ({
  communeId: String(world.hoaXuan.id),
  formerCommuneId: "",
  indicator: "sims_given",
  targetValue: "1.200",
  startsOn: "01/11/2026",
  dueOn: "31/12/2026",
  note: "",
  ...over,
});

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("targets", () => {
  it("lets the provincial officer set a target in the province, audited", async () => {
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    const row = await createTarget(t.db, officer, form());
    expect(row).toMatchObject({ communeId: world.hoaXuan.id, targetValue: 1200, startsOn: "2026-11-01", version: 1 });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "target"), eq(auditLog.entityId, String(row.id))));
    expect(audit).toMatchObject({
      action: "create",
      userId: officer.id,
      communeId: world.hoaXuan.id,
      provinceId: world.daNang.id,
    });
  });

  it("sets a target for a former commune of the commune, never of another", async () => {
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    const row = await createTarget(
      t.db,
      officer,
      form({ communeId: String(world.haiVan.id), formerCommuneId: String(world.hoaBac.id) }),
    );
    expect(row.formerCommuneId).toBe(world.hoaBac.id);
    expect(
      await rejection(createTarget(t.db, officer, form({ formerCommuneId: String(world.hoaBac.id) }))),
    ).toMatchObject({
      fields: { formerCommuneId: ["targets.errors.formerNotInCommune"] },
    });
  });

  it("refuses a commune outside the officer's province, and commune roles altogether", async () => {
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(targets);
    expect(await rejection(createTarget(t.db, await viewerFor(t.db, "tinhdoan.cantho"), form()))).toMatchObject({
      key: "errors.notFound",
    });
    expect(await rejection(createTarget(t.db, await viewerFor(t.db, "bithu.hoaxuan"), form()))).toMatchObject({
      key: "errors.forbidden",
    });
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(targets);
    expect(after).toEqual(before);
  });

  it("answers bad input with field message keys and writes nothing", async () => {
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    const refused = await rejection(createTarget(t.db, officer, form({ targetValue: "-3", dueOn: "01/10/2026" })));
    expect(refused.key).toBe("errors.invalid");
    expect(refused.fields).toMatchObject({ targetValue: ["targets.errors.valueInvalid"] });
  });

  it("updates with the version, and reports a conflict to the second editor", async () => {
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    const admin = await viewerFor(t.db, "admin");
    const row = await createTarget(t.db, officer, form({ indicator: "dossiers_submitted" }));
    const updated = await updateTarget(t.db, admin, {
      ...form({ indicator: "dossiers_submitted", targetValue: "900" }),
      id: String(row.id),
      version: "1",
    });
    expect(updated).toMatchObject({ targetValue: 900, version: 2 });
    expect(
      await rejection(
        updateTarget(t.db, officer, {
          ...form({ indicator: "dossiers_submitted", targetValue: "950" }),
          id: String(row.id),
          version: "1",
        }),
      ),
    ).toMatchObject({ key: "errors.conflict" });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "target"), eq(auditLog.entityId, String(row.id))));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update"]);
    expect(
      await rejection(
        updateTarget(t.db, await viewerFor(t.db, "tinhdoan.cantho"), { ...form(), id: String(row.id), version: "2" }),
      ),
    ).toMatchObject({ key: "errors.notFound" });
  });
});
