import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { addDays } from "@/lib/filters/period";
import { todayInVietnam } from "@/lib/i18n/format";
import { acceptPlan } from "./accept-plan";
import { checkDesk } from "./check";
import { closeDesk } from "./close";
import { assignCivilServants, cancelDesk, createDesk, duplicateDesk, updateDesk } from "./commands";

// Access-matrix cases for the mobile-desk actions (docs/access-matrix.md). "Another commune"
// means an id of that commune in the input; such ids are answered as unknown / not found.

const HAI_VAN = "HAI-VAN";
const HOA_XUAN = "HOA-XUAN";

/** A day well after the seeded plan, so the cases meet no conflict with it (dd/MM/yyyy). */
const later = (days: number) =>
  addDays(todayInVietnam(), 120 + days)
    .split("-")
    .reverse()
    .join("/");

async function firstOf(db: Executor, query: ReturnType<typeof sql>): Promise<string> {
  const [row] = await queryRows<{ id: number }>(db, query);
  if (!row) throw new Error("no row for an action case");
  return String(row.id);
}
const villageOf = (db: Executor, code: string) =>
  firstOf(
    db,
    sql`select v.id from villages v join communes c on c.id = v.commune_id where c.code = ${code} and v.active order by v.id limit 1`,
  );
const memberOf = (db: Executor, code: string, civil: boolean) =>
  firstOf(
    db,
    sql`select m.id from members m join communes c on c.id = m.commune_id where c.code = ${code} and m.active and (m.kind = 'civil_servant') = ${civil} order by m.id desc limit 1`,
  );

async function desk(db: Executor, code: string, day: number, over: { village?: string; volunteer?: string } = {}) {
  return {
    villageId: over.village ?? (await villageOf(db, code)),
    day: later(day),
    startTime: "07:30",
    endTime: "11:30",
    place: "Nhà văn hóa thôn",
    volunteerIds: [over.volunteer ?? (await memberOf(db, code, false))],
    civilServantIds: [],
    acceptWarnings: "on",
  };
}

/** The planner's accept with one desk (row 0), in that desk's month. */
async function plan(db: Executor, code: string, day: number, over: { village?: string; volunteer?: string } = {}) {
  const one = await desk(db, code, day, over);
  const [, mm, yyyy] = one.day.split("/");
  return { month: `${yyyy}-${mm}`, acceptWarnings: "on", desks: [{ row: "0", ...one }] };
}

/** The newest planned desk of a commune with its version, as an edit names it. */
async function deskOf(db: Executor, code: string, status = "planned") {
  const [row] = await queryRows<{ id: number; version: number }>(
    db,
    sql`select d.id, d.version from mobile_desks d join communes c on c.id = d.commune_id where c.code = ${code} and d.status = ${status} order by d.id desc limit 1`,
  );
  if (!row) throw new Error(`no ${status} desk in ${code}`);
  return { id: String(row.id), version: String(row.version) };
}

/** A held desk of the past, for recording results again. */
const heldOf = (db: Executor, code: string) => deskOf(db, code, "held");
const results = { peopleServed: "12", householdsServed: "8", eidActivated: "4" };

export const deskActionCases: ActionRegistry = {
  "lib/desks/actions.ts#createDeskAction": {
    command: createDesk,
    cases: [
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => desk(db, HAI_VAN, 0), expect: "ok" },
      {
        name: "another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => desk(db, HAI_VAN, 1, { village: await villageOf(db, HOA_XUAN) }),
        expect: "refused",
      },
      {
        name: "another commune's volunteer",
        as: "bithu.haivan",
        input: async ({ db }) => desk(db, HAI_VAN, 1, { volunteer: await memberOf(db, HOA_XUAN, false) }),
        expect: "refused",
      },
      {
        name: "the director plans no desks",
        as: "giamdoc.haivan",
        input: ({ db }) => desk(db, HAI_VAN, 1),
        expect: "refused",
      },
      {
        name: "a provincial officer writes nothing",
        as: "tinhdoan.danang",
        input: ({ db }) => desk(db, HAI_VAN, 1),
        expect: "refused",
      },
      {
        name: "end before start",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await desk(db, HAI_VAN, 1)), endTime: "06:00" }),
        expect: "rejected",
      },
      { name: "the admin, any commune", as: "admin", input: ({ db }) => desk(db, HOA_XUAN, 2), expect: "ok" },
    ],
  },
  "lib/desks/actions.ts#updateDeskAction": {
    command: updateDesk,
    cases: [
      {
        name: "another commune's desk",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), ...(await desk(db, HOA_XUAN, 3)) }),
        expect: "refused",
      },
      {
        name: "moved into another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          ...(await deskOf(db, HAI_VAN)),
          ...(await desk(db, HAI_VAN, 3, { village: await villageOf(db, HOA_XUAN) })),
        }),
        expect: "refused",
      },
      {
        name: "the director",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), ...(await desk(db, HAI_VAN, 3)) }),
        expect: "refused",
      },
      {
        name: "own commune",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), ...(await desk(db, HAI_VAN, 3)) }),
        expect: "ok",
      },
      {
        name: "a stale version",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), ...(await desk(db, HAI_VAN, 4)), version: "1" }),
        expect: "rejected",
      },
    ],
  },
  "lib/desks/actions.ts#duplicateDeskAction": {
    command: duplicateDesk,
    cases: [
      {
        name: "another commune's desk",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ id: (await deskOf(db, HAI_VAN)).id, day: later(5), acceptWarnings: "on" }),
        expect: "refused",
      },
      {
        name: "own commune",
        as: "bithu.haivan",
        input: async ({ db }) => ({ id: (await deskOf(db, HAI_VAN)).id, day: later(6), acceptWarnings: "on" }),
        expect: "ok",
      },
    ],
  },
  "lib/desks/actions.ts#assignCivilServantsAction": {
    command: assignCivilServants,
    cases: [
      {
        name: "another commune's civil servant",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({
          ...(await deskOf(db, HAI_VAN)),
          civilServantIds: [await memberOf(db, HOA_XUAN, true)],
        }),
        expect: "refused",
      },
      {
        name: "another commune's desk",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({
          ...(await deskOf(db, HAI_VAN)),
          civilServantIds: [await memberOf(db, HOA_XUAN, true)],
        }),
        expect: "refused",
      },
      {
        name: "a provincial officer",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), civilServantIds: [] }),
        expect: "refused",
      },
      {
        name: "the center director",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({
          ...(await deskOf(db, HAI_VAN)),
          civilServantIds: [await memberOf(db, HAI_VAN, true)],
          acceptWarnings: "on",
        }),
        expect: "ok",
      },
    ],
  },
  "lib/desks/actions.ts#cancelDeskAction": {
    command: cancelDesk,
    cases: [
      {
        name: "the director cannot cancel the secretary's desk",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), reason: "Mưa lớn" }),
        expect: "refused",
      },
      {
        name: "another commune's desk",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), reason: "Mưa lớn" }),
        expect: "refused",
      },
      {
        name: "no reason",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), reason: "" }),
        expect: "rejected",
      },
      {
        name: "own commune, with a reason",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), reason: "Mưa lớn, đường sạt lở" }),
        expect: "ok",
      },
    ],
  },
  "lib/desks/actions.ts#closeDeskAction": {
    command: closeDesk,
    cases: [
      {
        name: "another commune's desk",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ ...(await heldOf(db, HAI_VAN)), ...results }),
        expect: "refused",
      },
      {
        name: "the director",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await heldOf(db, HAI_VAN)), ...results }),
        expect: "refused",
      },
      {
        name: "a future desk has no results yet",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await deskOf(db, HAI_VAN)), ...results }),
        expect: "rejected",
      },
      {
        name: "own commune's held desk",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await heldOf(db, HAI_VAN)), ...results }),
        expect: "ok",
      },
    ],
  },
  "lib/desks/actions.ts#acceptPlanAction": {
    command: acceptPlan,
    cases: [
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => plan(db, HAI_VAN, 10), expect: "ok" },
      {
        name: "another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => plan(db, HAI_VAN, 11, { village: await villageOf(db, HOA_XUAN) }),
        expect: "refused",
      },
      {
        name: "another commune's volunteer",
        as: "bithu.haivan",
        input: async ({ db }) => plan(db, HAI_VAN, 11, { volunteer: await memberOf(db, HOA_XUAN, false) }),
        expect: "refused",
      },
      {
        name: "the director plans no desks",
        as: "giamdoc.haivan",
        input: ({ db }) => plan(db, HAI_VAN, 11),
        expect: "refused",
      },
      {
        name: "a provincial officer writes nothing",
        as: "tinhdoan.danang",
        input: ({ db }) => plan(db, HAI_VAN, 11),
        expect: "refused",
      },
      {
        name: "the same volunteer twice that day (double booking)",
        as: "bithu.haivan",
        input: ({ db }) => plan(db, HAI_VAN, 10),
        expect: "rejected",
      },
      { name: "the admin, any commune", as: "admin", input: ({ db }) => plan(db, HOA_XUAN, 12), expect: "ok" },
    ],
  },
  "lib/desks/actions.ts#checkDeskAction": {
    command: checkDesk,
    readOnly: "the form's live conflict check: it reads the plan and writes nothing",
    cases: [
      {
        name: "own commune",
        as: "bithu.haivan",
        input: async ({ db }) => ({ villageId: await villageOf(db, HAI_VAN), day: later(0) }),
        expect: "ok",
      },
      {
        name: "another commune's village",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ villageId: await villageOf(db, HAI_VAN), day: later(0) }),
        expect: "refused",
      },
      {
        name: "another commune's desk",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ id: (await deskOf(db, HAI_VAN)).id }),
        expect: "refused",
      },
    ],
  },
};
