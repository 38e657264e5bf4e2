import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/lib/db/client";
import { recoveryCodes, rolePolicies, users } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { ExpectedError, conflict, fieldErrorsOf, forbidden } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { checkSecondFactor, consumeTotpCode } from "@/lib/auth/second-factor";
import { codeAttemptsExhausted, recordCodeAttempt } from "@/lib/auth/throttle";
import { decryptTotpSecret, encryptTotpSecret, hashRecoveryCode, newRecoveryCodes, newTotpSecret } from "@/lib/auth/totp";
import { codeOrRecoverySchema, rolePolicySchema, totpCodeSchema } from "./schemas";

// The viewer's own second factor, and the admin's per-role policy. Every command acts on the
// signed-in account only (its id comes from the session, never from the input).

const unit = (viewer: Viewer) => ({ communeId: viewer.communeId, provinceId: viewer.provinceId });
const wrongCode = () => new ExpectedError("security.errors.wrongCode", { code: ["security.errors.wrongCode"] });
const throttled = () => new ExpectedError("security.errors.throttled");

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("errors.invalid", fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function ownRow(db: Executor, viewer: Viewer) {
  const [row] = await db
    .select({ id: users.id, totpEnabled: users.totpEnabled, totpSecret: users.totpSecret, communeId: users.communeId, provinceId: users.provinceId })
    .from(users)
    .where(eq(users.id, viewer.id))
    .for("update");
  if (!row) throw forbidden();
  return row;
}

/** Runs a code check; a wrong code is counted (outside the rolled-back transaction) and refused. */
async function withCode<T>(db: Database, viewer: Viewer, work: (tx: Executor) => Promise<T | null>): Promise<T> {
  if (await codeAttemptsExhausted(db, viewer.id)) throw throttled();
  const result = await db.transaction(work);
  await recordCodeAttempt(db, viewer.id, result !== null);
  if (result === null) throw wrongCode();
  return result;
}

async function replaceRecoveryCodes(tx: Executor, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** Creates a new (pending) secret to scan; TOTP is not on until a code confirms it. */
export async function beginTotpEnrolment(db: Database, viewer: Viewer, _input: unknown): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await ownRow(tx, viewer);
    if (row.totpEnabled) throw conflict();
    await tx
      .update(users)
      .set({ totpSecret: encryptTotpSecret(newTotpSecret(), viewer.id), updatedAt: sql`now()` })
      .where(and(eq(users.id, viewer.id), eq(users.totpEnabled, false)));
    await recordAudit(tx, viewer, {
      action: "totp.enrolment_started",
      entity: "user",
      entityId: viewer.id,
      ...unit(viewer),
      before: { totpSecret: row.totpSecret },
      after: { totpSecret: "new" },
    });
  });
}

/** Confirms the pending secret with a code from the app; returns the recovery codes (shown once). */
export async function confirmTotpEnrolment(db: Database, viewer: Viewer, input: unknown): Promise<{ recoveryCodes: string[] }> {
  const { code } = parse(totpCodeSchema, input);
  return withCode(db, viewer, async (tx) => {
    const row = await ownRow(tx, viewer);
    if (row.totpEnabled) throw conflict();
    const secret = row.totpSecret ? decryptTotpSecret(row.totpSecret, viewer.id) : null;
    if (!secret) throw new ExpectedError("security.errors.noPendingSecret");
    if (!(await consumeTotpCode(tx, viewer.id, secret, code))) return null;
    await tx.update(users).set({ totpEnabled: true, updatedAt: sql`now()` }).where(eq(users.id, viewer.id));
    const codes = await replaceRecoveryCodes(tx, viewer.id);
    await recordAudit(tx, viewer, {
      action: "totp.enabled",
      entity: "user",
      entityId: viewer.id,
      ...unit(viewer),
      before: { totpEnabled: false },
      after: { totpEnabled: true },
      details: { recoveryCodes: codes.length },
    });
    return { recoveryCodes: codes };
  });
}

/** New recovery codes (the old ones stop working); needs a current code from the app. */
export async function regenerateRecoveryCodes(db: Database, viewer: Viewer, input: unknown): Promise<{ recoveryCodes: string[] }> {
  const { code } = parse(totpCodeSchema, input);
  return withCode(db, viewer, async (tx) => {
    const row = await ownRow(tx, viewer);
    const secret = row.totpEnabled && row.totpSecret ? decryptTotpSecret(row.totpSecret, viewer.id) : null;
    if (!secret) throw conflict();
    if (!(await consumeTotpCode(tx, viewer.id, secret, code))) return null;
    const codes = await replaceRecoveryCodes(tx, viewer.id);
    await recordAudit(tx, viewer, {
      action: "recovery_codes.regenerated",
      entity: "user",
      entityId: viewer.id,
      ...unit(viewer),
      details: { recoveryCodes: codes.length },
    });
    return { recoveryCodes: codes };
  });
}

/** Turns the second factor off; needs a current code or a recovery code. */
export async function disableTotp(db: Database, viewer: Viewer, input: unknown): Promise<void> {
  const { code } = parse(codeOrRecoverySchema, input);
  await withCode(db, viewer, async (tx) => {
    const row = await ownRow(tx, viewer);
    if (!row.totpEnabled) throw conflict();
    if (!(await checkSecondFactor(tx, row, code))) return null;
    await tx.update(users).set({ totpEnabled: false, totpSecret: null, updatedAt: sql`now()` }).where(eq(users.id, viewer.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, viewer.id));
    await recordAudit(tx, viewer, {
      action: "totp.disabled",
      entity: "user",
      entityId: viewer.id,
      ...unit(viewer),
      before: { totpEnabled: true, totpSecret: row.totpSecret },
      after: { totpEnabled: false, totpSecret: null },
    });
    return true;
  });
}

/** Admin: require (or stop requiring) a second factor for every account of a role. */
export async function setRoleTotpPolicy(db: Database, viewer: Viewer, input: unknown): Promise<void> {
  if (!can(viewer, "security.manage")) throw forbidden();
  const { role, requireTotp } = parse(rolePolicySchema, input);
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ requireTotp: rolePolicies.requireTotp }).from(rolePolicies).where(eq(rolePolicies.role, role));
    await tx
      .insert(rolePolicies)
      .values({ role, requireTotp })
      .onConflictDoUpdate({ target: rolePolicies.role, set: { requireTotp, updatedAt: sql`now()` } });
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "role_policy",
      entityId: role,
      before: { requireTotp: before?.requireTotp ?? false },
      after: { requireTotp },
    });
  });
}
