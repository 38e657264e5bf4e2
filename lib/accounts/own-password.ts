import { and, eq, sql } from "drizzle-orm";
import { conflict, ExpectedError, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { recordSecurityEvent } from "@/lib/audit/security-events";
import type { ClientInfo } from "@/lib/auth/client-address";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/roles";
import { currentPasswordKey, throttledCheck } from "@/lib/auth/throttle";
import { parseInput } from "@/lib/core/parse";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { passwordProblems } from "./password-policy";
import { changePasswordSchema } from "./schemas";

/**
 * A user changes their own password: the current one must be right, the new one must meet the
 * policy. Clears mustChangePassword and bumps the session version, so every other session of the
 * account ends; the caller signs the user in again with the new password.
 */
export async function changeOwnPassword(
  db: Database,
  viewer: Viewer,
  input: unknown,
  client?: ClientInfo | null,
): Promise<{ username: string }> {
  const data = parseInput(changePasswordSchema, input);
  const [account] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, viewer.id), eq(users.active, true)));
  if (!account) throw notFound();
  // Reserved before bcrypt runs (see lib/auth/throttle.ts): parallel guesses can't slip past.
  const checked = await throttledCheck(db, currentPasswordKey(account.id), async () =>
    (await verifyPassword(data.currentPassword, account.passwordHash)) ? true : null,
  );
  const currentOk = checked.ok && checked.result === true;
  if (!currentOk) {
    await recordSecurityEvent(db, viewer, {
      action: "change_password",
      entity: "account",
      outcome: checked.ok ? "failure" : "refused",
      client,
      unit: account,
      details: { reason: checked.ok ? "current_password_wrong" : "throttled" },
    });
  }
  if (!checked.ok) throw new ExpectedError("errors.invalid", { currentPassword: ["password.errors.currentThrottled"] });
  // Every problem at once, so the user fixes the form in one go.
  const errors: Record<string, string[]> = {};
  if (!currentOk) errors.currentPassword = ["password.errors.currentWrong"];
  const problems = passwordProblems(data.newPassword, {
    username: account.username,
    current: currentOk ? data.currentPassword : undefined,
  });
  if (problems.length > 0) errors.newPassword = problems;
  if (data.newPassword !== data.confirmPassword) errors.confirmPassword = ["password.errors.mismatch"];
  if (Object.keys(errors).length > 0) throw new ExpectedError("errors.invalid", errors);
  const passwordHash = await hashPassword(data.newPassword);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: sql`now()`,
      })
      // The version read above: a reset by a manager in between wins, and this change is refused.
      .where(and(eq(users.id, account.id), eq(users.sessionVersion, account.sessionVersion)))
      .returning();
    if (!after) throw conflict();
    await recordAudit(tx, viewer, {
      action: "change_password",
      entity: "account",
      entityId: after.id,
      provinceId: after.provinceId,
      communeId: after.communeId,
      before: {
        passwordHash: account.passwordHash,
        mustChangePassword: account.mustChangePassword,
        sessionVersion: account.sessionVersion,
      },
      after: {
        passwordHash: after.passwordHash,
        mustChangePassword: after.mustChangePassword,
        sessionVersion: after.sessionVersion,
      },
    });
    return { username: after.username };
  });
}
