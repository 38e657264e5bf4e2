// `npm run db:migrate`: applies drizzle/'s migrations to the configured database, nothing else.
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";

const conn = connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, max: 1 });
try {
  await migrate(conn);
  console.log(`Migrations applied (${conn.engine}).`);
} finally {
  await conn.close();
}
