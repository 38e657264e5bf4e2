import { and, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, loginAttempts, users } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/db/seed";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/lib/security/commands";
import { viewerFor } from "@/lib/testing/viewers";
import { authenticate, type SignInOutcome } from "./authenticate";
import { verifyPassword } from "./password";
import { addressKey, delayMinutes, reserveAttempt, throttlePolicy } from "./throttle";
import { decryptTotpSecret, totpCodeAt } from "./totp";
import type * as PasswordModule from "./password";

// Counts bcrypt comparisons while keeping the real ones.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof PasswordModule>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const comparisons = vi.mocked(verifyPassword);

let t: TestDatabase;
beforeAll(async () => {
  t = await createDemoDatabase();
}, 180_000);
afterAll(() => t?.close());
beforeEach(() => {
  comparisons.mockClear();
});

let addressCounter = 0;
/** A fresh client per test, so the per-address limit of one test never leaks into another. */
const newClient = () => ({ address: `198.51.100.${++addressCounter}`, userAgent: "vitest" });
const signIn = (username: string, password: string, client = newClient(), now?: Date, otp?: string) =>
  authenticate(t.db, { username, password, otp }, client, now);
const minutesLater = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);
const account = throttlePolicy.account;
const retryAtOf = (outcome: SignInOutcome) =>
  outcome.ok === false && outcome.reason === "throttled" ? outcome.retryAt : undefined;

describe("sign-in gives nothing away", () => {
  it("costs one bcrypt comparison and says 'invalid' alike for an unknown user and a wrong password", async () => {
    const unknown = await signIn("khong.ton.tai", DEMO_PASSWORD);
    expect(comparisons).toHaveBeenCalledTimes(1);
    comparisons.mockClear();
    const wrong = await signIn("bithu.hoaxuan", "Sai@2026");
    expect(comparisons).toHaveBeenCalledTimes(1);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("costs one comparison for malformed input too", async () => {
    expect(await authenticate(t.db, { username: "", password: "" }, newClient())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(comparisons).toHaveBeenCalledTimes(1);
  });

  it("signs in with the right password, whatever the username's case", async () => {
    const outcome = await signIn("BiThu.HoaXuan", DEMO_PASSWORD);
    expect(outcome).toMatchObject({ ok: true, sessionVersion: 1, secondFactor: false });
    expect(comparisons).toHaveBeenCalledTimes(1);
  });

  it("refuses a deactivated account with the same 'invalid', right password or not", async () => {
    await t.db.update(users).set({ active: false }).where(eq(users.username, "bithu.cairang"));
    try {
      expect(await signIn("bithu.cairang", DEMO_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
      expect(comparisons).toHaveBeenCalledTimes(1);
    } finally {
      await t.db.update(users).set({ active: true }).where(eq(users.username, "bithu.cairang"));
    }
    expect(await signIn("bithu.cairang", DEMO_PASSWORD)).toMatchObject({ ok: true });
  });
});

describe("the throttle", () => {
  it(`evaluates at most ${account.free} of 40 parallel wrong passwords, then makes even the right one wait`, async () => {
    const start = new Date();
    const client = newClient();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn("giamdoc.haivan", `wrong-${i}`, client, start)),
    );
    // Every evaluated attempt costs one comparison; a throttled one none at all.
    expect(comparisons.mock.calls.length).toBeLessThanOrEqual(account.free);
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(comparisons.mock.calls.length);
    expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(40 - comparisons.mock.calls.length);

    comparisons.mockClear();
    const refused = await signIn("giamdoc.haivan", DEMO_PASSWORD, client, start);
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect(retryAtOf(refused)).toEqual(minutesLater(start, delayMinutes(account, account.free)));
    expect(comparisons).not.toHaveBeenCalled();
    // Another address does not help: the wait is the account's.
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, newClient(), start)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    // Another account from the same address is not affected.
    expect(await signIn("bithu.hoaxuan", DEMO_PASSWORD, client, start)).toMatchObject({ ok: true });

    const afterWait = minutesLater(retryAtOf(refused)!, 0.01);
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, client, afterWait)).toMatchObject({ ok: true });
    // The owner got in: the streak is over, the next typo costs no wait.
    expect(await signIn("giamdoc.haivan", "typo", client, afterWait)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, client, afterWait)).toMatchObject({ ok: true });
  }, 120_000);

  it("waits longer after each further failure, but never longer than the cap: nobody locks the admin out", async () => {
    let now = new Date();
    const client = newClient();
    for (let i = 0; i < account.free; i++) await signIn("admin", `guess-${i}`, client, now);
    const waits: number[] = [];
    for (let failures = account.free; waits.length < 6; failures++) {
      const refused = await signIn("admin", "guess", client, now);
      const retryAt = retryAtOf(refused)!;
      expect(retryAt).toBeDefined();
      waits.push((retryAt.getTime() - now.getTime()) / 60_000);
      expect(waits.at(-1)).toBe(delayMinutes(account, failures));
      now = retryAt; // exactly when allowed again, the attacker guesses once more
      expect(await signIn("admin", "guess", client, now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(Math.max(...waits)).toBe(account.maxDelayMinutes);
    // However long the guessing went on, the real admin gets in once the last wait is over.
    expect(await signIn("admin", DEMO_PASSWORD, client, minutesLater(now, account.maxDelayMinutes))).toMatchObject({
      ok: true,
    });
  }, 120_000);

  it(`refuses an address after ${throttlePolicy.address.free} failures across accounts, and not other addresses`, async () => {
    const now = new Date();
    const client = newClient();
    const keys = [{ key: addressKey(client.address), rule: throttlePolicy.address }];
    // Failures spread over many usernames, so no single account reaches its own limit.
    for (let i = 0; i < throttlePolicy.address.free - 1; i++) await reserveAttempt(t.db, keys, now);
    // A success is not charged to the address, nor does it wipe the slate (or one valid account
    // would let its holder spray guesses over all the others).
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, client, now)).toMatchObject({ ok: true });
    expect(await signIn("khach.vang.lai", "x", client, now)).toEqual({ ok: false, reason: "invalid" });
    comparisons.mockClear();
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, client, now)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(comparisons).not.toHaveBeenCalled();
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, newClient(), now)).toMatchObject({ ok: true });
    const later = minutesLater(now, delayMinutes(throttlePolicy.address, throttlePolicy.address.free) + 0.01);
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, client, later)).toMatchObject({ ok: true });
  }, 120_000);
});

describe("the audit trail of sign-ins", () => {
  const lastSignIns = (n: number) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, "sign_in")).orderBy(desc(auditLog.id)).limit(n);

  it("records success, failure and refusal with address, user agent and outcome, never the password", async () => {
    const now = new Date();
    const client = { address: "203.0.113.50", userAgent: "Mozilla/5.0 (test)" };
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    await signIn("tinhdoan.danang", "Mat-khau-sai-1", client, now);
    await signIn("ai.do.la", "Mat-khau-sai-2", client, now);
    await signIn("tinhdoan.danang", DEMO_PASSWORD, client, now);
    const [success, unknown, failure] = await lastSignIns(3);
    expect(failure).toMatchObject({
      userId: officer.id,
      outcome: "failure",
      address: client.address,
      userAgent: client.userAgent,
      entity: "session",
      provinceId: officer.provinceId,
    });
    expect(unknown).toMatchObject({ userId: null, outcome: "failure", address: client.address });
    expect(JSON.stringify(unknown!.changes)).toContain("ai.do.la");
    expect(success).toMatchObject({ userId: officer.id, outcome: "success", address: client.address });
    const all = JSON.stringify(await lastSignIns(3));
    expect(all).not.toContain("Mat-khau-sai");
    expect(all).not.toContain(DEMO_PASSWORD);

    for (let i = 0; i < account.free; i++) await signIn("tinhdoan.danang", `sai-${i}`, client, now);
    await signIn("tinhdoan.danang", DEMO_PASSWORD, client, now);
    const [refused] = await lastSignIns(1);
    expect(refused).toMatchObject({ userId: officer.id, outcome: "refused", address: client.address });
    expect(JSON.stringify(refused!.changes)).toContain("throttled");
  }, 120_000);
});

describe("the second factor at sign-in", () => {
  const username = "bithu.haivan";
  let secret = "";
  let enrolledAt = 0;

  beforeAll(async () => {
    const viewer = await viewerFor(t.db, username);
    await beginTotpEnrolment(t.db, viewer, {});
    const [row] = await t.db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, viewer.id));
    secret = decryptTotpSecret(row!.stored!, viewer.id)!;
    // Confirming uses up the current step.
    enrolledAt = Math.floor(Date.now() / 1000);
    const { recoveryCodes } = await confirmTotpEnrolment(t.db, viewer, { code: totpCodeAt(secret, enrolledAt) });
    recovery.push(...recoveryCodes);
  });
  const recovery: string[] = [];
  const nextStepCode = () => totpCodeAt(secret, Math.floor(Date.now() / 1000) + 30);

  it("asks for the code only after the right password, and asking does not count as a failure", async () => {
    expect(await signIn(username, "Sai@2026")).toEqual({ ok: false, reason: "invalid" });
    const client = newClient();
    for (let i = 0; i < account.free + 1; i++) {
      expect(await signIn(username, DEMO_PASSWORD, client)).toEqual({ ok: false, reason: "totp_required" });
    }
    // A code does not stand in for the password.
    expect(await signIn(username, "Sai@2026", newClient(), undefined, nextStepCode())).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("accepts a code once and refuses it replayed, or an older one", async () => {
    const code = nextStepCode();
    const used = totpCodeAt(secret, enrolledAt); // the step the enrolment consumed
    expect(await signIn(username, DEMO_PASSWORD, newClient(), undefined, used)).toEqual({
      ok: false,
      reason: "invalid_code",
    });
    expect(await signIn(username, DEMO_PASSWORD, newClient(), undefined, code)).toMatchObject({
      ok: true,
      secondFactor: true,
    });
    expect(await signIn(username, DEMO_PASSWORD, newClient(), undefined, code)).toEqual({
      ok: false,
      reason: "invalid_code",
    });
    const steps = await t.db.select().from(loginAttempts).where(like(loginAttempts.key, `totp:%`));
    expect(steps.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts each recovery code once, in any case, and audits its use", async () => {
    const code = recovery[0]!;
    expect(await signIn(username, DEMO_PASSWORD, newClient(), undefined, code.toLowerCase())).toMatchObject({
      ok: true,
    });
    expect(await signIn(username, DEMO_PASSWORD, newClient(), undefined, code)).toEqual({
      ok: false,
      reason: "invalid_code",
    });
    expect(await signIn(username, DEMO_PASSWORD, newClient(), undefined, recovery[1]!)).toMatchObject({ ok: true });
    const viewer = await viewerFor(t.db, username);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "recovery_code.use"), eq(auditLog.userId, viewer.id)));
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain(code);
  });

  it("throttles wrong codes like wrong passwords", async () => {
    const now = new Date();
    const client = newClient();
    for (let i = 0; i < account.free; i++) {
      expect(await signIn(username, DEMO_PASSWORD, client, now, "000000")).toEqual({
        ok: false,
        reason: "invalid_code",
      });
    }
    expect(await signIn(username, DEMO_PASSWORD, client, now, nextStepCode())).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "sign_in"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ outcome: "refused", address: client.address });
  }, 120_000);
});
