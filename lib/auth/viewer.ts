import "server-only";
import { eq, sql } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { communes, provinces, revokedSessions, users } from "@/lib/db/schema";
import { sessionLifetimeSeconds } from "./config";
import { auth } from "./index";
import { isRole, type Viewer } from "./roles";
import { roleRequiresTotp } from "./second-factor";

/**
 * The signed-in account, re-read from the database once per request: a deactivated account, a
 * reset password or a changed role takes effect on the very next request, whatever the cookie says.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = Number(session?.uid);
  const sid = session?.sid;
  // Every session since sign-out revocation carries its own id; a token without one is void.
  if (!Number.isSafeInteger(id) || id <= 0 || typeof sid !== "string" || sid === "") return null;
  const signedInAt = session?.at;
  if (typeof signedInAt !== "number" || signedInAt + sessionLifetimeSeconds < Date.now() / 1000) return null;
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      provinceId: users.provinceId,
      communeId: users.communeId,
      active: users.active,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
      totpEnabled: users.totpEnabled,
      totpEnrolledSid: users.totpEnrolledSid,
      provinceName: provinces.name,
      communeName: communes.name,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sid} = ${sid})`,
    })
    .from(users)
    .leftJoin(provinces, eq(provinces.id, users.provinceId))
    .leftJoin(communes, eq(communes.id, users.communeId))
    .where(eq(users.id, id));
  if (!row || !row.active || row.revoked || row.sessionVersion !== session?.sv || !isRole(row.role)) return null;
  if (endedByTotpEnrolment(row, sid, session?.mfa === true)) return null;
  const { active: _active, sessionVersion: _sv, revoked: _revoked, totpEnrolledSid: _enrolledSid, ...viewer } = row;
  return viewer;
});

/**
 * Once an account turns TOTP on, a session opened with the password alone no longer counts
 * (someone who had only the password may be holding it), except the one that turned it on.
 */
export function endedByTotpEnrolment(
  account: { totpEnabled: boolean; totpEnrolledSid: string | null },
  sid: string,
  secondFactor: boolean,
): boolean {
  return account.totpEnabled && !secondFactor && sid !== account.totpEnrolledSid;
}

/** Whether the viewer still has to enrol a second factor their role requires. Once per request. */
export const mustEnrolTotp = cache(async (viewer: Viewer): Promise<boolean> => {
  if (viewer.totpEnabled) return false;
  return roleRequiresTotp(db, viewer.role);
});

/**
 * For server actions and file routes that read or write data: the viewer, unless it must first
 * replace a temporary password or enrol the second factor its role requires (pages send it
 * there; a direct POST must not get around that).
 */
export async function getActingViewer(): Promise<Viewer | null> {
  const viewer = await getViewer();
  if (!viewer || viewer.mustChangePassword || (await mustEnrolTotp(viewer))) return null;
  return viewer;
}

/**
 * For pages: the viewer, or a redirect to /login. Accounts with a reset password go change it
 * first (/account/password passes allowPasswordChange); then accounts whose role requires a
 * second factor they have not set up go to /account/security (which passes allowTotpEnrolment).
 * The (app) layout passes both: the page decides, so these two pages don't redirect to themselves.
 */
export async function requireViewer(
  options: { allowPasswordChange?: boolean; allowTotpEnrolment?: boolean } = {},
): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  // Changing a reset password comes first; the second factor is asked for right after.
  if (!options.allowTotpEnrolment && !options.allowPasswordChange && (await mustEnrolTotp(viewer))) {
    redirect("/account/security");
  }
  return viewer;
}
