import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createTarget, updateTarget } from "./commands";

// Access-matrix cases for the target actions (docs/access-matrix.md): a provincial officer sets
// targets for the communes of its province; another province's commune is not found to it.

async function communeId(db: Executor, code: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from communes where code = ${code}`);
  if (!row) throw new Error(`no commune ${code}`);
  return Number(row.id);
}

async function formerCommuneOf(db: Executor, code: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`select f.id from former_communes f join communes c on c.id = f.commune_id where c.code = ${code} order by f.id limit 1`,
  );
  if (!row) throw new Error(`no former commune of ${code}`);
  return Number(row.id);
}

const target = async (db: Executor, code: string, extra: Record<string, string> = {}) => ({
  communeId: String(await communeId(db, code)),
  formerCommuneId: "",
  indicator: "people_served",
  targetValue: "1.350",
  startsOn: "01/01/2026",
  dueOn: "31/12/2026",
  note: "Ma trận quyền truy cập",
  ...extra,
});

/** The newest target of a commune with its version, edited to `moveTo`'s commune (default: same). */
async function edit(db: Executor, code: string, moveTo = code) {
  const [row] = await queryRows<{ id: number; version: number }>(
    db,
    sql`select t.id, t.version from targets t join communes c on c.id = t.commune_id where c.code = ${code} order by t.id desc limit 1`,
  );
  if (!row) throw new Error(`no target in ${code}`);
  return { id: String(row.id), version: String(row.version), ...(await target(db, moveTo, { targetValue: "1.400" })) };
}

export const targetActionCases: ActionRegistry = {
  "lib/targets/actions.ts#createTargetAction": {
    command: createTarget,
    cases: [
      {
        name: "a commune of the officer's province",
        as: "tinhdoan.danang",
        input: ({ db }) => target(db, "HAI-VAN"),
        expect: "ok",
      },
      {
        name: "a commune of another province",
        as: "tinhdoan.danang",
        input: ({ db }) => target(db, "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "Đà Nẵng's commune, from Cần Thơ",
        as: "tinhdoan.cantho",
        input: ({ db }) => target(db, "HOA-XUAN"),
        expect: "refused",
      },
      {
        name: "a secretary sets no targets",
        as: "bithu.haivan",
        input: ({ db }) => target(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a director sets no targets",
        as: "giamdoc.haivan",
        input: ({ db }) => target(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a former commune of another province",
        as: "tinhdoan.danang",
        input: async ({ db }) =>
          target(db, "HAI-VAN", { formerCommuneId: String(await formerCommuneOf(db, "CAI-RANG")) }),
        expect: "rejected",
      },
      { name: "the admin, anywhere", as: "admin", input: ({ db }) => target(db, "CAI-RANG"), expect: "ok" },
    ],
  },
  "lib/targets/actions.ts#updateTargetAction": {
    command: updateTarget,
    cases: [
      {
        name: "another province's target",
        as: "tinhdoan.cantho",
        input: ({ db }) => edit(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "moved to another province's commune",
        as: "tinhdoan.danang",
        input: ({ db }) => edit(db, "HAI-VAN", "CAI-RANG"),
        expect: "refused",
      },
      {
        name: "a secretary sets no targets",
        as: "bithu.haivan",
        input: ({ db }) => edit(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "in the officer's province",
        as: "tinhdoan.danang",
        input: ({ db }) => edit(db, "HAI-VAN"),
        expect: "ok",
      },
      {
        name: "a stale version",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ ...(await edit(db, "HAI-VAN")), version: "1" }),
        expect: "rejected",
      },
    ],
  },
};
