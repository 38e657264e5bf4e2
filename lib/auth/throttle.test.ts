import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authThrottle } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { delayMinutes, minutesToWait, reserveAttempt, streaks, throttlePolicy } from "./throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(() => t?.close());

const rule = throttlePolicy.account;

describe("the throttle's waits", () => {
  it("start after the free failures, double, and stop at the cap", () => {
    expect(delayMinutes(rule, rule.free - 1)).toBe(0);
    expect(delayMinutes(rule, rule.free + 1)).toBe(2 * delayMinutes(rule, rule.free));
    expect(delayMinutes(rule, rule.free + 1000)).toBe(rule.maxDelayMinutes);
    expect(minutesToWait(new Date(90_000), new Date(0))).toBe(2);
    expect(minutesToWait(new Date(0), new Date(0))).toBe(1);
  });

  it("stay at the cap for a very long streak (no overflow in the database)", async () => {
    const now = new Date();
    await t.db.insert(authThrottle).values({ key: "account:long-streak", failures: 100_000, lastAttemptAt: now });
    const keys = [{ key: "account:long-streak", rule }];
    expect(await reserveAttempt(t.db, keys, now)).toEqual({ ok: true });
    const refused = await reserveAttempt(t.db, keys, now);
    expect(refused).toEqual({ ok: false, retryAt: new Date(now.getTime() + rule.maxDelayMinutes * 60_000) });
  });

  it("reserve on every key or on none", async () => {
    const now = new Date();
    const blocked = { key: "address:192.0.2.1", rule: throttlePolicy.address };
    for (let i = 0; i < throttlePolicy.address.free; i++) await reserveAttempt(t.db, [blocked], now);
    const account = { key: "account:someone", rule };
    expect((await reserveAttempt(t.db, [account, blocked], now)).ok).toBe(false);
    expect(await streaks(t.db, [account.key])).toEqual({});
  });
});
