import { eq, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import type { Executor } from "@/lib/db/client";
import { communes, provinces, users } from "@/lib/db/schema";

/** The Viewer getViewer() would build for an account, for data-layer tests. */
export async function viewerFor(db: Executor, username: string): Promise<Viewer> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      provinceId: users.provinceId,
      communeId: users.communeId,
      mustChangePassword: users.mustChangePassword,
      totpEnabled: users.totpEnabled,
      provinceName: provinces.name,
      communeName: communes.name,
    })
    .from(users)
    .leftJoin(provinces, eq(provinces.id, users.provinceId))
    .leftJoin(communes, eq(communes.id, users.communeId))
    .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
  if (!row) throw new Error(`No account ${username} in the test database`);
  return row;
}
