import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedDemo } from "./demo";

// Same seed, same data: a fresh database seeded here and the demo template seeded by
// lib/testing/global-setup.ts in another process hold identical rows (ids, coordinates, names,
// dates, counters), except timestamps of insertion and bcrypt's salted hashes.

const tables = [
  "provinces",
  "communes",
  "former_communes",
  "villages",
  "service_centers",
  "users",
  "members",
  "teams",
  "team_members",
  "trainings",
  "training_attendance",
  "households",
  "mobile_desks",
  "mobile_desk_staff",
  "duty_roster_entries",
  "support_records",
  "support_record_procedures",
  "targets",
  "village_daily_stats",
  "village_procedure_daily_stats",
  "village_daily_reach",
];

async function checksums(db: Executor): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number; md5: string }>(
      db,
      sql.raw(`
      select count(*)::int as n, md5(coalesce(string_agg(x, '|' order by x), '')) as md5
      from (select (to_jsonb(t) - array['created_at', 'updated_at', 'password_hash'])::text as x from ${table} t) s`),
    );
    out[table] = `${row!.n}:${row!.md5}`;
  }
  return out;
}

let first: TestDatabase;
let second: TestDatabase;
beforeAll(async () => {
  first = await createDemoDatabase();
  second = await createTestDatabase();
  await seedDemo(second.db);
}, 180_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
});

it("seeds identical data into two databases", async () => {
  const a = await checksums(first.db);
  expect(a.support_records).not.toMatch(/^0:/);
  expect(await checksums(second.db)).toEqual(a);
});
