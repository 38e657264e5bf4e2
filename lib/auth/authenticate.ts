import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { dummyHash, verifyPassword } from "./password";
import { isThrottled, recordAttempt } from "./throttle";

export const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export type SignInOutcome =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a username and password. An unknown user, a wrong password and a deactivated account
 * all cost one bcrypt comparison and return the same "invalid", so neither the message nor the
 * timing tells which it was.
 */
export async function authenticate(db: Executor, input: unknown, address: string): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    await verifyPassword("x", await dummyHash());
    return { ok: false, reason: "invalid" };
  }
  const { username, password } = parsed.data;
  if (await isThrottled(db, username, address)) {
    await verifyPassword(password, await dummyHash());
    return { ok: false, reason: "throttled" };
  }
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
  const matches = await verifyPassword(password, user?.hash ?? (await dummyHash()));
  if (!user || !matches || !user.active) {
    await recordAttempt(db, username, address, false);
    return { ok: false, reason: "invalid" };
  }
  await recordAttempt(db, username, address, true);
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(sql`${users.id} = ${user.id}`);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
