import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { counterColumns } from "@/lib/db/schema";

// For tests of anything that writes support records or households (forms, imports, seeds): the
// rollups and the household counters must equal what a full recomputation from the raw
// support_records and households gives. Rows the incremental
// updates leave at zero are equivalent to absent rows; a negative, missing or extra count is drift.
// The comparison runs in SQL (expected EXCEPT actual, and back) so only differences travel.

export interface RollupDrift {
  table:
    | "village_daily_stats"
    | "village_procedure_daily_stats"
    | "village_daily_reach"
    | "commune_daily_stats"
    | "commune_daily_reach"
    | "commune_procedure_daily_stats"
    | "village_household_counts"
    | "member_household_counts"
    | "households.first_reached_on";
  /** "expected" rows are missing from the rollup; "actual" rows are in it but should not be. */
  side: "expected" | "actual";
  row: Record<string, unknown>;
}

const counters = counterColumns.join(", ");
const sums = counterColumns.map((c) => `sum(${c})::int as ${c}`).join(", ");
const nonZero = counterColumns.map((c) => `${c} <> 0`).join(" or ");

async function difference(
  db: Executor,
  table: RollupDrift["table"],
  expected: string,
  actual: string,
): Promise<RollupDrift[]> {
  const rows = await queryRows<Record<string, unknown> & { side: "expected" | "actual" }>(
    db,
    sql.raw(`(select 'expected' as side, * from ((${expected}) except (${actual})) e)
             union all
             (select 'actual' as side, * from ((${actual}) except (${expected})) a)`),
  );
  return rows.map(({ side, ...row }) => ({ table, side, row }));
}

/** Every difference between the rollups and a recomputation from raw records (empty = exact). */
export async function rollupDrift(db: Executor): Promise<RollupDrift[]> {
  const stats = await difference(
    db,
    "village_daily_stats",
    `select village_id, commune_id, served_on as day, channel, count(*)::int as records, ${sums}
     from support_records group by 1, 2, 3, 4`,
    `select village_id, commune_id, day, channel, records, ${counters}
     from village_daily_stats where records <> 0 or ${nonZero}`,
  );
  const procedures = await difference(
    db,
    "village_procedure_daily_stats",
    `select r.village_id, r.commune_id, r.served_on as day, p.procedure_code, count(*)::int as records
     from support_records r join support_record_procedures p on p.record_id = r.id group by 1, 2, 3, 4`,
    `select village_id, commune_id, day, procedure_code, records
     from village_procedure_daily_stats where records <> 0`,
  );
  // A household counts once, on the day of its earliest record, in its own village.
  const firstDays = `select household_id, min(served_on) as day from support_records
                     where household_id is not null group by household_id`;
  const reach = await difference(
    db,
    "village_daily_reach",
    `select h.village_id, h.commune_id, f.day, count(*)::int as households
     from households h join (${firstDays}) f on f.household_id = h.id group by 1, 2, 3`,
    `select village_id, commune_id, day, households_first_reached as households
     from village_daily_reach where households_first_reached <> 0`,
  );
  const communeStats = await difference(
    db,
    "commune_daily_stats",
    `select commune_id, served_on as day, channel, count(*)::int as records, ${sums}
     from support_records group by 1, 2, 3`,
    `select commune_id, day, channel, records, ${counters}
     from commune_daily_stats where records <> 0 or ${nonZero}`,
  );
  const communeReach = await difference(
    db,
    "commune_daily_reach",
    `select h.commune_id, f.day, count(*)::int as households
     from households h join (${firstDays}) f on f.household_id = h.id group by 1, 2`,
    `select commune_id, day, households_first_reached as households
     from commune_daily_reach where households_first_reached <> 0`,
  );
  const communeProcedures = await difference(
    db,
    "commune_procedure_daily_stats",
    `select r.commune_id, r.served_on as day, p.procedure_code, count(*)::int as records
     from support_records r join support_record_procedures p on p.record_id = r.id group by 1, 2, 3`,
    `select commune_id, day, procedure_code, records
     from commune_procedure_daily_stats where records <> 0`,
  );
  // Household counters: rows at zero are equivalent to absent ones, as for the rollups.
  const villageCounts = await difference(
    db,
    "village_household_counts",
    `select village_id, commune_id, count(*)::int as households, (count(*) filter (where has_proficient_member))::int as proficient,
            count(assigned_member_id)::int as assigned, count(distinct assigned_member_id)::int as volunteers
     from households group by 1, 2`,
    `select village_id, commune_id, households, proficient, assigned, volunteers from village_household_counts where households <> 0`,
  );
  const memberCounts = await difference(
    db,
    "member_household_counts",
    `select assigned_member_id as member_id, commune_id, count(*)::int as households
     from households where assigned_member_id is not null group by 1, 2`,
    `select member_id, commune_id, households from member_household_counts where households <> 0`,
  );
  const households = await difference(
    db,
    "households.first_reached_on",
    `select h.id, f.day from households h left join (${firstDays}) f on f.household_id = h.id`,
    `select id, first_reached_on as day from households`,
  );
  return [
    ...stats,
    ...procedures,
    ...reach,
    ...communeStats,
    ...communeReach,
    ...communeProcedures,
    ...villageCounts,
    ...memberCounts,
    ...households,
  ];
}

/** Throws with the first differences when the rollups are not exact. */
export async function expectRollupsExact(db: Executor): Promise<void> {
  const drift = await rollupDrift(db);
  if (drift.length > 0) {
    const sample = drift.slice(0, 6).map((d) => `${d.table} (${d.side}): ${JSON.stringify(d.row)}`);
    throw new Error(`Rollups drifted from raw support_records (${drift.length} rows differ):\n${sample.join("\n")}`);
  }
}
