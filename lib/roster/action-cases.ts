import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createEntry, deleteEntry, recordLeave, swapEntries, updateEntry } from "./commands";
import { generateForPeriod } from "./generate";

// Access-matrix cases for the roster actions (docs/access-matrix.md): the center director writes
// its own commune's roster; the secretary and the provincial officer only read; another
// commune's center, entry or member is not found.

const one = async <T extends Record<string, unknown>>(db: Executor, query: ReturnType<typeof sql>) => {
  const [row] = await queryRows<T>(db, query);
  if (!row) throw new Error("no row for the case");
  return row;
};
const centerOf = (db: Executor, code: string) =>
  one<{ id: number }>(
    db,
    sql`select s.id from service_centers s join communes c on c.id = s.commune_id where c.code = ${code} order by s.id limit 1`,
  );
const memberOf = (db: Executor, code: string) =>
  one<{ id: number }>(
    db,
    sql`select m.id from members m join communes c on c.id = m.commune_id where c.code = ${code} and m.active and m.kind <> 'civil_servant' order by m.id limit 1`,
  );
/** The commune's latest roster entries (two of them, on different days and members, for a swap). */
const entriesOf = (db: Executor, code: string) =>
  queryRows<{ id: number; version: number; day: string; shift: string; member_id: number }>(
    db,
    sql`select e.id, e.version, e.day::text as day, e.shift, e.member_id from duty_roster_entries e join communes c on c.id = e.commune_id where c.code = ${code} order by e.day desc, e.id desc limit 40`,
  );
const period = { from: "2027-03-01", to: "2027-03-31", mode: "pool", perDay: "2", saturday: "0", sunday: "0" };
const generate = async (db: Executor, code: string) => ({ centerId: String((await centerOf(db, code)).id), ...period });
const edit = async (db: Executor, code: string) => {
  const [e] = await entriesOf(db, code);
  return {
    id: String(e!.id),
    version: String(e!.version),
    day: e!.day,
    shift: e!.shift,
    memberId: String(e!.member_id),
    task: "Tra cứu mã hồ sơ",
  };
};
const swap = async (db: Executor, code: string) => {
  const rows = await entriesOf(db, code);
  const a = rows[0]!;
  const b = rows.find(
    (r) =>
      r.day !== a.day &&
      r.member_id !== a.member_id &&
      !rows.some(
        (x) => (x.day === a.day && x.member_id === r.member_id) || (x.day === r.day && x.member_id === a.member_id),
      ),
  )!;
  return { firstId: a.id, firstVersion: a.version, secondId: b.id, secondVersion: b.version };
};
const entry = async (db: Executor, centerCode: string, memberCode = centerCode) => ({
  centerId: String((await centerOf(db, centerCode)).id),
  day: "2027-04-05",
  shift: "afternoon",
  memberId: String((await memberOf(db, memberCode)).id),
  task: "",
});
const leave = async (db: Executor, code: string) => ({
  memberId: String((await memberOf(db, code)).id),
  from: "2027-05-03",
  to: "2027-05-07",
  reason: "Thi học kỳ",
});

export const rosterActionCases: ActionRegistry = {
  "lib/roster/actions.ts#generateRosterAction": {
    command: generateForPeriod,
    cases: [
      {
        name: "the director, own center",
        as: "giamdoc.haivan",
        input: ({ db }) => generate(db, "HAI-VAN"),
        expect: "ok",
      },
      {
        name: "the director, another commune's center",
        as: "giamdoc.haivan",
        input: ({ db }) => generate(db, "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "a secretary reads only",
        as: "bithu.haivan",
        input: ({ db }) => generate(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a provincial officer reads only",
        as: "tinhdoan.danang",
        input: ({ db }) => generate(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a period longer than a quarter",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await generate(db, "HAI-VAN")), to: "2027-12-31" }),
        expect: "rejected",
      },
      { name: "the admin, any center", as: "admin", input: ({ db }) => generate(db, "CAI-RANG"), expect: "ok" },
    ],
  },
  "lib/roster/actions.ts#createRosterEntryAction": {
    command: createEntry,
    cases: [
      {
        name: "another commune's member",
        as: "giamdoc.haivan",
        input: ({ db }) => entry(db, "HAI-VAN", "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "another commune's center",
        as: "giamdoc.haivan",
        input: ({ db }) => entry(db, "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "a secretary reads only",
        as: "bithu.haivan",
        input: ({ db }) => entry(db, "HAI-VAN"),
        expect: "refused",
      },
      { name: "the director, own center", as: "giamdoc.haivan", input: ({ db }) => entry(db, "HAI-VAN"), expect: "ok" },
    ],
  },
  "lib/roster/actions.ts#updateRosterEntryAction": {
    command: updateEntry,
    cases: [
      {
        name: "another commune's entry",
        as: "giamdoc.haivan",
        input: ({ db }) => edit(db, "CAI-RANG"),
        expect: "refused",
      },
      { name: "a secretary reads only", as: "bithu.haivan", input: ({ db }) => edit(db, "HAI-VAN"), expect: "refused" },
      { name: "the director, own entry", as: "giamdoc.haivan", input: ({ db }) => edit(db, "HAI-VAN"), expect: "ok" },
      {
        name: "a stale version",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await edit(db, "HAI-VAN")), version: "999" }),
        expect: "rejected",
      },
    ],
  },
  "lib/roster/actions.ts#deleteRosterEntryAction": {
    command: deleteEntry,
    cases: [
      {
        name: "another commune's entry",
        as: "giamdoc.haivan",
        input: ({ db }) => edit(db, "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "a provincial officer reads only",
        as: "tinhdoan.danang",
        input: ({ db }) => edit(db, "HAI-VAN"),
        expect: "refused",
      },
      { name: "the director, own entry", as: "giamdoc.haivan", input: ({ db }) => edit(db, "HAI-VAN"), expect: "ok" },
    ],
  },
  "lib/roster/actions.ts#recordLeaveAction": {
    command: recordLeave,
    cases: [
      {
        name: "another commune's member",
        as: "giamdoc.haivan",
        input: ({ db }) => leave(db, "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "a secretary reads only",
        as: "bithu.haivan",
        input: ({ db }) => leave(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "to before from",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await leave(db, "HAI-VAN")), to: "2027-05-01" }),
        expect: "rejected",
      },
      { name: "the director, own member", as: "giamdoc.haivan", input: ({ db }) => leave(db, "HAI-VAN"), expect: "ok" },
    ],
  },
  "lib/roster/actions.ts#swapRosterEntriesAction": {
    command: swapEntries,
    cases: [
      {
        name: "another commune's entries",
        as: "giamdoc.haivan",
        input: ({ db }) => swap(db, "CAI-RANG"),
        expect: "refused",
      },
      { name: "a secretary reads only", as: "bithu.haivan", input: ({ db }) => swap(db, "HAI-VAN"), expect: "refused" },
      { name: "the director, own entries", as: "giamdoc.haivan", input: ({ db }) => swap(db, "HAI-VAN"), expect: "ok" },
    ],
  },
};
