import { eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { authThrottle } from "@/lib/db/schema";

// Repeated failed sign-ins (and in-app code or current-password checks) are slowed per key. Kept
// in Postgres (not in memory) so the limit holds when several app instances share the database.
//
// Each attempt is *reserved* before any password or code is looked at: one upsert that only
// succeeds while the key is not blocked, and that counts the attempt as a failure up front. So 40
// requests racing on one account cannot all be evaluated: the row lock taken by ON CONFLICT DO
// UPDATE lines them up, and the fifth reservation already sets the wait that refuses the rest.
// A success then clears the account's streak; a right password that still needs its code gives
// the reservation back.
//
// Nothing is locked for good: after `free` failures the key waits 1, 2, 4, 8 … minutes (capped),
// so an attacker cannot keep the real admin out for longer than the cap.

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The longest wait, however long the streak. */
  maxDelayMinutes: number;
  /** A streak with no attempt for this long is forgotten. */
  forgetAfterMinutes: number;
}

export const throttlePolicy = {
  /** Per account (and per account for in-app codes and the current password). */
  account: { free: 5, maxDelayMinutes: 15, forgetAfterMinutes: 24 * 60 },
  /**
   * Per client address, across accounts: a success does not clear it (one valid account must not
   * let a sprayer reset its counter), but it is not charged for the success either.
   */
  address: { free: 30, maxDelayMinutes: 15, forgetAfterMinutes: 60 },
} as const satisfies Record<string, ThrottleRule>;

export const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
// Second-factor codes typed inside the app (turning TOTP off, new recovery codes, relaxing a
// policy): a stolen session must not be able to guess its way to disabling TOTP.
export const codeKey = (userId: number) => `code:${userId}`;
// The current password typed to change it: a stolen session must not guess the password behind it.
export const currentPasswordKey = (userId: number) => `current-password:${userId}`;

export interface ThrottledKey {
  key: string;
  rule: ThrottleRule;
}

export type Reservation = { ok: true } | { ok: false; retryAt: Date };

/** Minutes to wait after `failures` failures in a streak: 0 up to `free`, then 1, 2, 4 … up to the cap. */
export function delayMinutes(rule: ThrottleRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxDelayMinutes, 2 ** (failures - rule.free));
}

/** Whole minutes left until `retryAt`, at least one (what the user is told to wait). */
export function minutesToWait(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

class Refused extends Error {
  constructor(readonly retryAt: Date) {
    super("throttled");
  }
}

async function reserveOne(tx: Executor, { key, rule }: ThrottledKey, now: Date): Promise<void> {
  const at = sql`${now.toISOString()}::timestamptz`;
  // The streak's new length, as the row stands once locked (a forgotten streak starts again).
  const next = sql`(case when t.last_attempt_at < ${at} - make_interval(mins => ${rule.forgetAfterMinutes}) then 1 else t.failures + 1 end)`;
  // The exponent is bounded so a streak of thousands cannot overflow before the cap applies.
  const waitFor = (n: SQL) =>
    sql`case when ${n} >= ${rule.free} then ${at} + make_interval(mins => least(${rule.maxDelayMinutes}, power(2, least(${n} - ${rule.free}, 20)))::int) end`;
  const rows = await queryRows<{ failures: number }>(
    tx,
    sql`
    insert into auth_throttle as t (key, failures, blocked_until, last_attempt_at)
    values (${key}, 1, ${waitFor(sql`1`)}, ${at})
    on conflict (key) do update set
      failures = ${next},
      blocked_until = ${waitFor(next)},
      last_attempt_at = ${at}
    where t.blocked_until is null or t.blocked_until <= ${at}
    returning t.failures`,
  );
  if (rows.length > 0) return;
  const [row] = await tx
    .select({ blockedUntil: authThrottle.blockedUntil })
    .from(authThrottle)
    .where(eq(authThrottle.key, key));
  throw new Refused(row?.blockedUntil ?? new Date(now.getTime() + 60_000));
}

/**
 * Reserves one attempt on every key, or on none: refused (with the time it may be tried again)
 * while any key is waiting. Keys are locked in a fixed order so two racing requests can't deadlock.
 */
export async function reserveAttempt(db: Executor, keys: ThrottledKey[], now: Date = new Date()): Promise<Reservation> {
  const ordered = [...keys].sort((a, b) => a.key.localeCompare(b.key));
  try {
    await db.transaction(async (tx) => {
      for (const key of ordered) await reserveOne(tx, key, now);
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, retryAt: error.retryAt };
    throw error;
  }
}

/** The attempt succeeded: the streak is over (an account's owner got in). */
export async function clearStreak(db: Executor, key: string): Promise<void> {
  await db.delete(authThrottle).where(eq(authThrottle.key, key));
}

/**
 * The reserved attempt was not a failure after all (a right password still waiting for its code,
 * or a success charged to an address): give it back, and lift a wait it alone had caused.
 */
export async function refundAttempt(db: Executor, keys: ThrottledKey[]): Promise<void> {
  for (const { key, rule } of keys) {
    await db
      .update(authThrottle)
      .set({
        failures: sql`greatest(${authThrottle.failures} - 1, 0)`,
        blockedUntil: sql`case when ${authThrottle.failures} - 1 < ${rule.free} then null else ${authThrottle.blockedUntil} end`,
      })
      .where(eq(authThrottle.key, key));
  }
}

/** Rows of streaks every rule has forgotten: removed now and then, on a success. */
export async function pruneThrottle(db: Executor, now: Date = new Date()): Promise<void> {
  const longest = Math.max(...Object.values(throttlePolicy).map((r) => r.forgetAfterMinutes));
  await db.delete(authThrottle).where(lt(authThrottle.lastAttemptAt, new Date(now.getTime() - longest * 60_000)));
}

/** Test and support helper: the stored streak lengths of some keys. */
export async function streaks(db: Executor, keys: string[]): Promise<Record<string, number>> {
  if (keys.length === 0) return {};
  const rows = await db
    .select({ key: authThrottle.key, failures: authThrottle.failures })
    .from(authThrottle)
    .where(inArray(authThrottle.key, keys));
  return Object.fromEntries(rows.map((r) => [r.key, r.failures]));
}

/**
 * A code or current-password check inside the app, per account: reserve, run the check, then clear
 * the streak on success. A check that throws (bad state, not a wrong code) gives its attempt back.
 */
export async function throttledCheck<T>(
  db: Executor,
  key: string,
  check: () => Promise<T | null>,
  now: Date = new Date(),
): Promise<{ ok: true; result: T | null } | { ok: false; retryAt: Date }> {
  const keys = [{ key, rule: throttlePolicy.account }];
  const reservation = await reserveAttempt(db, keys, now);
  if (!reservation.ok) return reservation;
  let result: T | null;
  try {
    result = await check();
  } catch (error) {
    await refundAttempt(db, keys);
    throw error;
  }
  if (result !== null) await clearStreak(db, key);
  return { ok: true, result };
}
