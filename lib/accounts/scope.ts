import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { assignableRoles, can } from "@/lib/auth/permissions";
import type { Role, Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { users } from "@/lib/db/schema";
import { communeRoles } from "./schemas";

// Which accounts a manager sees: the admin all of them; a provincial officer the secretaries and
// directors of its province's communes, and itself. Anyone else none (fail closed).

/** The WHERE fragment selecting the accounts `viewer` may see. */
export function accountScope(viewer: Viewer): SQL {
  if (!can(viewer, "accounts.manage")) return sql`false`;
  if (viewer.role === "admin") return sql`true`;
  return or(
    eq(users.id, viewer.id),
    and(inArray(users.role, [...communeRoles]), communeScope(viewer, users.communeId)),
  ) as SQL;
}

/**
 * True when `viewer` may change `target` (an account it can already see) into `nextRole`.
 * Its own account only through the self rules (display name), never by role.
 */
export function mayManageRole(
  viewer: Viewer,
  target: { id: number; role: Role },
  nextRole: Role = target.role,
): boolean {
  if (!can(viewer, "accounts.manage")) return false;
  const assignable = assignableRoles(viewer);
  return target.id !== viewer.id && assignable.includes(target.role) && assignable.includes(nextRole);
}
