import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { dummyHash, verifyPassword } from "./password";
import { checkSecondFactor } from "./second-factor";
import { isThrottled, recordAttempt } from "./throttle";

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
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: SignInFailure };

/**
 * Checks a username and password, then the second factor when the account has one. An unknown
 * user, a wrong password and a deactivated account all cost one bcrypt comparison and return
 * the same "invalid", so neither the message nor the timing tells which it was. Only a right
 * password on an active account learns that a code is needed ("totp_required"); a wrong code
 * counts as a failed attempt, so codes are throttled exactly like passwords. A success is only
 * recorded (which clears the account's failures) once both factors passed.
 */
export async function authenticate(db: Executor, input: unknown, address: string): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    await verifyPassword("x", await dummyHash());
    return { ok: false, reason: "invalid" };
  }
  const { username, password, otp } = parsed.data;
  if (await isThrottled(db, username, address)) {
    await verifyPassword(password, await dummyHash());
    return { ok: false, reason: "throttled" };
  }
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
  const matches = await verifyPassword(password, user?.hash ?? (await dummyHash()));
  if (!user || !matches || !user.active) {
    await recordAttempt(db, username, address, false);
    return { ok: false, reason: "invalid" };
  }
  if (user.totpEnabled) {
    if (!otp) return { ok: false, reason: "totp_required" };
    if (!(await checkSecondFactor(db, user, otp))) {
      await recordAttempt(db, username, address, false);
      return { ok: false, reason: "invalid_code" };
    }
  }
  await recordAttempt(db, username, address, true);
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(sql`${users.id} = ${user.id}`);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
