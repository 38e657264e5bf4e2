import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Connection } from "./client";
import type { PgliteDatabase } from "drizzle-orm/pglite";

const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Applies drizzle/'s migrations. On PostgreSQL an advisory lock keeps two app instances from racing. */
export async function migrate(conn: Connection): Promise<void> {
  if (conn.engine === "pglite") {
    await migratePglite(conn.db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder });
    return;
  }
  await conn.db.execute(sql`select pg_advisory_lock(720120)`);
  try {
    await migratePostgres(conn.db, { migrationsFolder });
  } finally {
    await conn.db.execute(sql`select pg_advisory_unlock(720120)`);
  }
}
