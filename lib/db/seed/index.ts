import { sql } from "drizzle-orm";
import type { Connection, Executor } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { queryRows } from "@/lib/db/rows";
import { seedDemo, type SeedOptions } from "./demo";

export { seedDemo, DEMO_SEED } from "./demo";
export { seedScale } from "./scale";
export { demoAccounts, DEMO_PASSWORD } from "./demo-accounts";
export { DEMO_TODAY } from "./demo-calendar";

/** True once units exist: the demo (or real data) is there and must not be seeded over. */
export async function isSeeded(db: Executor): Promise<boolean> {
  const rows = await queryRows<{ seeded: boolean }>(db, sql`select exists (select 1 from provinces) as seeded`);
  return rows[0]?.seeded === true;
}

/** What the start script runs: migrations, then the demo on an empty database. */
export async function setupDatabase(conn: Connection, options: SeedOptions = {}): Promise<{ seeded: boolean }> {
  await migrate(conn);
  if (await isSeeded(conn.db)) return { seeded: false };
  await seedDemo(conn.db, options);
  return { seeded: true };
}
