import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { vietnamDay } from "@/lib/db/vietnam-day";

// Ids from the demo seed that support-record tests act on, looked up by commune code so tests
// don't depend on generated ids.

export interface CommuneFixture {
  communeId: number;
  villageIds: number[];
  memberIds: number[];
  /** Households no record names yet, with their village. */
  freshHouseholds: { id: number; code: string; villageId: number }[];
  /** Mobile desks held in the commune, with village and day. */
  desks: { id: number; villageId: number; day: string }[];
  recordIds: number[];
}

export async function communeFixture(db: Executor, communeCode: string): Promise<CommuneFixture> {
  const [commune] = await queryRows<{ id: number }>(db, sql`select id from communes where code = ${communeCode}`);
  if (!commune) throw new Error(`No commune ${communeCode} in the test database`);
  const communeId = Number(commune.id);
  const ids = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ id: number }>(db, query)).map((r) => Number(r.id));
  const villageIds = await ids(sql`select id from villages where commune_id = ${communeId} and active order by id`);
  const memberIds = await ids(sql`select id from members where commune_id = ${communeId} and active order by id`);
  const freshHouseholds = (
    await queryRows<{ id: number; code: string; village_id: number }>(
      db,
      sql`select h.id, h.code, h.village_id from households h
          where h.commune_id = ${communeId} and not exists (select 1 from support_records r where r.household_id = h.id)
          order by h.id limit 40`,
    )
  ).map((h) => ({ id: Number(h.id), code: h.code, villageId: Number(h.village_id) }));
  const desks = (
    await queryRows<{ id: number; village_id: number; day: string }>(
      db,
      sql`select id, village_id, (${vietnamDay(sql`starts_at`)})::text as day
          from mobile_desks where commune_id = ${communeId} and status <> 'cancelled' and starts_at < now() order by id`,
    )
  ).map((d) => ({ id: Number(d.id), villageId: Number(d.village_id), day: d.day }));
  const recordIds = await ids(sql`select id from support_records where commune_id = ${communeId} order by id limit 50`);
  return { communeId, villageIds, memberIds, freshHouseholds, desks, recordIds };
}

/** How many rows a table holds: for "nothing was written" checks. */
export async function countRows(
  db: Executor,
  table: "support_records" | "support_record_procedures" | "audit_log" | "village_daily_stats",
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`));
  return Number(row?.n ?? 0);
}
