import { and, eq, sql } from "drizzle-orm";
import { ExpectedError, conflict, forbidden } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { recordSecurityEvent } from "@/lib/audit/security-events";
import type { ClientInfo } from "@/lib/auth/client-address";
import { can } from "@/lib/auth/permissions";
import type { Role, Viewer } from "@/lib/auth/roles";
import { checkSecondFactor, consumeTotpCode } from "@/lib/auth/second-factor";
import { codeKey, throttledCheck } from "@/lib/auth/throttle";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
} from "@/lib/auth/totp";
import { parseInput } from "@/lib/core/parse";
import type { Database, Executor } from "@/lib/db/client";
import { recoveryCodes, rolePolicies, users } from "@/lib/db/schema";
import { codeOrRecoverySchema, rolePolicySchema, totpCodeSchema } from "./schemas";

// The viewer's own second factor, and the admin's per-role policy. Every command acts on the
// signed-in account only (its id comes from the session, never from the input).

const unit = (viewer: Viewer) => ({ communeId: viewer.communeId, provinceId: viewer.provinceId });
const wrongCode = () => new ExpectedError("security.errors.wrongCode", { code: ["security.errors.wrongCode"] });
const throttled = () => new ExpectedError("security.errors.throttled");

/** The request behind a command: where it came from (for the audit log) and its session. */
export interface SecurityContext {
  client?: ClientInfo | null;
  sessionId?: string | null;
}

async function ownRow(db: Executor, viewer: Viewer) {
  const [row] = await db
    .select({
      id: users.id,
      totpEnabled: users.totpEnabled,
      totpSecret: users.totpSecret,
      communeId: users.communeId,
      provinceId: users.provinceId,
    })
    .from(users)
    .where(eq(users.id, viewer.id))
    .for("update");
  if (!row) throw forbidden();
  return row;
}

/**
 * Runs a code check behind the account's code throttle (reserved atomically before the code is
 * looked at). A wrong code stays counted and is audited outside the rolled-back transaction.
 */
async function withCode<T>(
  db: Database,
  viewer: Viewer,
  context: SecurityContext,
  purpose: string,
  work: (tx: Executor) => Promise<T | null>,
): Promise<T> {
  const checked = await throttledCheck(db, codeKey(viewer.id), () => db.transaction(work));
  if (!checked.ok || checked.result === null) {
    await recordSecurityEvent(db, viewer, {
      action: "totp.code_rejected",
      entity: "user",
      outcome: checked.ok ? "failure" : "refused",
      client: context.client,
      unit: viewer,
      details: { purpose, ...(checked.ok ? {} : { reason: "throttled" }) },
    });
    throw checked.ok ? wrongCode() : throttled();
  }
  return checked.result;
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
export async function confirmTotpEnrolment(
  db: Database,
  viewer: Viewer,
  input: unknown,
  context: SecurityContext = {},
): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(totpCodeSchema, input);
  return withCode(db, viewer, context, "enable", async (tx) => {
    const row = await ownRow(tx, viewer);
    if (row.totpEnabled) throw conflict();
    const secret = row.totpSecret ? decryptTotpSecret(row.totpSecret, viewer.id) : null;
    if (!secret) throw new ExpectedError("security.errors.noPendingSecret");
    if (!(await consumeTotpCode(tx, viewer.id, secret, code))) return null;
    // Every other session of the account opened with the password alone ends here (getViewer
    // refuses them): whoever else holds the password must now pass the code too.
    await tx
      .update(users)
      .set({ totpEnabled: true, totpEnrolledSid: context.sessionId ?? null, updatedAt: sql`now()` })
      .where(eq(users.id, viewer.id));
    const codes = await replaceRecoveryCodes(tx, viewer.id);
    await recordAudit(tx, viewer, {
      action: "sessions.revoked",
      entity: "session",
      entityId: viewer.id,
      ...unit(viewer),
      details: { reason: "totp_enabled", kept: context.sessionId ? "this_session" : "none" },
      address: context.client?.address,
      userAgent: context.client?.userAgent,
    });
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
export async function regenerateRecoveryCodes(
  db: Database,
  viewer: Viewer,
  input: unknown,
  context: SecurityContext = {},
): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(totpCodeSchema, input);
  return withCode(db, viewer, context, "recovery_codes", async (tx) => {
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
export async function disableTotp(
  db: Database,
  viewer: Viewer,
  input: unknown,
  context: SecurityContext = {},
): Promise<void> {
  const { code } = parseInput(codeOrRecoverySchema, input);
  await withCode(db, viewer, context, "disable", async (tx) => {
    const row = await ownRow(tx, viewer);
    if (!row.totpEnabled) throw conflict();
    if (!(await checkSecondFactor(tx, row, code))) return null;
    await tx
      .update(users)
      .set({ totpEnabled: false, totpSecret: null, updatedAt: sql`now()` })
      .where(eq(users.id, viewer.id));
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

/**
 * Admin: require (or stop requiring) a second factor for every account of a role. Requiring is
 * always allowed; relaxing a requirement needs a fresh code from the admin's own authenticator, so
 * a stolen admin session (or one that has only a password) cannot switch the protection off.
 * The caller passes the acting viewer (past the password-change and second-factor gates).
 */
export async function setRoleTotpPolicy(
  db: Database,
  viewer: Viewer,
  input: unknown,
  context: SecurityContext = {},
): Promise<void> {
  if (!can(viewer, "security.manage")) throw forbidden();
  const { role, requireTotp, code } = parseInput(rolePolicySchema, input);
  const [current] = await db
    .select({ requireTotp: rolePolicies.requireTotp })
    .from(rolePolicies)
    .where(eq(rolePolicies.role, role));
  if (current?.requireTotp && !requireTotp) {
    await relaxWithCode(db, viewer, context, role, code);
    return;
  }
  await db.transaction((tx) => writeRolePolicy(tx, viewer, role, requireTotp));
}

async function relaxWithCode(
  db: Database,
  viewer: Viewer,
  context: SecurityContext,
  role: Role,
  code: string | undefined,
) {
  if (!viewer.totpEnabled) throw new ExpectedError("securityPolicy.errors.ownTotpRequired");
  if (!code || !/^\d{6}$/.test(code)) {
    throw new ExpectedError("errors.invalid", { code: ["securityPolicy.errors.codeRequired"] });
  }
  await withCode(db, viewer, context, "relax_policy", async (tx) => {
    const row = await ownRow(tx, viewer);
    const secret = row.totpEnabled && row.totpSecret ? decryptTotpSecret(row.totpSecret, viewer.id) : null;
    if (!secret) throw new ExpectedError("securityPolicy.errors.ownTotpRequired");
    if (!(await consumeTotpCode(tx, viewer.id, secret, code))) return null;
    await writeRolePolicy(tx, viewer, role, false, true);
    return true;
  });
}

/**
 * Call inside a transaction: the policy row and its audit row land together. The row is read
 * again under lock, so a requirement switched on in the meantime is not switched off uncoded.
 */
async function writeRolePolicy(
  tx: Executor,
  viewer: Viewer,
  role: Role,
  requireTotp: boolean,
  codeChecked = false,
): Promise<void> {
  await tx.insert(rolePolicies).values({ role, requireTotp: false }).onConflictDoNothing();
  const [before] = await tx
    .select({ requireTotp: rolePolicies.requireTotp })
    .from(rolePolicies)
    .where(eq(rolePolicies.role, role))
    .for("update");
  if (before?.requireTotp && !requireTotp && !codeChecked) throw conflict();
  await tx
    .update(rolePolicies)
    .set({ requireTotp, updatedAt: sql`now()` })
    .where(eq(rolePolicies.role, role));
  await recordAudit(tx, viewer, {
    action: "update",
    entity: "role_policy",
    entityId: role,
    before: { requireTotp: before?.requireTotp ?? false },
    after: { requireTotp },
    ...(codeChecked ? { details: { confirmedWith: "totp" } } : {}),
  });
}
