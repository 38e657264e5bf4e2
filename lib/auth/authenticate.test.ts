import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, like, sql } from "drizzle-orm";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { auditLog, loginAttempts, users } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/db/seed";
import { viewerFor } from "@/lib/testing/viewers";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/lib/security/commands";
import { authenticate } from "./authenticate";
import { verifyPassword } from "./password";
import { accountKey, addressKey, throttlePolicy } from "./throttle";
import { decryptTotpSecret, totpCodeAt } from "./totp";

// Counts bcrypt comparisons while keeping the real ones.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
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
/** A fresh client address per test, so the per-address limit of one test never leaks into another. */
const newAddress = () => `198.51.100.${++addressCounter}`;
const signIn = (username: string, password: string, address: string, otp?: string) =>
  authenticate(t.db, { username, password, otp }, address);

/** Moves an account's or address's attempts back in time, as if `minutes` had passed. */
const age = (key: string, minutes: number) =>
  t.db.execute(sql`update login_attempts set at = at - make_interval(mins => ${minutes}) where key = ${key}`);

describe("sign-in gives nothing away", () => {
  it("costs one bcrypt comparison and says 'invalid' alike for an unknown user and a wrong password", async () => {
    const unknown = await signIn("khong.ton.tai", DEMO_PASSWORD, newAddress());
    expect(comparisons).toHaveBeenCalledTimes(1);
    comparisons.mockClear();
    const wrong = await signIn("bithu.hoaxuan", "Sai@2026", newAddress());
    expect(comparisons).toHaveBeenCalledTimes(1);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("costs one comparison for malformed input too", async () => {
    expect(await authenticate(t.db, { username: "", password: "" }, newAddress())).toEqual({ ok: false, reason: "invalid" });
    expect(comparisons).toHaveBeenCalledTimes(1);
  });

  it("signs in with the right password, whatever the username's case", async () => {
    const outcome = await signIn("BiThu.HoaXuan", DEMO_PASSWORD, newAddress());
    expect(outcome).toMatchObject({ ok: true, sessionVersion: 1 });
    expect(comparisons).toHaveBeenCalledTimes(1);
  });

  it("refuses a deactivated account with the same 'invalid', right password or not", async () => {
    await t.db.update(users).set({ active: false }).where(eq(users.username, "bithu.cairang"));
    try {
      expect(await signIn("bithu.cairang", DEMO_PASSWORD, newAddress())).toEqual({ ok: false, reason: "invalid" });
      expect(comparisons).toHaveBeenCalledTimes(1);
    } finally {
      await t.db.update(users).set({ active: true }).where(eq(users.username, "bithu.cairang"));
    }
    expect(await signIn("bithu.cairang", DEMO_PASSWORD, newAddress())).toMatchObject({ ok: true });
  });
});

describe("the throttle", () => {
  it(`refuses an account after ${throttlePolicy.perAccount} failures, even with the right password, until the window passes`, async () => {
    const address = newAddress();
    for (let i = 0; i < throttlePolicy.perAccount; i++) {
      expect(await signIn("giamdoc.haivan", `wrong-${i}`, address)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, address)).toEqual({ ok: false, reason: "throttled" });
    // Another address does not help: the limit is the account's.
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, newAddress())).toEqual({ ok: false, reason: "throttled" });
    // Another account from the same address is not affected.
    expect(await signIn("bithu.hoaxuan", DEMO_PASSWORD, address)).toMatchObject({ ok: true });
    // A throttled attempt still costs one comparison (no timing tell).
    comparisons.mockClear();
    await signIn("giamdoc.haivan", DEMO_PASSWORD, address);
    expect(comparisons).toHaveBeenCalledTimes(1);

    await age(accountKey("giamdoc.haivan"), throttlePolicy.windowMinutes - 1);
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, address)).toEqual({ ok: false, reason: "throttled" });
    await age(accountKey("giamdoc.haivan"), 2);
    expect(await signIn("giamdoc.haivan", DEMO_PASSWORD, address)).toMatchObject({ ok: true });
  }, 120_000);

  it(`refuses an address after ${throttlePolicy.perAddress} failures across accounts, and not other addresses`, async () => {
    const address = newAddress();
    // Failures spread over many usernames, so no single account reaches its own limit; the last
    // one goes through authenticate() to show real failures are counted against the address. A
    // success from the address in between does not wipe the slate (it would let a holder of one
    // account spray guesses over all the others).
    for (let i = 0; i < throttlePolicy.perAddress - 1; i++) {
      await t.db.insert(loginAttempts).values({ key: addressKey(address), succeeded: false });
    }
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, address)).toMatchObject({ ok: true });
    expect(await signIn("khach.vang.lai", "x", address)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, address)).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, newAddress())).toMatchObject({ ok: true });
    await age(addressKey(address), throttlePolicy.windowMinutes + 1);
    expect(await signIn("tinhdoan.cantho", DEMO_PASSWORD, address)).toMatchObject({ ok: true });
  });
});

describe("the second factor at sign-in", () => {
  const username = "bithu.haivan";
  let secret = "";

  beforeAll(async () => {
    const viewer = await viewerFor(t.db, username);
    await beginTotpEnrolment(t.db, viewer, {});
    const [row] = await t.db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, viewer.id));
    secret = decryptTotpSecret(row!.stored!, viewer.id)!;
    // Confirming uses up the current step.
    const { recoveryCodes } = await confirmTotpEnrolment(t.db, viewer, { code: totpCodeAt(secret) });
    recovery.push(...recoveryCodes);
  });
  const recovery: string[] = [];
  const nextStepCode = () => totpCodeAt(secret, Math.floor(Date.now() / 1000) + 30);

  it("asks for the code only after the right password", async () => {
    expect(await signIn(username, "Sai@2026", newAddress())).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(username, DEMO_PASSWORD, newAddress())).toEqual({ ok: false, reason: "totp_required" });
    // A code does not stand in for the password.
    expect(await signIn(username, "Sai@2026", newAddress(), nextStepCode())).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts a code once and refuses it replayed, or an older one", async () => {
    const code = nextStepCode();
    const used = totpCodeAt(secret); // the step the enrolment consumed
    expect(await signIn(username, DEMO_PASSWORD, newAddress(), used)).toEqual({ ok: false, reason: "invalid_code" });
    expect(await signIn(username, DEMO_PASSWORD, newAddress(), code)).toMatchObject({ ok: true });
    expect(await signIn(username, DEMO_PASSWORD, newAddress(), code)).toEqual({ ok: false, reason: "invalid_code" });
    const steps = await t.db.select().from(loginAttempts).where(like(loginAttempts.key, `totp:%`));
    expect(steps.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts each recovery code once, in any case, and audits its use", async () => {
    const code = recovery[0]!;
    expect(await signIn(username, DEMO_PASSWORD, newAddress(), code.toLowerCase())).toMatchObject({ ok: true });
    expect(await signIn(username, DEMO_PASSWORD, newAddress(), code)).toEqual({ ok: false, reason: "invalid_code" });
    expect(await signIn(username, DEMO_PASSWORD, newAddress(), recovery[1]!)).toMatchObject({ ok: true });
    const viewer = await viewerFor(t.db, username);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "recovery_code.use"), eq(auditLog.userId, viewer.id)));
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain(code);
  });

  it("throttles wrong codes like wrong passwords", async () => {
    const address = newAddress();
    for (let i = 0; i < throttlePolicy.perAccount; i++) {
      expect(await signIn(username, DEMO_PASSWORD, address, "000000")).toEqual({ ok: false, reason: "invalid_code" });
    }
    expect(await signIn(username, DEMO_PASSWORD, address, nextStepCode())).toEqual({ ok: false, reason: "throttled" });
    await age(accountKey(username), throttlePolicy.windowMinutes + 1);
  }, 120_000);
});
