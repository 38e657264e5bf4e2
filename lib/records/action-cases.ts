import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import { notFound } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database, Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { communeFixture } from "@/lib/testing/support-fixtures";
import { createSupportRecord, deleteSupportRecord, updateSupportRecord } from "./commands";
import { householdByCode } from "./queries";
import type { Channel } from "./schemas";

// Access-matrix cases for the support-record actions (docs/access-matrix.md). Ids come from the
// seeded demo by commune code; "another commune" means an id of that commune in the input.

const HAI_VAN = "HAI-VAN";
const HOA_XUAN = "HOA-XUAN";

/** A valid record of `villageOf`'s first village, named by `memberOf`'s first volunteer. */
async function record(db: Executor, channel: Channel, villageOf = HAI_VAN, memberOf = villageOf) {
  const place = await communeFixture(db, villageOf);
  const staff = memberOf === villageOf ? place : await communeFixture(db, memberOf);
  return {
    servedOn: "2025-06-02",
    channel,
    villageId: String(place.villageIds[0]),
    memberId: String(staff.memberIds[0]),
    peopleServed: "3",
    householdsServed: "1",
    eidActivated: "2",
    note: "Ma trận quyền truy cập",
  };
}

/** The newest record of a commune on a channel (the cases below create their own first), as an edit names it. */
async function recordOf(db: Executor, communeCode: string, channel: Channel): Promise<{ id: string; version: string }> {
  const [row] = await queryRows<{ id: number; version: number }>(
    db,
    sql`select r.id, r.version from support_records r join communes c on c.id = r.commune_id
        where c.code = ${communeCode} and r.channel = ${channel} order by r.id desc limit 1`,
  );
  if (!row) throw new Error(`no ${channel} record in ${communeCode}`);
  return { id: String(row.id), version: String(row.version) };
}

const edit = async (db: Executor, communeCode: string, channel: Channel, as = channel, villageOf = communeCode) => ({
  ...(await recordOf(db, communeCode, channel)),
  ...(await record(db, as, villageOf)),
  peopleServed: "4",
});

async function householdCodeOf(db: Executor, communeCode: string): Promise<string> {
  const [row] = await queryRows<{ code: string }>(
    db,
    sql`select h.code from households h join communes c on c.id = h.commune_id where c.code = ${communeCode} order by h.id limit 1`,
  );
  if (!row) throw new Error(`no household in ${communeCode}`);
  return row.code;
}

/**
 * lookupHouseholdAction reads through householdByCode (scoped by the viewer's commune) and returns
 * null for a code it may not see; as a case "command", null is a refusal.
 */
const lookup = {
  async householdByCode(db: Database, viewer: Viewer, input: { code: string }) {
    const found = await householdByCode(viewer, input.code, db);
    if (!found) throw notFound();
    return found;
  },
}.householdByCode;

export const supportActionCases: ActionRegistry = {
  "lib/records/actions.ts#createRecordAction": {
    command: createSupportRecord,
    cases: [
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => record(db, "door_to_door"), expect: "ok" },
      { name: "director at the center", as: "giamdoc.haivan", input: ({ db }) => record(db, "center"), expect: "ok" },
      {
        name: "director outside the center",
        as: "giamdoc.haivan",
        input: ({ db }) => record(db, "door_to_door"),
        expect: "refused",
      },
      {
        name: "another commune's village and volunteer",
        as: "bithu.haivan",
        input: ({ db }) => record(db, "door_to_door", HOA_XUAN),
        expect: "refused",
      },
      {
        name: "another commune's volunteer",
        as: "bithu.haivan",
        input: ({ db }) => record(db, "door_to_door", HAI_VAN, HOA_XUAN),
        expect: "refused",
      },
      {
        name: "director, another commune's center",
        as: "giamdoc.haivan",
        input: ({ db }) => record(db, "center", HOA_XUAN),
        expect: "refused",
      },
      {
        name: "provincial officer writes no records",
        as: "tinhdoan.danang",
        input: ({ db }) => record(db, "door_to_door"),
        expect: "refused",
      },
      {
        name: "no people served",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await record(db, "door_to_door")), peopleServed: "0" }),
        expect: "rejected",
      },
    ],
  },
  "lib/records/actions.ts#updateRecordAction": {
    command: updateSupportRecord,
    cases: [
      {
        name: "another commune's record",
        as: "bithu.hoaxuan",
        input: ({ db }) => edit(db, HAI_VAN, "door_to_door", "door_to_door", HOA_XUAN),
        expect: "refused",
      },
      {
        name: "moved into another commune's village",
        as: "bithu.haivan",
        input: ({ db }) => edit(db, HAI_VAN, "door_to_door", "door_to_door", HOA_XUAN),
        expect: "refused",
      },
      {
        name: "director edits a door-to-door record",
        as: "giamdoc.haivan",
        input: ({ db }) => edit(db, HAI_VAN, "door_to_door", "center"),
        expect: "refused",
      },
      {
        name: "provincial officer",
        as: "tinhdoan.danang",
        input: ({ db }) => edit(db, HAI_VAN, "door_to_door"),
        expect: "refused",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => edit(db, HAI_VAN, "door_to_door"), expect: "ok" },
      {
        name: "director, a center record",
        as: "giamdoc.haivan",
        input: ({ db }) => edit(db, HAI_VAN, "center"),
        expect: "ok",
      },
    ],
  },
  "lib/records/actions.ts#deleteRecordAction": {
    command: deleteSupportRecord,
    cases: [
      {
        name: "another commune's record",
        as: "bithu.hoaxuan",
        input: ({ db }) => recordOf(db, HAI_VAN, "door_to_door"),
        expect: "refused",
      },
      {
        name: "another province's record",
        as: "tinhdoan.cantho",
        input: ({ db }) => recordOf(db, HAI_VAN, "door_to_door"),
        expect: "refused",
      },
      {
        name: "director, a door-to-door record",
        as: "giamdoc.haivan",
        input: ({ db }) => recordOf(db, HAI_VAN, "door_to_door"),
        expect: "refused",
      },
      {
        name: "own commune",
        as: "bithu.haivan",
        input: ({ db }) => recordOf(db, HAI_VAN, "door_to_door"),
        expect: "ok",
      },
    ],
  },
  "lib/records/actions.ts#lookupHouseholdAction": {
    command: lookup,
    readOnly: "looks a household up by code for the entry form; it changes nothing",
    cases: [
      {
        name: "own commune's household",
        as: "bithu.haivan",
        input: async ({ db }) => ({ code: await householdCodeOf(db, HAI_VAN) }),
        expect: "ok",
      },
      {
        name: "another commune's household",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ code: await householdCodeOf(db, HAI_VAN) }),
        expect: "refused",
      },
      {
        name: "another province's household",
        as: "tinhdoan.cantho",
        input: async ({ db }) => ({ code: await householdCodeOf(db, HAI_VAN) }),
        expect: "refused",
      },
    ],
  },
};
