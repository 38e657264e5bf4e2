import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstAdmin } from "@/lib/accounts/first-admin";
import { queryRows } from "@/lib/db/rows";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { databaseState, decideDemoSeed } from "./decision";
import { demoAccounts, seedDemo } from "./index";

const ask = { demo: false, noDemo: false };
const empty = { hasAccounts: false, hasUnits: false };
const embedded = { nodeEnv: "development" as const };
const postgres = { databaseUrl: "postgres://db/outreach", nodeEnv: "development" as const };
const productionEnv = { nodeEnv: "production" as const };

describe("decideDemoSeed", () => {
  it("seeds the one-command demo: an empty embedded database, not NODE_ENV=production", () => {
    expect(decideDemoSeed(ask, embedded, empty)).toEqual({ seed: true });
  });

  it("never seeds on DATABASE_URL or with NODE_ENV=production unless --demo is given", () => {
    expect(decideDemoSeed(ask, postgres, empty)).toEqual({ seed: false, reason: "production" });
    expect(decideDemoSeed(ask, productionEnv, empty)).toEqual({ seed: false, reason: "production" });
    expect(decideDemoSeed({ ...ask, demo: true }, postgres, empty)).toEqual({ seed: true });
    expect(decideDemoSeed({ ...ask, demo: true }, productionEnv, empty)).toEqual({ seed: true });
  });

  it("never seeds beside an account or existing units, even with --demo", () => {
    for (const deployment of [embedded, postgres, productionEnv]) {
      expect(decideDemoSeed({ ...ask, demo: true }, deployment, { hasAccounts: true, hasUnits: false })).toEqual({
        seed: false,
        reason: "accounts-exist",
      });
      expect(decideDemoSeed({ ...ask, demo: true }, deployment, { hasAccounts: false, hasUnits: true })).toEqual({
        seed: false,
        reason: "has-data",
      });
    }
    expect(decideDemoSeed({ demo: false, noDemo: true }, embedded, empty)).toEqual({
      seed: false,
      reason: "not-asked",
    });
  });
});

describe("the README's production path on a real database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.close());

  const usernames = async () =>
    (await queryRows<{ username: string }>(t.db, sql`select username from users order by username`)).map(
      (r) => r.username,
    );

  it("migrate + create-admin `admin` leaves one account, and neither start nor --demo seeds the demo beside it", async () => {
    expect(await databaseState(t.db)).toEqual(empty);
    expect(
      await createFirstAdmin(t.db, { username: "admin", displayName: "Quản trị", password: "a long real password" }),
    ).toEqual(expect.any(Number));
    const state = await databaseState(t.db);
    expect(state).toEqual({ hasAccounts: true, hasUnits: false });
    for (const deployment of [embedded, postgres, productionEnv]) {
      for (const request of [ask, { ...ask, demo: true }]) {
        const decision = decideDemoSeed(request, deployment, state);
        expect(decision.seed).toBe(false);
        if (decision.seed) await seedDemo(t.db);
      }
    }
    expect(await usernames()).toEqual(["admin"]);
    expect(
      await createFirstAdmin(t.db, { username: "admin", displayName: "x", password: "another long password" }),
    ).toBeNull();
    const demoOnly = demoAccounts.map((a) => a.username).filter((u) => u !== "admin");
    expect((await usernames()).filter((u) => demoOnly.includes(u))).toEqual([]);
  });
});
