import { and, eq, sql } from "drizzle-orm";
import { ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { assignableRoles, can } from "@/lib/auth/permissions";
import type { Role, Viewer } from "@/lib/auth/roles";
import { communeScope, provinceScope } from "@/lib/auth/scope";
import { fieldErrorsOf, parseInput, single } from "@/lib/core/parse";
import { isUniqueViolation } from "@/lib/core/unique-guard";
import type { Database, Executor } from "@/lib/db/client";
import { communes, provinces, recoveryCodes, users } from "@/lib/db/schema";
import { generateTemporaryPassword, passwordProblems } from "./password-policy";
import {
  createAccountSchema,
  resetPasswordSchema,
  resetSecondFactorSchema,
  setActiveSchema,
  updateAccountSchema,
} from "./schemas";
import { accountScope, mayManageRole } from "./scope";

// Account management (admins manage every account, provincial officers the commune roles of
// their province). Every function checks the capability, the role being handed out
// (assignableRoles) and the scope of every id it is given, writes in one transaction and leaves
// an audit row. No Next APIs: vitest calls these directly.

type Account = typeof users.$inferSelect;

function requireManager(viewer: Viewer) {
  if (!can(viewer, "accounts.manage")) throw forbidden();
}

/** What the audit log keeps of an account: never the hash itself (diff.ts masks it anyway). */
const audited = (a: Account, withSecrets = false) => ({
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  provinceId: a.provinceId,
  communeId: a.communeId,
  active: a.active,
  mustChangePassword: a.mustChangePassword,
  totpEnabled: a.totpEnabled,
  ...(withSecrets ? { passwordHash: a.passwordHash, sessionVersion: a.sessionVersion } : {}),
});

/** An account the viewer may see, or not found (another province's id looks like no id at all). */
async function visibleAccount(tx: Executor, viewer: Viewer, id: number): Promise<Account> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), accountScope(viewer)));
  if (!row) throw notFound();
  return row;
}

/** The unit a role is attached to, checked against the viewer's scope. */
async function resolveUnit(
  tx: Executor,
  viewer: Viewer,
  input: { role: Role; provinceId?: number; communeId?: number },
): Promise<{ provinceId: number | null; communeId: number | null }> {
  if (input.role === "admin") return { provinceId: null, communeId: null };
  if (input.role === "provincial_officer") {
    const [province] = await tx
      .select({ id: provinces.id })
      .from(provinces)
      .where(and(eq(provinces.id, input.provinceId ?? 0), provinceScope(viewer, provinces.id)));
    if (!province) throw new ExpectedError("errors.invalid", { provinceId: ["accounts.errors.unitNotFound"] });
    return { provinceId: province.id, communeId: null };
  }
  const [commune] = await tx
    .select({ id: communes.id, provinceId: communes.provinceId })
    .from(communes)
    .where(and(eq(communes.id, input.communeId ?? 0), eq(communes.active, true), communeScope(viewer, communes.id)));
  if (!commune) throw new ExpectedError("errors.invalid", { communeId: ["accounts.errors.unitNotFound"] });
  return { provinceId: commune.provinceId, communeId: commune.id };
}

/** What is wrong with a typed temporary password (message keys). */
const typedPasswordProblems = (password: string, username: string) =>
  password === "" ? ["password.errors.required"] : passwordProblems(password, { username });

/** The temporary password a manager hands out: generated, or typed and held to the policy. */
function temporaryPassword(input: { passwordMode: "generate" | "typed"; password?: string }, username: string) {
  if (input.passwordMode === "generate") return { password: generateTemporaryPassword(), generated: true };
  const password = input.password ?? "";
  const problems = typedPasswordProblems(password, username);
  if (problems.length > 0) throw new ExpectedError("errors.invalid", { password: problems });
  return { password, generated: false };
}

const usernameTaken = () => new ExpectedError("errors.invalid", { username: ["accounts.errors.usernameTaken"] });

export interface AccountResult {
  id: number;
  username: string;
  /** Only when the password was generated: shown to the manager once, stored nowhere in clear. */
  temporaryPassword?: string;
}

export async function createAccount(db: Database, viewer: Viewer, input: unknown): Promise<AccountResult> {
  requireManager(viewer);
  const parsed = createAccountSchema.safeParse(input);
  if (!parsed.success) {
    // Say everything at once: the typed password's problems too, not only the schema's.
    const raw = (input ?? {}) as Record<string, unknown>;
    const errors = fieldErrorsOf(parsed.error);
    if (raw.passwordMode === "typed" && !errors.password) {
      const problems = typedPasswordProblems(
        String(raw.password ?? ""),
        String(raw.username ?? "")
          .trim()
          .toLowerCase(),
      );
      if (problems.length > 0) errors.password = problems;
    }
    throw new ExpectedError("errors.invalid", errors);
  }
  const data = parsed.data;
  if (!assignableRoles(viewer).includes(data.role)) throw forbidden();
  const temporary = temporaryPassword(data, data.username);
  // bcrypt outside the transaction: PGlite has one connection, and 150 ms of hashing need not hold it.
  const passwordHash = await hashPassword(temporary.password);
  try {
    return await db.transaction(async (tx) => {
      const unit = await resolveUnit(tx, viewer, data);
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.username}) = ${data.username}`);
      if (taken) throw usernameTaken();
      const row = single(
        await tx
          .insert(users)
          .values({
            username: data.username,
            displayName: data.displayName,
            role: data.role,
            ...unit,
            passwordHash,
            mustChangePassword: true,
          })
          .returning(),
      );
      await recordAudit(tx, viewer, {
        action: "create",
        entity: "account",
        entityId: row.id,
        ...unit,
        before: null,
        after: audited(row),
      });
      return {
        id: row.id,
        username: row.username,
        temporaryPassword: temporary.generated ? temporary.password : undefined,
      };
    });
  } catch (error) {
    // Two managers creating the same username at once: the unique index decides.
    if (isUniqueViolation(error, "users_username_uq")) throw usernameTaken();
    throw error;
  }
}

/** Display name, role and unit. One's own account: the display name only. */
export async function updateAccount(db: Database, viewer: Viewer, input: unknown): Promise<AccountResult> {
  requireManager(viewer);
  const data = parseInput(updateAccountSchema, input);
  return db.transaction(async (tx) => {
    const before = await visibleAccount(tx, viewer, data.id);
    let unit = { provinceId: before.provinceId, communeId: before.communeId };
    if (before.id === viewer.id) {
      const sameUnit =
        (data.role !== "provincial_officer" || data.provinceId === before.provinceId) &&
        (data.communeId === undefined || data.communeId === before.communeId);
      if (data.role !== before.role || !sameUnit)
        throw new ExpectedError("errors.invalid", { role: ["accounts.errors.selfRole"] });
    } else {
      if (!mayManageRole(viewer, before, data.role)) throw forbidden();
      unit = await resolveUnit(tx, viewer, data);
    }
    const after = single(
      await tx
        .update(users)
        .set({ displayName: data.displayName, role: data.role, ...unit, updatedAt: sql`now()` })
        .where(eq(users.id, before.id))
        .returning(),
    );
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "account",
      entityId: after.id,
      ...unit,
      before: audited(before),
      after: audited(after),
    });
    return { id: after.id, username: after.username };
  });
}

/** Deactivation bumps the session version: the account's open sessions end on their next request. */
export async function setAccountActive(
  db: Database,
  viewer: Viewer,
  input: unknown,
): Promise<AccountResult & { active: boolean }> {
  requireManager(viewer);
  const data = parseInput(setActiveSchema, input);
  return db.transaction(async (tx) => {
    const before = await visibleAccount(tx, viewer, data.id);
    if (before.id === viewer.id) throw new ExpectedError("accounts.errors.selfDeactivate");
    if (!mayManageRole(viewer, before)) throw forbidden();
    if (before.active === data.active) return { id: before.id, username: before.username, active: before.active };
    const after = single(
      await tx
        .update(users)
        .set({
          active: data.active,
          sessionVersion: data.active ? before.sessionVersion : sql`${users.sessionVersion} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, before.id))
        .returning(),
    );
    await recordAudit(tx, viewer, {
      action: data.active ? "reactivate" : "deactivate",
      entity: "account",
      entityId: after.id,
      provinceId: after.provinceId,
      communeId: after.communeId,
      before: audited(before, true),
      after: audited(after, true),
    });
    return { id: after.id, username: after.username, active: after.active };
  });
}

/** A new temporary password; the user must change it at next sign-in, and open sessions end. */
export async function resetAccountPassword(db: Database, viewer: Viewer, input: unknown): Promise<AccountResult> {
  requireManager(viewer);
  const data = parseInput(resetPasswordSchema, input);
  const target = await visibleAccount(db, viewer, data.id);
  if (target.id === viewer.id) throw new ExpectedError("accounts.errors.selfReset");
  if (!mayManageRole(viewer, target)) throw forbidden();
  const temporary = temporaryPassword(data, target.username);
  const passwordHash = await hashPassword(temporary.password);
  return db.transaction(async (tx) => {
    const before = await visibleAccount(tx, viewer, data.id);
    const after = single(
      await tx
        .update(users)
        .set({
          passwordHash,
          mustChangePassword: true,
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, before.id))
        .returning(),
    );
    await recordAudit(tx, viewer, {
      action: "reset_password",
      entity: "account",
      entityId: after.id,
      provinceId: after.provinceId,
      communeId: after.communeId,
      before: audited(before, true),
      after: audited(after, true),
    });
    return {
      id: after.id,
      username: after.username,
      temporaryPassword: temporary.generated ? temporary.password : undefined,
    };
  });
}

/**
 * A user who lost the phone with their authenticator: their second factor and recovery codes are
 * removed and open sessions end. If their role requires a second factor, they enrol a new one at
 * next sign-in (the pages send them to /account/security).
 */
export async function resetSecondFactor(db: Database, viewer: Viewer, input: unknown): Promise<AccountResult> {
  requireManager(viewer);
  const data = parseInput(resetSecondFactorSchema, input);
  return db.transaction(async (tx) => {
    const before = await visibleAccount(tx, viewer, data.id);
    if (before.id === viewer.id) throw new ExpectedError("accounts.errors.selfResetTotp");
    if (!mayManageRole(viewer, before)) throw forbidden();
    if (!before.totpEnabled && before.totpSecret == null) throw new ExpectedError("accounts.errors.noSecondFactor");
    const after = single(
      await tx
        .update(users)
        .set({
          totpEnabled: false,
          totpSecret: null,
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, before.id))
        .returning(),
    );
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, before.id));
    await recordAudit(tx, viewer, {
      action: "reset_totp",
      entity: "account",
      entityId: after.id,
      provinceId: after.provinceId,
      communeId: after.communeId,
      before: audited(before, true),
      after: audited(after, true),
    });
    return { id: after.id, username: after.username };
  });
}
