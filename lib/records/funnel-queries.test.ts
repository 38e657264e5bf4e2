import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { communeFixture, type CommuneFixture } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { createSupportRecord } from "./commands";
import { householdFunnelOf, villageFunnel } from "./funnel-queries";

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let hv: CommuneFixture;
let hx: CommuneFixture;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  secretary = await viewerFor(db, "bithu.haivan");
  [hv, hx] = await Promise.all([communeFixture(db, "HAI-VAN"), communeFixture(db, "HOA-XUAN")]);
}, 240_000); // the demo seed takes 15–60 s here, more while other suites run

afterAll(async () => {
  await test?.close();
});

describe("household funnel queries", () => {
  it("summarises a village from its households and lists the unreached ones per volunteer", async () => {
    const villageId = hv.freshHouseholds[0]!.villageId;
    const funnel = await villageFunnel(secretary, villageId, db);
    const [counts] = await queryRows<{ total: number; reached: number }>(
      db,
      sql`select count(*)::int as total,
                 count(*) filter (where exists (select 1 from support_records r where r.household_id = h.id))::int as reached
          from households h where h.village_id = ${villageId}`,
    );
    expect(funnel!.summary.households).toBe(counts!.total);
    expect(funnel!.summary.reached).toBe(counts!.reached);
    const listed = funnel!.notReached.flatMap((r) => r.households.map((h) => h.id));
    expect(listed).toHaveLength(counts!.total - counts!.reached);
    expect(listed).toContain(hv.freshHouseholds[0]!.id);
    // Unassigned households, if any, come last.
    const unassigned = funnel!.notReached.findIndex((r) => r.memberId === null);
    expect(unassigned === -1 || unassigned === funnel!.notReached.length - 1).toBe(true);
  });

  it("moves a household along the funnel when a record names its steps, and off the not-reached list", async () => {
    const household = hv.freshHouseholds[0]!;
    expect((await householdFunnelOf(secretary, household.id, db))?.stepsDone).toBe(0);
    const before = await villageFunnel(secretary, household.villageId, db);
    await createSupportRecord(
      db,
      secretary,
      {
        servedOn: "10/11/2026",
        channel: "door_to_door",
        villageId: String(household.villageId),
        householdCode: household.code,
        memberId: String(hv.memberIds[0]),
        procedures: ["eid_level2", "public_service_account"],
        peopleServed: "2",
        householdsServed: "1",
        simsGiven: "1",
      },
      { today: "2026-11-20" },
    );
    const funnel = await householdFunnelOf(secretary, household.id, db);
    expect(funnel?.done).toMatchObject({
      eid_level2: true,
      public_service_account: true,
      sim: true,
      online_dossier: false,
    });
    expect(funnel?.next).toBe("online_dossier");

    const after = await villageFunnel(secretary, household.villageId, db);
    expect(after!.summary.reached).toBe(before!.summary.reached + 1);
    expect(after!.summary.done.public_service_account).toBe(before!.summary.done.public_service_account + 1);
    expect(after!.notReached.flatMap((r) => r.households.map((h) => h.id))).not.toContain(household.id);
  });

  it("answers nothing for another commune's village or household", async () => {
    expect(await villageFunnel(secretary, hx.villageIds[0]!, db)).toBeNull();
    expect(await householdFunnelOf(secretary, hx.freshHouseholds[0]!.id, db)).toBeNull();
  });
});
