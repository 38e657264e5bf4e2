import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/commands";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { todayInVietnam } from "@/lib/i18n/format";
import { viewerFor } from "@/lib/testing/viewers";
import { parseAuditListParams } from "./list-params";
import { auditFilterOptions, listAuditEntries, unitNamesIn } from "./queries";
import { recordAudit } from "./record";
import { pruneSecurityEvents, securityEventRetentionMonths } from "./retention";
import { recordSecurityEvent } from "./security-events";

let test: TestDatabase;
let admin: Viewer;
let daNang: Viewer;
let canTho: Viewer;
let haiVanSecretary: Viewer;
let hoaXuanSecretary: Viewer;

const entityIds = async (viewer: Viewer, query: Record<string, string> = {}) =>
  (await listAuditEntries(viewer, parseAuditListParams({ entity: "account", ...query }))).rows.map((r) => r.entityId);

beforeAll(async () => {
  test = await createDemoDatabase();
  admin = await viewerFor(test.db, "admin");
  daNang = await viewerFor(test.db, "tinhdoan.danang");
  canTho = await viewerFor(test.db, "tinhdoan.cantho");
  haiVanSecretary = await viewerFor(test.db, "bithu.haivan");
  hoaXuanSecretary = await viewerFor(test.db, "bithu.hoaxuan");
}, 240_000); // the demo seed takes a while on a busy 2-core machine
afterAll(async () => {
  await test?.close();
});

describe("the audit log", () => {
  let inHaiVan: string;
  let inCaiRang: string;
  let adminAccount: string;

  beforeAll(async () => {
    const make = async (viewer: Viewer, username: string, role: string, unit: Record<string, string>) =>
      String((await createAccount(test.db, viewer, { username, displayName: username, role, ...unit })).id);
    inHaiVan = await make(daNang, "audit.haivan", "commune_secretary", {
      communeId: String(haiVanSecretary.communeId),
    });
    inCaiRang = await make(canTho, "audit.cairang", "commune_secretary", {
      communeId: String((await viewerFor(test.db, "bithu.cairang")).communeId),
    });
    adminAccount = await make(admin, "audit.admin", "admin", {});
  });

  it("shows each viewer its own scope only", async () => {
    expect(await entityIds(admin)).toEqual(expect.arrayContaining([inHaiVan, inCaiRang, adminAccount]));
    expect(await entityIds(daNang)).toEqual([inHaiVan]);
    expect(await entityIds(canTho)).toEqual([inCaiRang]);
    expect(await entityIds(haiVanSecretary)).toEqual([inHaiVan]);
    expect(await entityIds(hoaXuanSecretary)).toEqual([]);
  });

  it("puts the newest first and names who did it", async () => {
    const { rows } = await listAuditEntries(admin, parseAuditListParams({ entity: "account", action: "create" }));
    expect(rows.map((r) => r.entityId).slice(0, 3)).toEqual([adminAccount, inCaiRang, inHaiVan]);
    expect(rows[0]).toMatchObject({ username: "admin", action: "create", entity: "account" });
    expect(rows[2]).toMatchObject({ username: "tinhdoan.danang", communeName: "Phường Hải Vân" });
    expect(rows[2]!.changes.communeId).toEqual({ before: null, after: haiVanSecretary.communeId });
    const names = await unitNamesIn(rows.slice(0, 3));
    expect(names.communeId[haiVanSecretary.communeId!]).toBe("Phường Hải Vân");
    expect(names.provinceId[canTho.provinceId!]).toBe("Thành phố Cần Thơ");
  });

  it("filters by user, unit and a dd/MM/yyyy range in Vietnam's time", async () => {
    expect(await entityIds(admin, { user: String(canTho.id) })).toEqual([inCaiRang]);
    expect(await entityIds(admin, { unit: `c${haiVanSecretary.communeId}` })).toEqual([inHaiVan]);
    const [y, m, d] = todayInVietnam().split("-");
    expect(await entityIds(admin, { from: `${d}/${m}/${y}`, to: `${d}/${m}/${y}` })).toHaveLength(3);
    expect(await entityIds(admin, { to: "01/01/2026" })).toEqual([]);
  });

  it("offers as filters only the people and entities in the viewer's scope", async () => {
    await recordAudit(test.db, canTho, {
      action: "update",
      entity: "village",
      entityId: 1,
      communeId: canTho.communeId,
      provinceId: canTho.provinceId,
    });
    const options = await auditFilterOptions(daNang);
    expect(options.actors.map((a) => a.username)).toEqual(["tinhdoan.danang"]);
    expect(options.entities).toEqual(["account"]);
    expect(options.actions).toEqual(["create"]);
  });
});

describe("security events in the log", () => {
  const client = { address: "203.0.113.77", userAgent: "Mozilla/5.0 (audit test)" };

  it("filter by outcome and by the security group, show address and user agent, within scope", async () => {
    await recordSecurityEvent(test.db, haiVanSecretary, {
      action: "sign_in",
      outcome: "failure",
      client,
      unit: haiVanSecretary,
      details: { reason: "invalid" },
    });
    await recordSecurityEvent(test.db, haiVanSecretary, {
      action: "sign_in",
      outcome: "success",
      client,
      unit: haiVanSecretary,
    });
    await recordSecurityEvent(test.db, null, {
      action: "sign_in",
      outcome: "refused",
      client,
      details: { username: "ai.do", reason: "throttled" },
    });
    const list = (viewer: Viewer, query: Record<string, string>) =>
      listAuditEntries(viewer, parseAuditListParams(query)).then((l) => l.rows);

    const failures = await list(admin, { outcome: "failure", group: "security" });
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((r) => r.outcome === "failure")).toBe(true);
    expect(failures[0]).toMatchObject({
      action: "sign_in",
      address: client.address,
      userAgent: client.userAgent,
      username: "bithu.haivan",
    });

    const security = await list(admin, { group: "security" });
    expect(new Set(security.map((r) => r.action))).toEqual(new Set(["sign_in"]));
    expect(security.map((r) => r.outcome).sort()).toEqual(["failure", "refused", "success"]);
    // Data writes (the accounts made above) are not security events.
    expect(security.some((r) => r.entity === "account")).toBe(false);
    // An unknown account's attempt belongs to no unit: only the admin reads it.
    expect((await list(haiVanSecretary, { group: "security" })).map((r) => r.outcome).sort()).toEqual([
      "failure",
      "success",
    ]);
    expect(await list(hoaXuanSecretary, { group: "security" })).toEqual([]);
  });

  it(`are pruned after ${securityEventRetentionMonths} months; data changes are kept`, async () => {
    await recordSecurityEvent(test.db, haiVanSecretary, {
      action: "sign_in",
      outcome: "success",
      client,
      unit: haiVanSecretary,
    });
    await recordAudit(test.db, haiVanSecretary, {
      action: "update",
      entity: "village",
      entityId: 1,
      communeId: haiVanSecretary.communeId,
    });
    const [signIn, write] = await test.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .orderBy(sql`${auditLog.id} desc`)
      .limit(2)
      .then((r) => [r[1]!, r[0]!]);
    await test.db
      .update(auditLog)
      .set({ at: sql`now() - make_interval(months => ${securityEventRetentionMonths}, days => 1)` })
      .where(inArray(auditLog.id, [signIn!.id, write!.id]));
    await pruneSecurityEvents(test.db);
    expect(await test.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.id, signIn!.id))).toEqual([]);
    expect(await test.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.id, write!.id))).toHaveLength(1);
  });
});
