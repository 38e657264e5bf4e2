import { sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

// The first administrator of a production database (scripts/create-admin.ts). Kept out of the
// script so the README's production path (migrate → create-admin → start) can be tested end to end.

export const firstAdminUsername = /^[a-z0-9._-]{3,64}$/;
export const firstAdminMinPasswordLength = 12;

/** The new account's id, or null when the username is taken (nothing changed). */
export async function createFirstAdmin(
  db: Executor,
  input: { username: string; displayName: string; password: string },
): Promise<number | null> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = ${input.username.toLowerCase()}`);
    if (existing) return null;
    const [row] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, role: "admin", passwordHash })
      .returning({ id: users.id });
    await recordAudit(tx, null, {
      action: "create",
      entity: "user",
      entityId: row!.id,
      after: { username: input.username, role: "admin" },
    });
    return row!.id;
  });
}
