import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { pruneSecurityEvents } from "@/lib/audit/retention";
import { recordSecurityEvent } from "@/lib/audit/security-events";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { dummyHash, verifyPassword } from "./password";
import { checkSecondFactor } from "./second-factor";
import {
  accountKey,
  addressKey,
  clearStreak,
  pruneThrottle,
  refundAttempt,
  reserveAttempt,
  throttlePolicy,
} from "./throttle";
import type { ClientInfo } from "./client-address";

export const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  // The second factor: a 6-digit TOTP code or a recovery code. Empty means "not given yet".
  otp: z
    .string()
    .trim()
    .max(32)
    .optional()
    .transform((v) => v || undefined),
});

export type SignInFailure = "invalid" | "throttled" | "totp_required" | "invalid_code";
export type SignInOutcome =
  | { ok: true; userId: number; sessionVersion: number; secondFactor: boolean }
  | { ok: false; reason: Exclude<SignInFailure, "throttled"> }
  | { ok: false; reason: "throttled"; retryAt: Date };

type Account = {
  id: number;
  hash: string;
  active: boolean;
  sessionVersion: number;
  totpEnabled: boolean;
  totpSecret: string | null;
  communeId: number | null;
  provinceId: number | null;
};

/**
 * Checks a username and password, then the second factor when the account has one.
 *
 * First the attempt is reserved against the account's and the address's throttle (one atomic
 * step, see throttle.ts): a throttled attempt costs no bcrypt work at all and is told how long
 * to wait. Otherwise an unknown user, a wrong password and a deactivated account all cost one
 * bcrypt comparison and return the same "invalid". Only a right password on an active account
 * learns that a code is needed ("totp_required", which gives the reservation back); a wrong code
 * stays counted, so codes are throttled exactly like passwords. Every outcome is audited with the
 * address and user agent; the password never is.
 */
export async function authenticate(
  db: Executor,
  input: unknown,
  client: ClientInfo,
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    await verifyPassword("x", await dummyHash());
    return { ok: false, reason: "invalid" };
  }
  const { username, password, otp } = parsed.data;
  const keys = [
    { key: accountKey(username), rule: throttlePolicy.account },
    { key: addressKey(client.address), rule: throttlePolicy.address },
  ];
  const [user] = await db
    .select({
      id: users.id,
      hash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
      totpEnabled: users.totpEnabled,
      totpSecret: users.totpSecret,
      communeId: users.communeId,
      provinceId: users.provinceId,
    })
    .from(users)
    .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
  const audit = (outcome: "success" | "failure" | "refused", reason?: string) =>
    recordSecurityEvent(db, user ?? null, {
      action: "sign_in",
      outcome,
      client,
      unit: user,
      // An unknown account has no id to point at: the name typed is the only clue (never the password).
      details: { ...(user ? {} : { username }), ...(reason ? { reason } : {}) },
    });

  const reservation = await reserveAttempt(db, keys, now);
  if (!reservation.ok) {
    await audit("refused", "throttled");
    return { ok: false, reason: "throttled", retryAt: reservation.retryAt };
  }
  const matches = await verifyPassword(password, user?.hash ?? (await dummyHash()));
  if (!user || !matches || !user.active) {
    await audit("failure", "invalid");
    return { ok: false, reason: "invalid" };
  }
  if (user.totpEnabled) {
    if (!otp) {
      // The password was right: not a failure. The code is asked for next.
      await refundAttempt(db, keys);
      return { ok: false, reason: "totp_required" };
    }
    if (!(await checkSecondFactor(db, user, otp))) {
      await audit("failure", "invalid_code");
      return { ok: false, reason: "invalid_code" };
    }
  }
  await succeed(db, user, keys, now);
  await audit("success", user.totpEnabled ? "second_factor" : undefined);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, secondFactor: user.totpEnabled };
}

async function succeed(
  db: Executor,
  user: Account,
  keys: { key: string; rule: (typeof throttlePolicy)[keyof typeof throttlePolicy] }[],
  now: Date,
) {
  const [account, address] = keys;
  await clearStreak(db, account!.key);
  // The address is not cleared (see throttlePolicy.address), only not charged for the success.
  await refundAttempt(db, [address!]);
  await db
    .update(users)
    .set({ lastLoginAt: sql`now()` })
    .where(eq(users.id, user.id));
  // Old rows go now and then, on the happy path, rather than on a schedule.
  await pruneThrottle(db, now);
  await pruneSecurityEvents(db, now);
}
