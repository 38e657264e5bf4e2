import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { addDays } from "@/lib/filters/period";
import { todayInVietnam } from "@/lib/i18n/format";
import { expandSeries, spanOfMonths, weekdayOf } from "./series";
import { createDeskSeries, previewDeskSeries } from "./series-commands";

// Access-matrix cases for the recurring-series actions (docs/access-matrix.md): the same scope as
// a single desk (another commune's village or member is unknown), planners only.

const HAI_VAN = "HAI-VAN";
const HOA_XUAN = "HOA-XUAN";

async function firstOf(db: Executor, query: ReturnType<typeof sql>): Promise<string> {
  const [row] = await queryRows<{ id: number }>(db, query);
  if (!row) throw new Error("no row for an action case");
  return String(row.id);
}
const villageOf = (db: Executor, code: string) =>
  firstOf(
    db,
    sql`select v.id from villages v join communes c on c.id = v.commune_id where c.code = ${code} and v.active order by v.id desc limit 1`,
  );
const volunteerOf = (db: Executor, code: string) =>
  firstOf(
    db,
    sql`select m.id from members m join communes c on c.id = m.commune_id where c.code = ${code} and m.active and m.kind <> 'civil_servant' order by m.id limit 1`,
  );

/** A weekly series a month long, starting far after the seeded plan and the single-desk cases. */
async function series(db: Executor, code: string, offset: number, over: { village?: string; volunteer?: string } = {}) {
  const start = addDays(todayInVietnam(), 200 + offset);
  const rule = { kind: "weekly" as const, weekday: weekdayOf(start) };
  return {
    villageId: over.village ?? (await villageOf(db, code)),
    startTime: "07:30",
    endTime: "11:30",
    place: "Nhà văn hóa thôn",
    volunteerIds: [over.volunteer ?? (await volunteerOf(db, code))],
    civilServantIds: [],
    rule: "weekly",
    weekday: String(rule.weekday),
    startDay: start.split("-").reverse().join("/"),
    months: "1",
    days: expandSeries(rule, spanOfMonths(start, 1)).days.slice(0, 2),
    acceptWarnings: "on",
  };
}

export const deskSeriesActionCases: ActionRegistry = {
  "lib/desks/actions.ts#previewDeskSeriesAction": {
    command: previewDeskSeries,
    readOnly: "lists the series' days and their conflicts before saving; writes nothing",
    cases: [
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => series(db, HAI_VAN, 0), expect: "ok" },
      {
        name: "another commune's village",
        as: "bithu.hoaxuan",
        input: async ({ db }) => series(db, HOA_XUAN, 0, { village: await villageOf(db, HAI_VAN) }),
        expect: "refused",
      },
      {
        name: "the director plans no desks",
        as: "giamdoc.haivan",
        input: ({ db }) => series(db, HAI_VAN, 0),
        expect: "refused",
      },
    ],
  },
  "lib/desks/actions.ts#createDeskSeriesAction": {
    command: createDeskSeries,
    cases: [
      {
        name: "another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => series(db, HAI_VAN, 0, { village: await villageOf(db, HOA_XUAN) }),
        expect: "refused",
      },
      {
        name: "another commune's volunteer",
        as: "bithu.haivan",
        input: async ({ db }) => series(db, HAI_VAN, 0, { volunteer: await volunteerOf(db, HOA_XUAN) }),
        expect: "refused",
      },
      {
        name: "a provincial officer writes nothing",
        as: "tinhdoan.danang",
        input: ({ db }) => series(db, HAI_VAN, 0),
        expect: "refused",
      },
      {
        name: "a day the rule does not give",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await series(db, HAI_VAN, 0)), days: [addDays(todayInVietnam(), 201)] }),
        expect: "rejected",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => series(db, HAI_VAN, 0), expect: "ok" },
      { name: "the admin, any commune", as: "admin", input: ({ db }) => series(db, HOA_XUAN, 40), expect: "ok" },
    ],
  },
};
