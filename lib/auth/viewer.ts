import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { communes, provinces, users } from "@/lib/db/schema";
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
  if (!Number.isSafeInteger(id) || id <= 0) return null;
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
      provinceName: provinces.name,
      communeName: communes.name,
    })
    .from(users)
    .leftJoin(provinces, eq(provinces.id, users.provinceId))
    .leftJoin(communes, eq(communes.id, users.communeId))
    .where(eq(users.id, id));
  if (!row || !row.active || row.sessionVersion !== session?.sv || !isRole(row.role)) return null;
  const { active: _active, sessionVersion: _sv, ...viewer } = row;
  return viewer;
});

/** Whether the viewer still has to enrol a second factor their role requires. Once per request. */
export const mustEnrolTotp = cache(async (viewer: Viewer): Promise<boolean> => {
  if (viewer.totpEnabled) return false;
  return roleRequiresTotp(db, viewer.role);
});

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
