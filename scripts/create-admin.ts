// Creates the first administrator of a production database (which the demo seed never touches):
//   echo 'a long password' | npm run create-admin -- <username> "<display name>"
// The password is read from standard input so it stays out of the shell history and `ps`.
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import { recordAudit } from "../lib/audit/record";
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { users } from "../lib/db/schema";
import { env } from "../lib/env";

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

const [username, displayName = "Quản trị hệ thống"] = process.argv.slice(2);
if (!username || !/^[a-z0-9._-]{3,64}$/.test(username)) {
  console.error("Usage: echo '<password>' | npm run create-admin -- <username> [display name]  (username: a-z 0-9 . _ -)");
  process.exit(2);
}
const password = await readPassword();
if (password.length < 12) {
  console.error("The password must be at least 12 characters long.");
  process.exit(2);
}

const conn = connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, max: 1 });
try {
  await migrate(conn);
  const created = await conn.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = ${username}`);
    if (existing) return null;
    const [row] = await tx
      .insert(users)
      .values({ username, displayName, role: "admin", passwordHash: await hashPassword(password) })
      .returning({ id: users.id });
    await recordAudit(tx, null, { action: "create", entity: "user", entityId: row!.id, after: { username, role: "admin" } });
    return row!.id;
  });
  if (created == null) {
    console.error(`An account named ${username} already exists; nothing changed.`);
    process.exitCode = 1;
  } else {
    console.log(`Administrator ${username} created (id ${created}).`);
  }
} finally {
  await conn.close();
}
