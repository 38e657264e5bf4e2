import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { queryRows } from "@/lib/db/rows";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { rollupDrift } from "@/lib/testing/rollup-check";
import { assertForeignKeys, resumeTriggers, suspendTriggers } from "./foreign-keys";
import { demoCalendar, demoSeedDay, isSeeded } from "./index";
import { seedScale } from "./scale";
import { scaleSizes } from "./scale-sizes";

// The synthetic benchmark set at a tiny scale: the sizes it promises, data the schema accepts,
// and rollups that match the raw records — also when a second set is added beside the first.

let test: TestDatabase;
const one = async (query: string) => Number(Object.values((await queryRows(test.db, sql.raw(query)))[0] ?? {})[0] ?? 0);

beforeAll(async () => {
  test = await createTestDatabase();
  expect(await isSeeded(test.db)).toBe(false);
  await seedScale(test.db, { scale: 0.002 });
}, 120_000);
afterAll(async () => {
  await test?.close();
});

it("creates the sizes scale 0.002 promises, under its own province", async () => {
  expect(await isSeeded(test.db)).toBe(true);
  const sizes = scaleSizes(0.002);
  expect(await one(`select count(*) from provinces where code = 'SYN-01'`)).toBe(1);
  expect(await one(`select count(*) from communes`)).toBe(sizes.communes);
  expect(await one(`select count(*) from villages`)).toBe(sizes.villages);
  expect(await one(`select count(*) from households`)).toBe(sizes.households);
  expect(await one(`select count(*) from support_records`)).toBe(sizes.records);
  expect(
    await one(
      `select count(*) from villages v where households_total <> (select count(*) from households h where h.village_id = v.id)`,
    ),
  ).toBe(0);
});

it("mixes the three channels, with door-to-door visits by the household's volunteer", async () => {
  expect(await one(`select count(distinct channel) from support_records`)).toBe(3);
  expect(
    await one(`select count(*) from support_records r join households h on h.id = r.household_id
    where r.channel = 'door_to_door' and r.member_id is distinct from h.assigned_member_id`),
  ).toBe(0);
  expect(
    await one(`select count(*) from support_records where served_on > '${demoCalendar(demoSeedDay()).historyEnd}'`),
  ).toBe(0);
  expect(
    await one(
      `select count(*) from support_records r where not exists (select 1 from support_record_procedures p where p.record_id = r.id)`,
    ),
  ).toBe(0);
});

it("builds rollups equal to the raw records", async () => {
  expect(await rollupDrift(test.db)).toEqual([]);
  const reached = await one(`select count(*) from households where first_reached_on is not null`);
  expect(reached).toBeGreaterThan(0);
  expect(reached).toBeLessThan(await one(`select count(*) from households`));
});

it("adds a second set beside the first without disturbing its rollups", async () => {
  const before = await one(`select sum(people_served) from village_daily_stats`);
  await seedScale(test.db, { scale: 0.001 });
  expect(await one(`select count(*) from provinces where code like 'SYN-%'`)).toBe(2);
  expect(await one(`select count(*) from provinces where code = 'SYN-02'`)).toBe(1);
  expect(await rollupDrift(test.db)).toEqual([]);
  expect(await one(`select sum(people_served) from village_daily_stats`)).toBeGreaterThan(before);
}, 120_000);

it("checks every foreign key after a load with triggers off, and refuses a dangling reference", async () => {
  const outcome = await test.db
    .transaction(async (tx) => {
      // Only a superuser may turn triggers off; otherwise the seed keeps them and there is nothing to check.
      if (!(await suspendTriggers(tx))) return "triggers stay on";
      await tx.execute(sql`insert into support_records (commune_id, village_id, household_id, served_on, channel)
        select commune_id, id, 2147483000, '2026-11-20', 'door_to_door' from villages limit 1`);
      await resumeTriggers(tx);
      await assertForeignKeys(tx, ["support_records"]);
      return "not refused";
    })
    .catch((error: Error) => error.message);
  if (outcome === "triggers stay on") return;
  expect(outcome).toMatch(/support_records_household_fk/);
  expect(await one(`select count(*) from support_records where household_id = 2147483000`)).toBe(0);
});
