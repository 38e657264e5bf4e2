import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { auditLog, mobileDesks, supportRecords } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { rollupDrift } from "@/lib/testing/rollup-check";
import { viewerFor } from "@/lib/testing/viewers";
import { checkDesk } from "./check";
import { closeDesk } from "./close";
import { assignCivilServants, cancelDesk, createDesk, duplicateDesk, updateDesk } from "./commands";
import { deskCoverage, deskDetail, desksInMonth } from "./queries";

// The desk commands against the seeded demo: scope (another commune's ids are unknown and change
// nothing), conflicts, optimistic locking, and closing a desk into support records and rollups.

const today = "2026-11-21";
const options = { today };
// Far past the seeded plan (it ends a month after the seed day) and no holiday: a quiet week.
const quiet = ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-24"] as const;

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let director: Viewer;
let otherSecretary: Viewer;
let hv: { communeId: number; villageIds: number[]; volunteers: number[]; servants: number[] };
let hx: { villageIds: number[]; volunteers: number[] };

async function people(communeCode: string) {
  const rows = await queryRows<{ id: number; kind: string }>(
    db,
    sql`select m.id, m.kind from members m join communes c on c.id = m.commune_id where c.code = ${communeCode} and m.active order by m.id`,
  );
  const villageIds = (
    await queryRows<{ id: number }>(
      db,
      sql`select v.id from villages v join communes c on c.id = v.commune_id where c.code = ${communeCode} and v.active order by v.id`,
    )
  ).map((r) => Number(r.id));
  const [commune] = await queryRows<{ id: number }>(db, sql`select id from communes where code = ${communeCode}`);
  return {
    communeId: Number(commune!.id),
    villageIds,
    volunteers: rows.filter((r) => r.kind !== "civil_servant").map((r) => Number(r.id)),
    servants: rows.filter((r) => r.kind === "civil_servant").map((r) => Number(r.id)),
  };
}

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  [secretary, director, otherSecretary] = await Promise.all([
    viewerFor(db, "bithu.haivan"),
    viewerFor(db, "giamdoc.haivan"),
    viewerFor(db, "bithu.hoaxuan"),
  ]);
  hv = await people("HAI-VAN");
  hx = await people("HOA-XUAN");
}, 240_000);
afterAll(async () => {
  await test?.close();
});

const form = (over: Record<string, unknown> = {}) => ({
  villageId: String(hv.villageIds[0]),
  day: "09/03/2027",
  startTime: "07:30",
  endTime: "11:30",
  place: "Nhà văn hóa thôn Tà Lang",
  note: "",
  volunteerIds: [String(hv.volunteers[0]), String(hv.volunteers[1])],
  civilServantIds: [String(hv.servants[0])],
  ...over,
});

/** What a failed command said: its key and field errors. */
async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected the command to fail");
}

/** Row counts that must not move when a command is refused. */
async function footprint() {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from mobile_desks) as desks, (select count(*)::int from mobile_desk_staff) as staff,
               (select count(*)::int from support_records) as records, (select count(*)::int from audit_log where outcome = 'success') as audits,
               (select coalesce(sum(version), 0)::int from mobile_desks) as versions`,
  );
  return row;
}

describe("planning a desk", () => {
  it("creates a desk with its staff and an audit row", async () => {
    const { id } = await createDesk(db, secretary, form(), options);
    const desk = await deskDetail(secretary, id, db);
    expect(desk).toMatchObject({ day: quiet[0], startTime: "07:30", endTime: "11:30", status: "planned", version: 1 });
    expect(desk!.volunteerIds).toEqual([hv.volunteers[0], hv.volunteers[1]].sort((a, b) => a! - b!));
    expect(desk!.civilServantIds).toEqual([hv.servants[0]]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entity} = 'mobile_desk' and ${auditLog.entityId} = ${String(id)}`);
    expect(audit?.action).toBe("create");
    expect(JSON.stringify(audit?.changes)).toContain("Tà Lang");
  });

  it("rejects bad input beside its field and writes nothing", async () => {
    const before = await footprint();
    expect((await failure(createDesk(db, secretary, form({ day: "20/11/2026" }), options))).fields).toEqual({
      day: ["desks.errors.dayInPast"],
    });
    expect((await failure(createDesk(db, secretary, form({ endTime: "07:00" }), options))).fields).toEqual({
      endTime: ["desks.errors.endBeforeStart"],
    });
    expect((await failure(createDesk(db, secretary, form({ place: " " }), options))).fields).toHaveProperty("place");
    expect(
      (
        await failure(
          createDesk(db, secretary, form({ volunteerIds: [String(hv.servants[0])], civilServantIds: [] }), options),
        )
      ).fields,
    ).toEqual({ volunteerIds: ["desks.errors.notVolunteer"] });
    expect(await footprint()).toEqual(before);
  });

  it("answers another commune's village or member as unknown, and nothing changes", async () => {
    const before = await footprint();
    expect(
      (await failure(createDesk(db, secretary, form({ villageId: String(hx.villageIds[0]) }), options))).fields,
    ).toEqual({ villageId: ["desks.errors.villageUnknown"] });
    expect(
      (await failure(createDesk(db, secretary, form({ volunteerIds: [String(hx.volunteers[0])] }), options))).fields,
    ).toEqual({ volunteerIds: ["desks.errors.memberUnknown"] });
    await expect(checkDesk(db, secretary, { villageId: String(hx.villageIds[0]), day: quiet[0] })).rejects.toThrow(
      "errors.notFound",
    );
    expect(await footprint()).toEqual(before);
  });

  it("refuses a double booking and a person on center duty; asks to accept a warning", async () => {
    const first = await createDesk(
      db,
      secretary,
      form({ day: "10/03/2027", villageId: String(hv.villageIds[1]) }),
      options,
    );
    const before = await footprint();
    const twice = form({ day: "10/03/2027", villageId: String(hv.villageIds[2]), acceptWarnings: "on" });
    const refused = await failure(createDesk(db, secretary, twice, options));
    expect(refused.key).toBe("desks.errors.hardConflict");
    expect(refused.fields.volunteerIds).toEqual(["desks.errors.doubleBooked"]);
    expect((await checkDesk(db, secretary, twice)).map((c) => c.kind)).toContain("doubleBooked");

    const [duty] = await queryRows<{ member_id: number; day: string }>(
      db,
      sql`select member_id, day::text from duty_roster_entries where commune_id = ${hv.communeId} and day >= ${today} order by day, member_id limit 1`,
    );
    const [dd, mm, yyyy] = [duty!.day.slice(8), duty!.day.slice(5, 7), duty!.day.slice(0, 4)];
    const kind = hv.servants.includes(Number(duty!.member_id)) ? "civilServantIds" : "volunteerIds";
    const onDuty = await failure(
      createDesk(
        db,
        secretary,
        form({
          day: `${dd}/${mm}/${yyyy}`,
          volunteerIds: [],
          civilServantIds: [],
          [kind]: [String(duty!.member_id)],
          acceptWarnings: "on",
        }),
        options,
      ),
    );
    expect(onDuty.fields[kind]).toContain("desks.errors.onDuty");

    // The same village again 4 days later, other people: a warning, saved once accepted.
    const again = form({
      day: "14/03/2027",
      villageId: String(hv.villageIds[1]),
      volunteerIds: [String(hv.volunteers[5])],
      civilServantIds: [],
    });
    expect(await failure(createDesk(db, secretary, again, options))).toEqual({
      key: "desks.errors.warningsNotAccepted",
      fields: { acceptWarnings: ["desks.errors.acceptWarnings"] },
    });
    expect(await footprint()).toEqual(before);
    const accepted = await createDesk(db, secretary, { ...again, acceptWarnings: "on" }, options);
    expect(accepted.id).toBeGreaterThan(first.id);
  });
});

describe("changing a desk", () => {
  it("moves a desk; a second save from the same version is a conflict and keeps the first", async () => {
    const { id } = await createDesk(
      db,
      secretary,
      form({ day: "24/03/2027", volunteerIds: [String(hv.volunteers[2])], civilServantIds: [] }),
      options,
    );
    await updateDesk(
      db,
      secretary,
      {
        ...form({
          day: "25/03/2027",
          startTime: "08:00",
          volunteerIds: [String(hv.volunteers[2])],
          civilServantIds: [],
        }),
        id: String(id),
        version: "1",
      },
      options,
    );
    const before = await footprint();
    const stale = await failure(
      updateDesk(
        db,
        secretary,
        {
          ...form({ day: "24/03/2027", place: "Nhà rông", volunteerIds: [], civilServantIds: [] }),
          id: String(id),
          version: "1",
        },
        options,
      ),
    );
    expect(stale.key).toBe("desks.errors.conflict");
    expect(await footprint()).toEqual(before);
    expect(await deskDetail(secretary, id, db)).toMatchObject({ day: "2027-03-25", startTime: "08:00", version: 2 });
  });

  it("answers another commune's desk as not found in every command", async () => {
    const [foreign] = await db
      .select({ id: mobileDesks.id, version: mobileDesks.version })
      .from(mobileDesks)
      .where(eq(mobileDesks.communeId, hv.communeId))
      .limit(1);
    const ids = { id: String(foreign!.id), version: String(foreign!.version) };
    const before = await footprint();
    expect((await failure(updateDesk(db, otherSecretary, { ...form(), ...ids }, options))).key).toBe("errors.notFound");
    expect((await failure(cancelDesk(db, otherSecretary, { ...ids, reason: "Thử" }))).key).toBe("errors.notFound");
    expect((await failure(closeDesk(db, otherSecretary, { ...ids, peopleServed: "5" }, options))).key).toBe(
      "errors.notFound",
    );
    expect((await failure(duplicateDesk(db, otherSecretary, { id: ids.id, day: "09/03/2027" }, options))).key).toBe(
      "errors.notFound",
    );
    expect(await deskDetail(otherSecretary, foreign!.id, db)).toBeNull();
    expect(await footprint()).toEqual(before);
  });

  it("duplicates a desk with its staff onto another day", async () => {
    const { id } = await createDesk(
      db,
      secretary,
      form({
        day: "11/03/2027",
        villageId: String(hv.villageIds[3]),
        volunteerIds: [String(hv.volunteers[3])],
        civilServantIds: [],
      }),
      options,
    );
    const copy = await duplicateDesk(db, secretary, { id: String(id), day: "26/03/2027" }, options);
    expect(await deskDetail(secretary, copy.id, db)).toMatchObject({
      day: "2027-03-26",
      villageId: hv.villageIds[3],
      volunteerIds: [hv.volunteers[3]],
      status: "planned",
    });
  });

  it("cancels only with a reason; the director may staff civil servants but not cancel", async () => {
    const { id } = await createDesk(
      db,
      secretary,
      form({ day: "12/03/2027", volunteerIds: [String(hv.volunteers[4])], civilServantIds: [], acceptWarnings: "on" }),
      options,
    );
    expect((await failure(cancelDesk(db, secretary, { id: String(id), version: "1", reason: "  " }))).fields).toEqual({
      reason: ["desks.errors.reasonRequired"],
    });
    expect((await failure(cancelDesk(db, director, { id: String(id), version: "1", reason: "Mưa lớn" }))).key).toBe(
      "errors.forbidden",
    );
    expect(
      (
        await failure(
          assignCivilServants(db, director, {
            id: String(id),
            version: "1",
            civilServantIds: [String(hv.volunteers[6])],
          }),
        )
      ).fields,
    ).toEqual({ civilServantIds: ["desks.errors.notCivilServant"] });
    await assignCivilServants(db, director, {
      id: String(id),
      version: "1",
      civilServantIds: [String(hv.servants[1])],
    });
    expect((await deskDetail(secretary, id, db))!.civilServantIds).toEqual([hv.servants[1]]);
    expect((await deskDetail(secretary, id, db))!.volunteerIds).toEqual([hv.volunteers[4]]);
    await cancelDesk(db, secretary, { id: String(id), version: "2", reason: "Mưa lớn, đường sạt lở" });
    expect(await deskDetail(secretary, id, db)).toMatchObject({
      status: "cancelled",
      cancelReason: "Mưa lớn, đường sạt lở",
    });
  });
});

describe("closing a held desk", () => {
  const mobileDeskPeople = async (villageId: number, day: string) => {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select coalesce(sum(people_served), 0)::int as n from village_daily_stats where village_id = ${villageId} and day = ${day} and channel = 'mobile_desk'`,
    );
    return Number(row!.n);
  };

  it("turns results into a linked support record and keeps the rollups equal to a recount", async () => {
    const free = await queryRows<{ id: number }>(
      db,
      sql`select m.id from members m where m.commune_id = ${hv.communeId} and m.active and m.kind <> 'civil_servant'
          and not exists (select 1 from mobile_desk_staff s join mobile_desks d on d.id = s.desk_id where s.member_id = m.id and (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date = ${today})
          and not exists (select 1 from duty_roster_entries r where r.member_id = m.id and r.day = ${today}) order by m.id limit 1`,
    );
    const villageId = hv.villageIds.at(-1)!;
    const { id } = await createDesk(
      db,
      secretary,
      form({
        day: "21/11/2026",
        villageId: String(villageId),
        volunteerIds: [String(free[0]!.id)],
        civilServantIds: [],
        acceptWarnings: "on",
      }),
      options,
    );
    const future = await createDesk(
      db,
      secretary,
      form({ day: "22/11/2026", volunteerIds: [], civilServantIds: [], acceptWarnings: "on" }),
      options,
    );
    expect(
      (await failure(closeDesk(db, secretary, { id: String(future.id), version: "1", peopleServed: "4" }, options)))
        .fields,
    ).toEqual({ peopleServed: ["desks.errors.notYetHeld"] });

    const before = await mobileDeskPeople(villageId, today);
    const figures = {
      peopleServed: "37",
      householdsServed: "21",
      eidActivated: "12",
      signaturesInstalled: "3",
      simsGiven: "9",
      dossiersSubmitted: "5",
      procedures: ["eid_level2"],
    };
    const closed = await closeDesk(db, secretary, { id: String(id), version: "1", ...figures }, options);
    const [record] = await db.select().from(supportRecords).where(eq(supportRecords.id, closed.recordId));
    expect(record).toMatchObject({
      mobileDeskId: id,
      channel: "mobile_desk",
      villageId,
      servedOn: today,
      peopleServed: 37,
      simsGiven: 9,
      memberId: free[0]!.id,
    });
    expect(await mobileDeskPeople(villageId, today)).toBe(before + 37);
    expect(await rollupDrift(db)).toEqual([]);
    expect(await deskDetail(secretary, id, db)).toMatchObject({
      status: "held",
      peopleServed: 37,
      results: { peopleServed: 37, householdsServed: 21, procedures: ["eid_level2"] },
    });

    // Corrected later: the old record leaves the rollups, the new one enters; still exact.
    await closeDesk(db, secretary, { id: String(id), version: "2", ...figures, peopleServed: "40" }, options);
    expect(await mobileDeskPeople(villageId, today)).toBe(before + 40);
    expect(await db.select().from(supportRecords).where(eq(supportRecords.mobileDeskId, id))).toHaveLength(1);
    expect(await rollupDrift(db)).toEqual([]);

    // A stale version changes nothing, not even the rollups.
    expect(
      (
        await failure(
          closeDesk(db, secretary, { id: String(id), version: "2", ...figures, peopleServed: "99" }, options),
        )
      ).key,
    ).toBe("desks.errors.conflict");
    expect(await mobileDeskPeople(villageId, today)).toBe(before + 40);
  });
});

describe("reading the plan", () => {
  it("lists desks with their staff names, and the coverage equals a recount", async () => {
    const { id } = await createDesk(
      db,
      secretary,
      form({
        day: "17/03/2027",
        villageId: String(hv.villageIds[4]),
        volunteerIds: [String(hv.volunteers[7])],
        civilServantIds: [],
        acceptWarnings: "on",
      }),
      options,
    );
    const [name] = await queryRows<{ full_name: string }>(
      db,
      sql`select full_name from members where id = ${hv.volunteers[7]}`,
    );
    const month = await desksInMonth(secretary, { month: "2027-03" }, db);
    expect(month.find((d) => d.id === id)).toMatchObject({
      volunteers: [name!.full_name],
      civilServants: [],
      status: "planned",
    });
    expect(month.every((d) => d.communeId === hv.communeId)).toBe(true);
    expect(
      await desksInMonth(otherSecretary, { month: "2027-03" }, db).then((rows) => rows.some((d) => d.id === id)),
    ).toBe(false);

    const officer = await viewerFor(db, "tinhdoan.danang");
    const coverage = await deskCoverage(officer, today, db);
    const row = coverage.find((c) => c.communeId === hv.communeId)!;
    const [expected] = await queryRows<{ remote: number; planned: number; held: number }>(
      db,
      sql`select (select count(*)::int from villages where commune_id = ${hv.communeId} and remote and active) as remote,
                 (select count(*)::int from mobile_desks where commune_id = ${hv.communeId} and status = 'planned'
                    and to_char(starts_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') = '2026-11') as planned,
                 (select count(*)::int from mobile_desks where commune_id = ${hv.communeId} and status = 'held'
                    and to_char(starts_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') = '2026-11') as held`,
    );
    expect(row).toMatchObject({ remoteVillages: expected!.remote, planned: expected!.planned, held: expected!.held });
    expect(row.held + row.planned).toBeGreaterThan(0);
    expect(coverage.some((c) => c.communeName.includes("Cái Răng"))).toBe(false);
  });
});
