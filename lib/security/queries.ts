import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import { roles, type Role, type Viewer } from "@/lib/auth/roles";
import { roleRequiresTotp } from "@/lib/auth/second-factor";
import { decryptTotpSecret, otpauthUri } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { recoveryCodes, rolePolicies, users } from "@/lib/db/schema";

export interface SecurityOverview {
  totpEnabled: boolean;
  /** The secret waiting to be confirmed (shown as a QR code and as text), or null. */
  pending: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
  requiredByRole: boolean;
}

/** The viewer's own second-factor state. Reads only the viewer's row. */
export async function securityOverview(viewer: Viewer): Promise<SecurityOverview> {
  const [row] = await db
    .select({ totpEnabled: users.totpEnabled, totpSecret: users.totpSecret })
    .from(users)
    .where(eq(users.id, viewer.id));
  const [left] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, viewer.id), isNull(recoveryCodes.usedAt)));
  const pendingSecret = row && !row.totpEnabled && row.totpSecret ? decryptTotpSecret(row.totpSecret, viewer.id) : null;
  return {
    totpEnabled: row?.totpEnabled ?? false,
    pending: pendingSecret ? { secret: pendingSecret, uri: otpauthUri(viewer.username, pendingSecret) } : null,
    recoveryCodesLeft: left?.n ?? 0,
    requiredByRole: await roleRequiresTotp(db, viewer.role),
  };
}

export interface RolePolicyRow {
  role: Role;
  requireTotp: boolean;
  accounts: number;
  enrolled: number;
}

/** Every role's policy with how many active accounts have enrolled. Admins only; else null. */
export async function rolePolicyList(viewer: Viewer): Promise<RolePolicyRow[] | null> {
  if (!can(viewer, "security.manage")) return null;
  const [policies, counts] = await Promise.all([
    db.select().from(rolePolicies),
    db
      .select({
        role: users.role,
        accounts: sql<number>`count(*)::int`,
        enrolled: sql<number>`count(*) filter (where ${users.totpEnabled})::int`,
      })
      .from(users)
      .where(eq(users.active, true))
      .groupBy(users.role),
  ]);
  return roles.map((role) => {
    const count = counts.find((c) => c.role === role);
    return {
      role,
      requireTotp: policies.find((p) => p.role === role)?.requireTotp ?? false,
      accounts: count?.accounts ?? 0,
      enrolled: count?.enrolled ?? 0,
    };
  });
}
