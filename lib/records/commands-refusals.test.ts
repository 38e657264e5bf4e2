import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { supportRecords } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { expectRollupsExact } from "@/lib/testing/rollup-check";
import { communeFixture, countRows, type CommuneFixture } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { createSupportRecord, deleteSupportRecord, updateSupportRecord } from "./commands";

// Bad input and other communes' ids are refused with a message key next to the field, and nothing
// is written: no record, no procedure, no rollup change, no audit row. The inputs are what a direct
// POST could send, so skipping the form changes nothing.

const options = { today: "2026-11-20" };

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let director: Viewer;
let officer: Viewer;
let hv: CommuneFixture;
let hx: CommuneFixture;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  [secretary, director, officer] = await Promise.all([
    viewerFor(db, "bithu.haivan"),
    viewerFor(db, "giamdoc.haivan"),
    viewerFor(db, "tinhdoan.danang"),
  ]);
  [hv, hx] = await Promise.all([communeFixture(db, "HAI-VAN"), communeFixture(db, "HOA-XUAN")]);
}, 240_000); // the demo seed takes 15–60 s here, more while other suites run
afterAll(async () => {
  await test?.close();
});

function form(overrides: Record<string, unknown> = {}) {
  return {
    servedOn: "12/11/2026",
    channel: "door_to_door",
    villageId: String(hv.villageIds[0]),
    memberId: String(hv.memberIds[0]),
    procedures: ["eid_level2"],
    peopleServed: "2",
    householdsServed: "1",
    eidActivated: "1",
    ...overrides,
  };
}

async function snapshotCounts() {
  const [stats] = await queryRows<{ total: number }>(
    db,
    sql`select coalesce(sum(people_served), 0)::int as total from village_daily_stats`,
  );
  return {
    records: await countRows(db, "support_records"),
    procedures: await countRows(db, "support_record_procedures"),
    audit: await countRows(db, "audit_log"),
    people: Number(stats?.total),
  };
}

/** The refusal a command threw, after checking that nothing at all was written. */
async function refused(work: () => Promise<unknown>): Promise<ExpectedError> {
  const before = await snapshotCounts();
  let error: unknown;
  try {
    await work();
  } catch (e) {
    error = e;
  }
  expect(error, "the command should have been refused").toBeInstanceOf(ExpectedError);
  expect(await snapshotCounts()).toEqual(before);
  return error as ExpectedError;
}

describe("bad input is refused with the message next to its field", () => {
  it.each([
    ["a negative counter", { simsGiven: "-1" }, "simsGiven", "records.errors.counterNegative"],
    [
      "an absurd counter",
      { peopleServed: "9000", householdsServed: "1" },
      "peopleServed",
      "records.errors.counterTooLarge",
    ],
    ["a counter that is not a whole number", { eidActivated: "1.5" }, "eidActivated", "records.errors.counterInteger"],
    ["a counter that is text", { dossiersSubmitted: "ba" }, "dossiersSubmitted", "records.errors.counterInteger"],
    [
      "more households than people",
      { peopleServed: "2", householdsServed: "3" },
      "householdsServed",
      "records.errors.householdsAbovePeople",
    ],
    ["nobody served", { peopleServed: "0", householdsServed: "0" }, "peopleServed", "records.errors.peopleRequired"],
    ["a date in the future", { servedOn: "21/11/2026" }, "servedOn", "records.errors.dateInFuture"],
    ["a date before the programme", { servedOn: "31/12/2024" }, "servedOn", "records.errors.dateBeforeProgramme"],
    ["a date that does not exist", { servedOn: "31/02/2026" }, "servedOn", "records.errors.dateInvalid"],
    ["no date", { servedOn: "" }, "servedOn", "records.errors.dateRequired"],
    ["an unknown channel", { channel: "helicopter" }, "channel", "records.errors.channelRequired"],
    ["no village", { villageId: "" }, "villageId", "records.errors.villageRequired"],
    ["no volunteer", { memberId: "" }, "memberId", "records.errors.volunteerRequired"],
    [
      "an unknown procedure",
      { procedures: ["eid_level2", "teleportation"] },
      "procedures",
      "records.errors.procedureUnknown",
    ],
    [
      "an unknown household code",
      { householdCode: "KHONG-CO-0000" },
      "householdCode",
      "records.errors.householdUnknown",
    ],
    ["a desk on a door-to-door record", { mobileDeskId: "1" }, "mobileDeskId", "records.errors.deskOnlyForMobileDesk"],
  ])("%s", async (_name, overrides, field, key) => {
    const error = await refused(() => createSupportRecord(db, secretary, form(overrides), options));
    expect(error.key).toBe("errors.invalid");
    expect(error.fieldErrors?.[field]).toContain(key);
  });

  it("a household of another village of the commune", async () => {
    const household = hv.freshHouseholds.find((h) => h.villageId !== hv.villageIds[0])!;
    const error = await refused(() =>
      createSupportRecord(db, secretary, form({ householdCode: household.code }), options),
    );
    expect(error.fieldErrors?.householdCode).toEqual(["records.errors.householdOtherVillage"]);
  });

  it("a mobile desk held in another village", async () => {
    const desk = hv.desks.find((d) => d.villageId !== hv.villageIds[0])!;
    const error = await refused(() =>
      createSupportRecord(db, secretary, form({ channel: "mobile_desk", mobileDeskId: String(desk.id) }), options),
    );
    expect(error.fieldErrors?.mobileDeskId).toEqual(["records.errors.deskOtherVillage"]);
  });
});

describe("another commune's ids are refused for the Hải Vân secretary", () => {
  it("a Hòa Xuân village", async () => {
    const error = await refused(() =>
      createSupportRecord(db, secretary, form({ villageId: String(hx.villageIds[0]) }), options),
    );
    expect(error.fieldErrors?.villageId).toEqual(["records.errors.villageUnknown"]);
  });

  it("a Hòa Xuân volunteer", async () => {
    const error = await refused(() =>
      createSupportRecord(db, secretary, form({ memberId: String(hx.memberIds[0]) }), options),
    );
    expect(error.fieldErrors?.memberId).toEqual(["records.errors.volunteerUnknown"]);
  });

  it("a Hòa Xuân household code", async () => {
    const household = hx.freshHouseholds[0]!;
    const error = await refused(() =>
      createSupportRecord(db, secretary, form({ householdCode: household.code }), options),
    );
    expect(error.fieldErrors?.householdCode).toEqual(["records.errors.householdUnknown"]);
  });

  it("another commune's mobile desk", async () => {
    const [desk] = await queryRows<{ id: number }>(
      db,
      sql`select id from mobile_desks where commune_id <> ${hv.communeId} limit 1`,
    );
    expect(desk, "the demo has mobile desks outside Hải Vân").toBeDefined();
    const error = await refused(() =>
      createSupportRecord(db, secretary, form({ channel: "mobile_desk", mobileDeskId: String(desk!.id) }), options),
    );
    expect(error.fieldErrors?.mobileDeskId).toEqual(["records.errors.deskUnknown"]);
  });

  it("editing or deleting a Hòa Xuân record reads as not found and leaves it untouched", async () => {
    const id = hx.recordIds[0]!;
    const [before] = await db.select().from(supportRecords).where(eq(supportRecords.id, id));
    expect(
      (await refused(() => updateSupportRecord(db, secretary, { id: String(id), version: 1, ...form() }, options))).key,
    ).toBe("errors.notFound");
    expect((await refused(() => deleteSupportRecord(db, secretary, { id: String(id), version: 1 }))).key).toBe(
      "errors.notFound",
    );
    expect((await refused(() => deleteSupportRecord(db, secretary, { id: "999999999", version: 1 }))).key).toBe(
      "errors.notFound",
    );
    expect((await refused(() => deleteSupportRecord(db, secretary, { id: "abc", version: 1 }))).key).toBe(
      "errors.notFound",
    );
    const [after] = await db.select().from(supportRecords).where(eq(supportRecords.id, id));
    expect(after).toEqual(before);
  });

  it("moving a Hải Vân record into a Hòa Xuân village", async () => {
    const created = await createSupportRecord(db, secretary, form(), options);
    const error = await refused(() =>
      updateSupportRecord(
        db,
        secretary,
        { id: created.id, version: 1, ...form({ villageId: String(hx.villageIds[0]) }) },
        options,
      ),
    );
    expect(error.fieldErrors?.villageId).toEqual(["records.errors.villageUnknown"]);
  });
});

describe("two people editing the same record", () => {
  it("the second edit or deletion made from a stale version is a conflict and writes nothing", async () => {
    const created = await createSupportRecord(db, secretary, form(), options);
    await updateSupportRecord(db, secretary, { id: created.id, version: 1, ...form({ peopleServed: "5" }) }, options);
    const [afterFirst] = await db.select().from(supportRecords).where(eq(supportRecords.id, created.id));
    expect(afterFirst!.version).toBe(2);
    // Both read version 1; the first one saved, so this one is told to reload.
    expect(
      (
        await refused(() =>
          updateSupportRecord(db, secretary, { id: created.id, version: 1, ...form({ peopleServed: "9" }) }, options),
        )
      ).key,
    ).toBe("errors.conflict");
    expect((await refused(() => deleteSupportRecord(db, secretary, { id: created.id, version: 1 }))).key).toBe(
      "errors.conflict",
    );
    // A form that names no version at all is refused the same way.
    expect((await refused(() => updateSupportRecord(db, secretary, { id: created.id, ...form() }, options))).key).toBe(
      "errors.conflict",
    );
    const [unchanged] = await db.select().from(supportRecords).where(eq(supportRecords.id, created.id));
    expect(unchanged).toEqual(afterFirst);
    await deleteSupportRecord(db, secretary, { id: created.id, version: 2 });
    expect(await db.select().from(supportRecords).where(eq(supportRecords.id, created.id))).toEqual([]);
    await expectRollupsExact(db);
  });
});

describe("capabilities", () => {
  it("a center director records the center's work only", async () => {
    const created = await createSupportRecord(db, director, form({ channel: "center" }), options);
    expect(created.channel).toBe("center");
    expect(
      (await refused(() => createSupportRecord(db, director, form({ channel: "door_to_door" }), options))).key,
    ).toBe("errors.forbidden");
    expect(
      (
        await refused(() =>
          updateSupportRecord(
            db,
            director,
            { id: created.id, version: 1, ...form({ channel: "mobile_desk" }) },
            options,
          ),
        )
      ).key,
    ).toBe("errors.forbidden");
    const doorToDoor = await createSupportRecord(db, secretary, form(), options);
    expect((await refused(() => deleteSupportRecord(db, director, { id: doorToDoor.id, version: 1 }))).key).toBe(
      "errors.forbidden",
    );
    await deleteSupportRecord(db, director, { id: created.id, version: 1 });
  });

  it("a provincial officer writes no records", async () => {
    expect((await refused(() => createSupportRecord(db, officer, form(), options))).key).toBe("errors.forbidden");
  });

  it("leaves the rollups exact after all these refusals", async () => {
    await expectRollupsExact(db);
  });
});
