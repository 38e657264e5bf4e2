import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import {
  auditLog,
  households,
  supportRecordProcedures,
  supportRecords,
  villageDailyReach,
  villageDailyStats,
} from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import type { Channel } from "@/lib/records/schemas";
import { expectRollupsExact, rollupDrift } from "@/lib/testing/rollup-check";
import { communeFixture, type CommuneFixture } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { createSupportRecord, deleteSupportRecord, updateSupportRecord } from "./commands";

// Every write keeps village_daily_stats, village_procedure_daily_stats and village_daily_reach
// exactly equal to a recomputation from raw support_records, and leaves an audit row.

const today = "2026-11-20";
const options = { today };

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let hv: CommuneFixture;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  secretary = await viewerFor(db, "bithu.haivan");
  hv = await communeFixture(db, "HAI-VAN");
}, 240_000); // the demo seed takes 15–60 s here, more while other suites run
afterAll(async () => {
  await test?.close();
});

/** A form as the browser posts it: every value a string. */
function form(overrides: Record<string, unknown> = {}) {
  const household = hv.freshHouseholds[0]!;
  return {
    servedOn: "05/11/2026",
    channel: "door_to_door",
    villageId: String(household.villageId),
    householdCode: "",
    memberId: String(hv.memberIds[0]),
    procedures: ["eid_level2", "public_service_account"],
    peopleServed: "3",
    householdsServed: "1",
    eidActivated: "2",
    signaturesInstalled: "1",
    simsGiven: "",
    dossiersSubmitted: "1",
    paymentAppsInstalled: "0",
    smartphonesDonated: "0",
    note: "Phiếu số 12",
    ...overrides,
  };
}

async function statsOf(villageId: number, day: string, channel: Channel) {
  const [row] = await db
    .select()
    .from(villageDailyStats)
    .where(
      and(
        eq(villageDailyStats.villageId, villageId),
        eq(villageDailyStats.day, day),
        eq(villageDailyStats.channel, channel),
      ),
    );
  return row ?? null;
}
async function reachOf(villageId: number, day: string) {
  const [row] = await db
    .select({ n: villageDailyReach.householdsFirstReached })
    .from(villageDailyReach)
    .where(and(eq(villageDailyReach.villageId, villageId), eq(villageDailyReach.day, day)));
  return row?.n ?? 0;
}
async function firstReachedOn(householdId: number) {
  const [row] = await db
    .select({ day: households.firstReachedOn })
    .from(households)
    .where(eq(households.id, householdId));
  return row?.day ?? null;
}
async function auditFor(id: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "support_record"), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id);
}

describe("support-record commands keep the rollups exact", () => {
  it("starts from exact rollups (the seed's rebuild)", async () => {
    expect(await rollupDrift(db)).toEqual([]);
  });

  it("create adds the record, its procedures, its counters to the day's rollup, and an audit row", async () => {
    const villageId = hv.freshHouseholds[0]!.villageId;
    const before = await statsOf(villageId, "2026-11-05", "door_to_door");
    const created = await createSupportRecord(db, secretary, form(), options);

    const [row] = await db.select().from(supportRecords).where(eq(supportRecords.id, created.id));
    expect(row).toMatchObject({
      servedOn: "2026-11-05",
      channel: "door_to_door",
      peopleServed: 3,
      eidActivated: 2,
      simsGiven: 0,
      createdBy: secretary.id,
      note: "Phiếu số 12",
    });
    const codes = await db
      .select()
      .from(supportRecordProcedures)
      .where(eq(supportRecordProcedures.recordId, created.id));
    expect(codes.map((c) => c.procedureCode).sort()).toEqual(["eid_level2", "public_service_account"]);

    const after = await statsOf(villageId, "2026-11-05", "door_to_door");
    expect((after?.records ?? 0) - (before?.records ?? 0)).toBe(1);
    expect((after?.peopleServed ?? 0) - (before?.peopleServed ?? 0)).toBe(3);
    expect((after?.signaturesInstalled ?? 0) - (before?.signaturesInstalled ?? 0)).toBe(1);
    await expectRollupsExact(db);

    const audit = await auditFor(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "create",
      userId: secretary.id,
      communeId: hv.communeId,
      provinceId: secretary.provinceId,
    });
    expect((audit[0]!.changes as Record<string, { after: unknown }>).peopleServed?.after).toBe(3);
    expect((audit[0]!.changes as Record<string, { after: unknown }>).procedures?.after).toEqual([
      "eid_level2",
      "public_service_account",
    ]);
  });

  it("a household's first record sets its first reach and counts it once in its village", async () => {
    const household = hv.freshHouseholds[1]!;
    const reachBefore = await reachOf(household.villageId, "2026-10-10");
    await createSupportRecord(
      db,
      secretary,
      form({ servedOn: "10/10/2026", villageId: String(household.villageId), householdCode: household.code }),
      options,
    );
    expect(await firstReachedOn(household.id)).toBe("2026-10-10");
    expect(await reachOf(household.villageId, "2026-10-10")).toBe(reachBefore + 1);
    // A later record for the same household does not count it again.
    await createSupportRecord(
      db,
      secretary,
      form({ servedOn: "12/10/2026", villageId: String(household.villageId), householdCode: household.code }),
      options,
    );
    expect(await firstReachedOn(household.id)).toBe("2026-10-10");
    expect(await reachOf(household.villageId, "2026-10-10")).toBe(reachBefore + 1);
    await expectRollupsExact(db);
  });

  it("editing a household's earliest record to a later day moves its first reach", async () => {
    const household = hv.freshHouseholds[2]!;
    const base = { villageId: String(household.villageId), householdCode: household.code };
    const earliest = await createSupportRecord(db, secretary, form({ ...base, servedOn: "01/09/2026" }), options);
    await createSupportRecord(db, secretary, form({ ...base, servedOn: "15/09/2026" }), options);
    expect(await firstReachedOn(household.id)).toBe("2026-09-01");

    await updateSupportRecord(
      db,
      secretary,
      {
        id: String(earliest.id),
        version: 1,
        ...form({ ...base, servedOn: "20/09/2026", procedures: ["sim"], simsGiven: "1" }),
      },
      options,
    );
    expect(await firstReachedOn(household.id)).toBe("2026-09-15");
    await expectRollupsExact(db);

    const audit = await auditFor(earliest.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    const changes = audit[1]!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.servedOn).toEqual({ before: "2026-09-01", after: "2026-09-20" });
    expect(changes.procedures).toEqual({ before: ["eid_level2", "public_service_account"], after: ["sim"] });
  });

  it("editing a record onto another household moves the reach from one to the other", async () => {
    const [a, b] = [hv.freshHouseholds[3]!, hv.freshHouseholds[4]!];
    const record = await createSupportRecord(
      db,
      secretary,
      form({ servedOn: "03/08/2026", villageId: String(a.villageId), householdCode: a.code }),
      options,
    );
    expect(await firstReachedOn(a.id)).toBe("2026-08-03");
    await updateSupportRecord(
      db,
      secretary,
      {
        id: record.id,
        version: 1,
        ...form({ servedOn: "04/08/2026", villageId: String(b.villageId), householdCode: b.code }),
      },
      options,
    );
    expect(await firstReachedOn(a.id)).toBeNull();
    expect(await firstReachedOn(b.id)).toBe("2026-08-04");
    await expectRollupsExact(db);
  });

  it("editing the channel and village moves the counters between rollup rows", async () => {
    const [v1, v2] = hv.villageIds;
    const record = await createSupportRecord(
      db,
      secretary,
      form({ servedOn: "06/11/2026", villageId: String(v1) }),
      options,
    );
    const centerBefore = await statsOf(v2!, "2026-11-06", "center");
    await updateSupportRecord(
      db,
      secretary,
      {
        id: record.id,
        version: 1,
        ...form({ servedOn: "06/11/2026", villageId: String(v2), channel: "center", peopleServed: "7" }),
      },
      options,
    );
    const centerAfter = await statsOf(v2!, "2026-11-06", "center");
    expect((centerAfter?.peopleServed ?? 0) - (centerBefore?.peopleServed ?? 0)).toBe(7);
    await expectRollupsExact(db);
  });

  it("deleting the earliest record moves the first reach; deleting the last one clears it", async () => {
    const household = hv.freshHouseholds[5]!;
    const base = { villageId: String(household.villageId), householdCode: household.code };
    const first = await createSupportRecord(db, secretary, form({ ...base, servedOn: "02/10/2026" }), options);
    const second = await createSupportRecord(db, secretary, form({ ...base, servedOn: "09/10/2026" }), options);
    const reachBefore = await reachOf(household.villageId, "2026-10-02");

    await deleteSupportRecord(db, secretary, { id: String(first.id), version: 1 });
    expect(await firstReachedOn(household.id)).toBe("2026-10-09");
    expect(await reachOf(household.villageId, "2026-10-02")).toBe(reachBefore - 1);
    expect(
      await db.select().from(supportRecordProcedures).where(eq(supportRecordProcedures.recordId, first.id)),
    ).toEqual([]);
    await expectRollupsExact(db);

    await deleteSupportRecord(db, secretary, { id: second.id, version: 1 });
    expect(await firstReachedOn(household.id)).toBeNull();
    await expectRollupsExact(db);

    const audit = await auditFor(second.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "delete"]);
    expect((audit[1]!.changes as Record<string, { before: unknown; after: unknown }>).peopleServed).toEqual({
      before: 3,
      after: null,
    });
  });

  it("a mobile-desk record may name a desk held in its village", async () => {
    const desk = hv.desks[0];
    expect(desk, "the demo has held mobile desks in Hải Vân").toBeDefined();
    const [y, m, d] = desk!.day.split("-");
    const created = await createSupportRecord(
      db,
      secretary,
      form({
        channel: "mobile_desk",
        villageId: String(desk!.villageId),
        mobileDeskId: String(desk!.id),
        servedOn: `${d}/${m}/${y}`,
      }),
      options,
    );
    const [row] = await db
      .select({ desk: supportRecords.mobileDeskId })
      .from(supportRecords)
      .where(eq(supportRecords.id, created.id));
    expect(row?.desk).toBe(desk!.id);
    await expectRollupsExact(db);
  });

  it("the checker notices a drift (so an exact result means something)", async () => {
    const [any] = await queryRows<{ village_id: number; day: string; channel: string }>(
      db,
      sql`select village_id, day::text as day, channel::text as channel from village_daily_stats where records > 0 limit 1`,
    );
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`update village_daily_stats set sims_given = sims_given + 1
        where village_id = ${any!.village_id} and day = ${any!.day} and channel = ${any!.channel}`);
        expect((await rollupDrift(tx)).map((d) => d.table)).toEqual(["village_daily_stats", "village_daily_stats"]);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && /rollback/i.test(error.message))) throw error;
      });
    await expectRollupsExact(db);
  });

  it("the checker notices a drift in the commune rollups too", async () => {
    const [any] = await queryRows<{ commune_id: number; day: string; channel: string }>(
      db,
      sql`select commune_id, day::text as day, channel::text as channel from commune_daily_stats where records > 0 limit 1`,
    );
    expect(any).toBeDefined();
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`update commune_daily_stats set people_served = people_served + 1
        where commune_id = ${any!.commune_id} and day = ${any!.day} and channel = ${any!.channel}`);
        await tx.execute(sql`update commune_daily_reach set households_first_reached = households_first_reached + 1
        where commune_id = ${any!.commune_id} and day = (select max(day) from commune_daily_reach where commune_id = ${any!.commune_id})`);
        expect((await rollupDrift(tx)).map((d) => d.table)).toEqual([
          "commune_daily_stats",
          "commune_daily_stats",
          "commune_daily_reach",
          "commune_daily_reach",
        ]);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && /rollback/i.test(error.message))) throw error;
      });
    await expectRollupsExact(db);
  });
});
