import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import { roleRequiresTotp } from "@/lib/auth/second-factor";
import { codeKey, streaks, throttlePolicy } from "@/lib/auth/throttle";
import { decryptTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import { auditLog, loginAttempts, recoveryCodes, users } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  setRoleTotpPolicy,
} from "./commands";

let t: TestDatabase;
beforeAll(async () => {
  t = await createDemoDatabase();
}, 180_000);
afterAll(() => t?.close());

const stored = async (userId: number) =>
  (
    await t.db.select({ secret: users.totpSecret, enabled: users.totpEnabled }).from(users).where(eq(users.id, userId))
  )[0]!;
const auditsOf = (userId: number, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.userId, userId), eq(auditLog.action, action)));
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (e: unknown) => (e instanceof ExpectedError ? e.key : Promise.reject(e)),
  );

describe("turning the second factor on and off", () => {
  it("keeps the secret encrypted, enables only with a right code, and audits each step", async () => {
    const viewer = await viewerFor(t.db, "tinhdoan.danang");
    await beginTotpEnrolment(t.db, viewer, {});
    const pending = await stored(viewer.id);
    expect(pending.enabled).toBe(false);
    const secret = decryptTotpSecret(pending.secret!, viewer.id)!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(pending.secret).not.toContain(secret);

    expect(await refusal(confirmTotpEnrolment(t.db, viewer, { code: "000000" }))).toBe("security.errors.wrongCode");
    expect((await stored(viewer.id)).enabled).toBe(false);
    expect(await streaks(t.db, [codeKey(viewer.id)])).toEqual({ [codeKey(viewer.id)]: 1 });

    const { recoveryCodes: codes } = await confirmTotpEnrolment(t.db, viewer, { code: totpCodeAt(secret) });
    expect(codes).toHaveLength(10);
    expect((await stored(viewer.id)).enabled).toBe(true);
    const hashes = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, viewer.id));
    expect(hashes).toHaveLength(10);
    expect(JSON.stringify(hashes)).not.toContain(codes[0]!.replace("-", ""));
    const [enabled] = await auditsOf(viewer.id, "totp.enabled");
    expect(enabled?.provinceId).toBe(viewer.provinceId);
    expect(JSON.stringify(await t.db.select().from(auditLog).where(eq(auditLog.userId, viewer.id)))).not.toContain(
      secret,
    );

    // New recovery codes replace the old ones.
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(t.db, viewer, {
      code: totpCodeAt(secret, Math.floor(Date.now() / 1000) + 30),
    });
    expect(await refusal(disableTotp(t.db, viewer, { code: codes[0] }))).toBe("security.errors.wrongCode");
    expect(await auditsOf(viewer.id, "recovery_codes.regenerated")).toHaveLength(1);

    await disableTotp(t.db, viewer, { code: fresh[3] });
    expect(await stored(viewer.id)).toEqual({ secret: null, enabled: false });
    expect(await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, viewer.id))).toHaveLength(0);
    expect(await auditsOf(viewer.id, "totp.disabled")).toHaveLength(1);
  }, 120_000);

  it(`stops checking codes after ${throttlePolicy.account.free} wrong ones`, async () => {
    const viewer = await viewerFor(t.db, "bithu.cairang");
    await beginTotpEnrolment(t.db, viewer, {});
    const secret = decryptTotpSecret((await stored(viewer.id)).secret!, viewer.id)!;
    for (let i = 0; i < throttlePolicy.account.free; i++) {
      expect(await refusal(confirmTotpEnrolment(t.db, viewer, { code: "999999" }))).toBe("security.errors.wrongCode");
    }
    expect(await refusal(confirmTotpEnrolment(t.db, viewer, { code: totpCodeAt(secret) }))).toBe(
      "security.errors.throttled",
    );
    expect((await stored(viewer.id)).enabled).toBe(false);
    // The refused right code was not spent either.
    expect(
      await t.db
        .select()
        .from(loginAttempts)
        .where(like(loginAttempts.key, `totp:${viewer.id}:%`)),
    ).toHaveLength(0);
  });
});

describe("the per-role policy", () => {
  it("is set by the admin only, audited, and read back by requireViewer's check", async () => {
    const admin = await viewerFor(t.db, "admin");
    const officer = await viewerFor(t.db, "tinhdoan.cantho");
    expect(await refusal(setRoleTotpPolicy(t.db, officer, { role: "center_director", requireTotp: "true" }))).toBe(
      "errors.forbidden",
    );
    expect(await roleRequiresTotp(t.db, "center_director")).toBe(false);

    await setRoleTotpPolicy(t.db, admin, { role: "center_director", requireTotp: "on" });
    expect(await roleRequiresTotp(t.db, "center_director")).toBe(true);
    expect(await roleRequiresTotp(t.db, "commune_secretary")).toBe(false);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "role_policy"), eq(auditLog.entityId, "center_director")));
    expect(audit?.changes).toEqual({ requireTotp: { before: false, after: true } });

    // Relaxing it needs a fresh code from the admin's own authenticator.
    expect(await refusal(setRoleTotpPolicy(t.db, admin, { role: "center_director" }))).toBe(
      "securityPolicy.errors.ownTotpRequired",
    );
    expect(await roleRequiresTotp(t.db, "center_director")).toBe(true);
    await beginTotpEnrolment(t.db, admin, {});
    const secret = decryptTotpSecret((await stored(admin.id)).secret!, admin.id)!;
    const at = Math.floor(Date.now() / 1000);
    await confirmTotpEnrolment(t.db, admin, { code: totpCodeAt(secret, at) });
    const enrolled = { ...admin, totpEnabled: true };
    expect(await refusal(setRoleTotpPolicy(t.db, enrolled, { role: "center_director" }))).toBe("errors.invalid");
    expect(await refusal(setRoleTotpPolicy(t.db, enrolled, { role: "center_director", code: "000000" }))).toBe(
      "security.errors.wrongCode",
    );
    // The code the enrolment just used is spent.
    expect(
      await refusal(setRoleTotpPolicy(t.db, enrolled, { role: "center_director", code: totpCodeAt(secret, at) })),
    ).toBe("security.errors.wrongCode");
    expect(await roleRequiresTotp(t.db, "center_director")).toBe(true);
    const rejected = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, admin.id), eq(auditLog.action, "totp.code_rejected")));
    expect(rejected.map((r) => r.outcome)).toEqual(["failure", "failure"]);

    await setRoleTotpPolicy(t.db, enrolled, { role: "center_director", code: totpCodeAt(secret, at + 30) });
    expect(await roleRequiresTotp(t.db, "center_director")).toBe(false);
    // Requiring it again needs no code.
    await setRoleTotpPolicy(t.db, enrolled, { role: "center_director", requireTotp: "true" });
    expect(await roleRequiresTotp(t.db, "center_director")).toBe(true);
  });
});
