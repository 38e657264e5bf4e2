import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

export { seedDemo, DEMO_SEED } from "./demo";
export { seedScale } from "./scale";
export { demoAccounts, DEMO_PASSWORD } from "./demo-accounts";
export { demoCalendar, demoSeedDay, type DemoCalendar } from "./demo-calendar";

/** True once units exist: the demo (or real data) is there and must not be seeded over. */
export async function isSeeded(db: Executor): Promise<boolean> {
  const rows = await queryRows<{ seeded: boolean }>(db, sql`select exists (select 1 from provinces) as seeded`);
  return rows[0]?.seeded === true;
}
