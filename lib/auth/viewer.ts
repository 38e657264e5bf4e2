import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { communes, provinces, users } from "@/lib/db/schema";
import { auth } from "./index";
import { isRole, type Viewer } from "./roles";

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

/** For pages: the viewer, or a redirect to /login. Accounts with a reset password go change it first. */
export async function requireViewer(options: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  return viewer;
}
