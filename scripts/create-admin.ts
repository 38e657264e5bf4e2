// Creates the first administrator of a production database (which the demo seed never touches):
//   echo 'a long password' | npm run create-admin -- <username> "<display name>"
// The password is read from standard input so it stays out of the shell history and `ps`.
import { createInterface } from "node:readline";
import { createFirstAdmin, firstAdminMinPasswordLength, firstAdminUsername } from "../lib/accounts/first-admin";
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
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
if (!username || !firstAdminUsername.test(username)) {
  console.error(
    "Usage: echo '<password>' | npm run create-admin -- <username> [display name]  (username: a-z 0-9 . _ -)",
  );
  process.exit(2);
}
const password = await readPassword();
if (password.length < firstAdminMinPasswordLength) {
  console.error("The password must be at least 12 characters long.");
  process.exit(2);
}

const conn = connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, max: 1 });
try {
  await migrate(conn);
  const created = await createFirstAdmin(conn.db, { username, displayName, password });
  if (created == null) {
    console.error(`An account named ${username} already exists; nothing changed.`);
    process.exitCode = 1;
  } else {
    console.log(`Administrator ${username} created (id ${created}).`);
  }
} finally {
  await conn.close();
}
