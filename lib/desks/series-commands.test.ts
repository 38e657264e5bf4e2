import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { createDesk } from "./commands";
import { desksInMonth } from "./queries";
import { createDeskSeries, dayField, previewDeskSeries } from "./series-commands";

// The recurring series against the seeded demo: the preview lists the days and their conflicts
// and writes nothing; the save writes exactly the ticked days, or nothing at all when one day is
// refused (a double booking) or an id is another commune's.

const options = { today: "2026-11-21" };
// Every second Saturday from Monday 10/05/2027 for two months: well past the seeded plan, no holiday.
const saturdays = ["2027-05-15", "2027-05-29", "2027-06-12", "2027-06-26"];

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let director: Viewer;
let hv: { villageIds: number[]; volunteers: number[]; servants: number[] };
let hxVillage: number;

async function ids(query: ReturnType<typeof sql>) {
  return (await queryRows<{ id: number }>(db, query)).map((r) => Number(r.id));
}

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  [secretary, director] = await Promise.all([viewerFor(db, "bithu.haivan"), viewerFor(db, "giamdoc.haivan")]);
  const commune = (code: string, extra: ReturnType<typeof sql>) =>
    ids(
      sql`select m.id from members m join communes c on c.id = m.commune_id where c.code = ${code} and m.active and ${extra} order by m.id`,
    );
  hv = {
    villageIds: await ids(
      sql`select v.id from villages v join communes c on c.id = v.commune_id where c.code = 'HAI-VAN' and v.active order by v.id`,
    ),
    volunteers: await commune("HAI-VAN", sql`m.kind <> 'civil_servant'`),
    servants: await commune("HAI-VAN", sql`m.kind = 'civil_servant'`),
  };
  [hxVillage = 0] = await ids(
    sql`select v.id from villages v join communes c on c.id = v.commune_id where c.code = 'HOA-XUAN' and v.active order by v.id limit 1`,
  );
}, 240_000);
afterAll(async () => {
  await test?.close();
});

const form = (over: Record<string, unknown> = {}) => ({
  villageId: String(hv.villageIds[1]),
  startTime: "08:00",
  endTime: "11:00",
  place: "Nhà rông thôn",
  note: "",
  volunteerIds: [String(hv.volunteers[2])],
  civilServantIds: [String(hv.servants[0])],
  rule: "biweekly",
  weekday: "6",
  startDay: "10/05/2027",
  months: "2",
  acceptWarnings: "on",
  ...over,
});

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected the command to fail");
}

async function footprint() {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from mobile_desks) as desks, (select count(*)::int from mobile_desk_staff) as staff,
               (select count(*)::int from audit_log where outcome = 'success') as audits`,
  );
  return row;
}

/** The planned desks of the village in May and June 2027, by day. */
async function seriesDesks(villageId: number) {
  const months = await Promise.all(
    ["2027-05", "2027-06"].map((month) => desksInMonth(secretary, { month, villageId }, db)),
  );
  return months.flat().filter((d) => d.status === "planned");
}

describe("a recurring series of desks", () => {
  it("previews the rule's days with their conflicts and writes nothing", async () => {
    const before = await footprint();
    const preview = await previewDeskSeries(db, secretary, form(), options);
    expect(preview.days.map((d) => d.day)).toEqual(saturdays);
    expect(preview.days.every((d) => d.conflicts.length === 0)).toBe(true);
    expect(preview.capped).toBe(false);
    // The 2nd Saturday of each month instead.
    const monthly = await previewDeskSeries(db, secretary, form({ rule: "monthly", nth: "2" }), options);
    expect(monthly.days.map((d) => d.day)).toEqual(["2027-06-12"]);
    expect(await footprint()).toEqual(before);
  });

  it("saves exactly the ticked days as desks, each audited, in one go", async () => {
    const before = await footprint();
    const chosen = [saturdays[0]!, saturdays[2]!, saturdays[3]!];
    const saved = await createDeskSeries(db, secretary, form({ days: chosen }), options);
    expect(saved.ids).toHaveLength(3);
    expect(saved.firstDay).toBe(saturdays[0]);
    const desks = await seriesDesks(hv.villageIds[1]!);
    expect(desks.map((d) => d.day).sort()).toEqual(chosen);
    const [a, b] = [(await footprint())!, before!];
    expect(a.desks! - b.desks!).toBe(3);
    expect(a.staff! - b.staff!).toBe(6);
    expect(a.audits! - b.audits!).toBe(3);
  });

  it("writes nothing when one day is double-booked, and says which day", async () => {
    // Another village's desk on the second Saturday with the same volunteer.
    await createDesk(
      db,
      secretary,
      {
        ...form(),
        villageId: String(hv.villageIds[2]),
        day: saturdays[1],
        volunteerIds: [String(hv.volunteers[3])],
        civilServantIds: [],
      },
      options,
    );
    const preview = await previewDeskSeries(
      db,
      secretary,
      form({ villageId: String(hv.villageIds[3]), volunteerIds: [String(hv.volunteers[3])], civilServantIds: [] }),
      options,
    );
    expect(preview.days.find((d) => d.day === saturdays[1])!.conflicts.map((c) => c.kind)).toEqual(["doubleBooked"]);
    expect(preview.days.filter((d) => d.conflicts.length > 0).map((d) => d.day)).toEqual([saturdays[1]]);

    const before = await footprint();
    const failed = await failure(
      createDeskSeries(
        db,
        secretary,
        form({
          villageId: String(hv.villageIds[3]),
          volunteerIds: [String(hv.volunteers[3])],
          civilServantIds: [],
          days: saturdays,
        }),
        options,
      ),
    );
    expect(failed.key).toBe("desks.errors.hardConflict");
    expect(failed.fields[dayField(saturdays[1]!)]).toEqual(["desks.errors.doubleBooked"]);
    expect(await footprint()).toEqual(before);
    expect(await seriesDesks(hv.villageIds[3]!)).toEqual([]);
  });

  it("refuses another commune's village, a day outside the rule, no day, and the director; nothing written", async () => {
    const before = await footprint();
    expect(
      (await failure(createDeskSeries(db, secretary, form({ villageId: String(hxVillage), days: saturdays }), options)))
        .fields,
    ).toEqual({
      villageId: ["desks.errors.villageUnknown"],
    });
    expect(
      (await failure(previewDeskSeries(db, secretary, form({ villageId: String(hxVillage) }), options))).fields,
    ).toEqual({
      villageId: ["desks.errors.villageUnknown"],
    });
    expect((await failure(createDeskSeries(db, secretary, form({ days: ["2027-05-16"] }), options))).fields).toEqual({
      days: ["desks.series.errors.dayNotInSeries"],
    });
    expect((await failure(createDeskSeries(db, secretary, form({ days: [] }), options))).fields).toEqual({
      days: ["desks.series.errors.noDaysChosen"],
    });
    expect((await failure(createDeskSeries(db, director, form({ days: saturdays }), options))).key).toBe(
      "errors.forbidden",
    );
    expect(
      (
        await failure(
          createDeskSeries(db, secretary, form({ days: saturdays, endTime: "07:00", startDay: "" }), options),
        )
      ).fields,
    ).toEqual({
      endTime: ["desks.errors.endBeforeStart"],
      startDay: ["desks.errors.dayRequired"],
    });
    expect(await footprint()).toEqual(before);
  });
});
