import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Executor } from "@/lib/db/client";
import { loginAttempts, recoveryCodes, rolePolicies } from "@/lib/db/schema";
import { decryptTotpSecret, isRecoveryCodeShape, recoveryCodeCandidates, isTotpCode, matchTotpCode } from "./totp";
import type { Role } from "./roles";

// Used TOTP steps are kept in login_attempts under `totp:<userId>:<step>` (no schema change):
// a code is accepted only for a step later than the last one used, so a code seen over a
// shoulder or replayed from a log is worthless once it has been typed.
const stepKeyPrefix = (userId: number) => `totp:${userId}:`;

async function lastUsedStep(db: Executor, userId: number): Promise<number | undefined> {
  const [row] = await db
    .select({ step: sql<string | null>`max(split_part(${loginAttempts.key}, ':', 3)::bigint)::text` })
    .from(loginAttempts)
    .where(sql`${loginAttempts.key} like ${`${stepKeyPrefix(userId)}%`}`);
  return row?.step == null ? undefined : Number(row.step);
}

/**
 * Accepts a 6-digit code once: the account's steps are serialised with an advisory lock so two
 * requests carrying the same code can't both pass. Call inside a transaction.
 */
export async function consumeTotpCode(tx: Executor, userId: number, secret: string, code: string): Promise<boolean> {
  await tx.execute(sql`select pg_advisory_xact_lock(720121, ${userId})`);
  const step = matchTotpCode(secret, code, { afterTimeStep: await lastUsedStep(tx, userId) });
  if (step == null) return false;
  await tx.insert(loginAttempts).values({ key: `${stepKeyPrefix(userId)}${step}`, succeeded: true });
  return true;
}

/** Marks an unused recovery code used; false if it is unknown, used, or someone else's. Audited. */
export async function consumeRecoveryCode(
  tx: Executor,
  user: { id: number; communeId: number | null; provinceId: number | null },
  code: string,
): Promise<boolean> {
  if (!isRecoveryCodeShape(code)) return false;
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        inArray(recoveryCodes.codeHash, recoveryCodeCandidates(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  if (used.length === 0) return false;
  const [left] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  await recordAudit(tx, user, {
    action: "recovery_code.use",
    entity: "user",
    entityId: user.id,
    communeId: user.communeId,
    provinceId: user.provinceId,
    details: { remaining: left?.n ?? 0 },
  });
  return true;
}

export type SecondFactor = "totp" | "recovery_code";

/**
 * Checks what the user typed as a second factor: a 6-digit TOTP code, or one of the recovery
 * codes. Returns which one matched, or null. A secret that no longer decrypts fails closed.
 */
export async function checkSecondFactor(
  db: Executor,
  user: { id: number; totpSecret: string | null; communeId: number | null; provinceId: number | null },
  input: string,
): Promise<SecondFactor | null> {
  const value = input.trim();
  return db.transaction(async (tx) => {
    if (isTotpCode(value)) {
      const secret = user.totpSecret ? decryptTotpSecret(user.totpSecret, user.id) : null;
      return secret && (await consumeTotpCode(tx, user.id, secret, value)) ? "totp" : null;
    }
    return (await consumeRecoveryCode(tx, user, value)) ? "recovery_code" : null;
  });
}

/** Whether the admin requires a second factor for this role (role_policies). */
export async function roleRequiresTotp(db: Executor, role: Role): Promise<boolean> {
  const [row] = await db
    .select({ requireTotp: rolePolicies.requireTotp })
    .from(rolePolicies)
    .where(eq(rolePolicies.role, role));
  return row?.requireTotp ?? false;
}
