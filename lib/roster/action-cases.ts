import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { viewerFor } from "@/lib/testing/viewers";
import { createEntry, deleteEntry, recordLeave, swapEntries, updateEntry } from "./commands";
import { generateForPeriod } from "./generate";
import { acceptSwap, declineSwap, proposeSwap, withdrawSwap } from "./swap-requests";

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
const propose = async (db: Executor, code: string) => ({ ...(await swap(db, code)), reason: "Đoàn viên bận thi" });
/** The Hải Vân secretary's oldest pending proposal, made first when there is none. */
const pending = async (db: Executor) => {
  const [row] = await queryRows<{ id: number; version: number }>(
    db,
    sql`select r.id, r.version from roster_swap_requests r join communes c on c.id = r.commune_id where c.code = 'HAI-VAN' and r.status = 'pending' order by r.id limit 1`,
  );
  if (row) return { id: String(row.id), version: String(row.version) };
  const made = await proposeSwap(db as never, await viewerFor(db, "bithu.haivan"), await propose(db, "HAI-VAN"));
  return { id: String(made.id), version: String(made.version) };
};
/** A pending proposal of Cái Răng's center, written as a fixture (its entries may be past). */
const foreignPending = async (db: Executor) => {
  const [a, b] = await entriesOf(db, "CAI-RANG");
  const [row] = await queryRows<{ id: number; version: number }>(
    db,
    sql`insert into roster_swap_requests (commune_id, service_center_id, first_entry_id, first_version, second_entry_id, second_version, reason)
        select e.commune_id, e.service_center_id, ${a!.id}, ${a!.version}, ${b!.id}, ${b!.version}, 'Đề xuất của xã khác'
        from duty_roster_entries e where e.id = ${a!.id} returning id, version`,
  );
  return { id: String(row!.id), version: String(row!.version) };
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
  "lib/roster/actions.ts#proposeRosterSwapAction": {
    command: proposeSwap,
    cases: [
      {
        name: "another commune's entries",
        as: "bithu.haivan",
        input: ({ db }) => propose(db, "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "a provincial officer writes nothing",
        as: "tinhdoan.danang",
        input: ({ db }) => propose(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "no reason",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await propose(db, "HAI-VAN")), reason: " " }),
        expect: "rejected",
      },
      {
        name: "the secretary, own center",
        as: "bithu.haivan",
        input: ({ db }) => propose(db, "HAI-VAN"),
        expect: "ok",
      },
    ],
  },
  "lib/roster/actions.ts#acceptRosterSwapAction": {
    command: acceptSwap,
    cases: [
      {
        name: "a secretary cannot apply a swap",
        as: "bithu.haivan",
        input: ({ db }) => pending(db),
        expect: "refused",
      },
      {
        name: "a provincial officer writes nothing",
        as: "tinhdoan.danang",
        input: ({ db }) => pending(db),
        expect: "refused",
      },
      {
        name: "another commune's proposal",
        as: "giamdoc.haivan",
        input: ({ db }) => foreignPending(db),
        expect: "refused",
      },
      { name: "the director, own center", as: "giamdoc.haivan", input: ({ db }) => pending(db), expect: "ok" },
    ],
  },
  "lib/roster/actions.ts#declineRosterSwapAction": {
    command: declineSwap,
    cases: [
      {
        name: "a secretary cannot decide",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await pending(db)), note: "Không" }),
        expect: "refused",
      },
      {
        name: "no note",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await pending(db)), note: "" }),
        expect: "rejected",
      },
      {
        name: "the director, own center",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ ...(await pending(db)), note: "Tuần đó đã đủ người" }),
        expect: "ok",
      },
    ],
  },
  "lib/roster/actions.ts#withdrawRosterSwapAction": {
    command: withdrawSwap,
    cases: [
      {
        name: "the director did not propose it",
        as: "giamdoc.haivan",
        input: ({ db }) => pending(db),
        expect: "refused",
      },
      {
        name: "another commune's secretary",
        as: "bithu.cairang",
        input: ({ db }) => pending(db),
        expect: "refused",
      },
      { name: "the proposer, while pending", as: "bithu.haivan", input: ({ db }) => pending(db), expect: "ok" },
    ],
  },
};
