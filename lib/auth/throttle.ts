import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";

// Repeated failed sign-ins are slowed per account and per address. Kept in Postgres (not in
// memory) so the limit holds when several app instances share the database.
export const throttlePolicy = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 30,
} as const;

export const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/**
 * Failures within the window. For an account, only those since its last success count (the owner
 * got in). For an address, all of them do: otherwise an attacker holding one valid account could
 * sign in with it between guesses and spray passwords over every other account unhindered.
 */
export async function recentFailures(db: Executor, key: string, options: { resetOnSuccess?: boolean } = {}): Promise<number> {
  const since = sql`now() - make_interval(mins => ${throttlePolicy.windowMinutes})`;
  const lastSuccess = options.resetOnSuccess === false
    ? sql`'-infinity'::timestamptz`
    : sql`coalesce((select max(at) from login_attempts where key = ${key} and succeeded), '-infinity'::timestamptz)`;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since), gt(loginAttempts.at, lastSuccess)));
  return row?.n ?? 0;
}

export async function isThrottled(db: Executor, username: string, address: string): Promise<boolean> {
  const [account, perAddress] = await Promise.all([
    recentFailures(db, accountKey(username)),
    recentFailures(db, addressKey(address), { resetOnSuccess: false }),
  ]);
  return account >= throttlePolicy.perAccount || perAddress >= throttlePolicy.perAddress;
}

export async function recordAttempt(db: Executor, username: string, address: string, succeeded: boolean) {
  await db.insert(loginAttempts).values([
    { key: accountKey(username), succeeded },
    { key: addressKey(address), succeeded },
  ]);
  if (succeeded) {
    // Old rows carry no information once outside every window.
    await db.delete(loginAttempts).where(lt(loginAttempts.at, sql`now() - interval '1 day'`));
  }
}

// Second-factor codes typed inside the app (turning TOTP off, new recovery codes) are limited per
// account like passwords: a stolen session must not be able to guess its way to disabling TOTP.
export const codeKey = (userId: number) => `code:${userId}`;

export async function codeAttemptsExhausted(db: Executor, userId: number): Promise<boolean> {
  return (await recentFailures(db, codeKey(userId))) >= throttlePolicy.perAccount;
}

export async function recordCodeAttempt(db: Executor, userId: number, succeeded: boolean) {
  await db.insert(loginAttempts).values({ key: codeKey(userId), succeeded });
}

// The current password typed to change it: limited the same way, or a stolen session could
// guess the password behind it.
export const currentPasswordKey = (userId: number) => `current-password:${userId}`;

export async function currentPasswordAttemptsExhausted(db: Executor, userId: number): Promise<boolean> {
  return (await recentFailures(db, currentPasswordKey(userId))) >= throttlePolicy.perAccount;
}

export async function recordCurrentPasswordAttempt(db: Executor, userId: number, succeeded: boolean) {
  await db.insert(loginAttempts).values({ key: currentPasswordKey(userId), succeeded });
}
