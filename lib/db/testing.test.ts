import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { constraintViolation } from "@/lib/testing/constraint-violation";
import { queryRows } from "./rows";
import { communes, provinces, supportRecords, villages } from "./schema";
import { createTestDatabase, type TestDatabase } from "./testing";

const expectedEngine = env.DATABASE_URL ? "postgres" : "pglite";
const journal = JSON.parse(readFileSync(path.join(process.cwd(), "drizzle/meta/_journal.json"), "utf8")) as {
  entries: unknown[];
};

const daNang = { code: "48", name: "Đà Nẵng", centerLat: 16.05, centerLng: 108.2 };

describe(`createTestDatabase (${expectedEngine})`, () => {
  let a: TestDatabase;
  let b: TestDatabase;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it("opens the engine DATABASE_URL selects", () => {
    expect(a.engine).toBe(expectedEngine);
  });

  it("applies every migration in drizzle/", async () => {
    const applied = await queryRows<{ n: number }>(
      a.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.n).toBe(journal.entries.length);

    const tables = await queryRows<{ table_name: string }>(
      a.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["provinces", "communes", "villages", "users", "support_records", "village_daily_stats"]),
    );
  });

  it("starts empty", async () => {
    const [row] = await b.db.select({ n: count() }).from(provinces);
    expect(row?.n).toBe(0);
  });

  it("gives each caller its own database", async () => {
    await a.db.insert(provinces).values({ ...daNang, code: "isolation" });
    const inA = await a.db.select().from(provinces).where(eq(provinces.code, "isolation"));
    const inB = await b.db.select().from(provinces).where(eq(provinces.code, "isolation"));
    expect(inA).toHaveLength(1);
    expect(inB).toHaveLength(0);
  });

  describe("schema constraints", () => {
    let communeId: number;
    let villageId: number;

    beforeAll(async () => {
      const [province] = await b.db.insert(provinces).values(daNang).returning({ id: provinces.id });
      const [commune] = await b.db
        .insert(communes)
        .values({
          provinceId: province!.id,
          code: "20305",
          name: "Hòa Vang",
          kind: "commune",
          centerLat: 16.03,
          centerLng: 108.1,
        })
        .returning({ id: communes.id });
      communeId = commune!.id;
      const [village] = await b.db
        .insert(villages)
        .values({
          communeId,
          code: "T01",
          name: "Thôn Phò Nam",
          kind: "thon",
          lat: 16.08,
          lng: 108.1,
          householdsTotal: 300,
        })
        .returning({ id: villages.id });
      villageId = village!.id;
    });

    it("rejects a province centred outside Vietnam", async () => {
      const violation = await constraintViolation(
        b.db.insert(provinces).values({ code: "XX", name: "Nowhere", centerLat: 50, centerLng: 108.2 }),
      );
      expect(violation).toEqual({ code: "23514", constraint: "provinces_center_in_vietnam" });
    });

    it("accepts a plausible support record", async () => {
      const rows = await b.db
        .insert(supportRecords)
        .values({
          communeId,
          villageId,
          servedOn: "2026-03-02",
          channel: "door_to_door",
          peopleServed: 3,
          householdsServed: 1,
          eidActivated: 2,
        })
        .returning({ id: supportRecords.id });
      expect(rows).toHaveLength(1);
    });

    it("rejects a support record with a negative counter", async () => {
      const violation = await constraintViolation(
        b.db.insert(supportRecords).values({
          communeId,
          villageId,
          servedOn: "2026-03-02",
          channel: "door_to_door",
          peopleServed: 3,
          householdsServed: 1,
          eidActivated: -1,
        }),
      );
      expect(violation).toEqual({ code: "23514", constraint: "support_records_eid_activated_sane" });
    });

    it("rejects a support record serving more households than people", async () => {
      const violation = await constraintViolation(
        b.db.insert(supportRecords).values({
          communeId,
          villageId,
          servedOn: "2026-03-02",
          channel: "mobile_desk",
          peopleServed: 1,
          householdsServed: 2,
        }),
      );
      expect(violation).toEqual({ code: "23514", constraint: "support_records_people_ge_households" });
    });

    it("rejects a support record in a village of another commune", async () => {
      const [other] = await b.db
        .insert(communes)
        .values({
          provinceId: (await b.db.select().from(provinces))[0]!.id,
          code: "20306",
          name: "Hòa Phong",
          kind: "commune",
          centerLat: 16.0,
          centerLng: 108.1,
        })
        .returning({ id: communes.id });
      const violation = await constraintViolation(
        b.db.insert(supportRecords).values({
          communeId: other!.id,
          villageId,
          servedOn: "2026-03-02",
          channel: "center",
          peopleServed: 1,
          householdsServed: 1,
        }),
      );
      expect(violation).toEqual({ code: "23503", constraint: "support_records_village_fk" });
    });
  });
});

describe.runIf(env.DATABASE_URL)("createTestDatabase on a PostgreSQL server", () => {
  it("drops its database on close, even with a connection still open", async () => {
    const admin = postgres(env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const test = await createTestDatabase();
      expect(test.name).toMatch(/^outreach_test_\d+_[0-9a-f]{8}$/);
      const straggler = postgres(test.databaseUrl!, { max: 1, onnotice: () => {} });
      await straggler`select 1`;
      expect(await admin`select 1 from pg_database where datname = ${test.name}`).toHaveLength(1);

      await test.close();

      expect(await admin`select 1 from pg_database where datname = ${test.name}`).toHaveLength(0);
      await straggler.end({ timeout: 1 }).catch(() => {});
    } finally {
      await admin.end({ timeout: 5 });
    }
  });
});
