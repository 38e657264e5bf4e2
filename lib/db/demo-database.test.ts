import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./rows";
import { createDemoDatabase, type TestDatabase } from "./testing";

// Each file's copy of the seeded demo is its own: writes in one never show in another.
describe("createDemoDatabase", () => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    a = await createDemoDatabase();
    b = await createDemoDatabase();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const count = async (t: TestDatabase, table: string) =>
    (await queryRows<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

  it("holds the seeded demo", async () => {
    expect(await count(a, "communes")).toBeGreaterThanOrEqual(12);
    expect(await count(a, "support_records")).toBeGreaterThan(1000);
    expect(await count(a, "village_daily_stats")).toBeGreaterThan(0);
  });

  it("gives every caller an independent copy", async () => {
    await a.db.execute(sql`delete from targets where true`);
    expect(await count(a, "targets")).toBe(0);
    expect(await count(b, "targets")).toBeGreaterThan(0);
  });
});
