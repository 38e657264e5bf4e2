import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { counterColumns } from "@/lib/db/schema";

// For tests of anything that writes support records: the rollups must equal what a full
// recomputation from the raw support_records gives. Rows the incremental updates leave at zero
// are equivalent to absent rows; a negative or extra count is a drift.

export interface RollupDrift {
  table: "village_daily_stats" | "village_procedure_daily_stats" | "village_daily_reach" | "households.first_reached_on";
  key: string;
  expected: string;
  actual: string;
}

const counters = counterColumns.join(", ");
const sums = counterColumns.map((c) => `sum(${c})::int as ${c}`).join(", ");
const nonZero = counterColumns.map((c) => `${c} <> 0`).join(" or ");

/** Compares two keyed listings; rows only in one side count as drift. */
function compare(table: RollupDrift["table"], expected: Map<string, string>, actual: Map<string, string>): RollupDrift[] {
  const drift: RollupDrift[] = [];
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    const e = expected.get(key) ?? "absent";
    const a = actual.get(key) ?? "absent";
    if (e !== a) drift.push({ table, key, expected: e, actual: a });
  }
  return drift;
}

async function keyed(db: Executor, query: string, keyColumns: string[]): Promise<Map<string, string>> {
  const rows = await queryRows<Record<string, unknown>>(db, sql.raw(query));
  const out = new Map<string, string>();
  for (const row of rows) {
    const key = keyColumns.map((k) => String(row[k])).join("|");
    const value = Object.entries(row)
      .filter(([k]) => !keyColumns.includes(k))
      .map(([k, v]) => `${k}=${Number(v)}`)
      .join(",");
    out.set(key, value);
  }
  return out;
}

/** Every difference between the rollups and a recomputation from raw records (empty = exact). */
export async function rollupDrift(db: Executor): Promise<RollupDrift[]> {
  const statsKey = ["village_id", "commune_id", "day", "channel"];
  const expectedStats = await keyed(
    db,
    `select village_id, commune_id, served_on::text as day, channel::text as channel, count(*)::int as records, ${sums}
     from support_records group by 1, 2, 3, 4`,
    statsKey,
  );
  const actualStats = await keyed(
    db,
    `select village_id, commune_id, day::text as day, channel::text as channel, records, ${counters}
     from village_daily_stats where records <> 0 or ${nonZero}`,
    statsKey,
  );

  const procKey = ["village_id", "commune_id", "day", "procedure_code"];
  const expectedProcedures = await keyed(
    db,
    `select r.village_id, r.commune_id, r.served_on::text as day, p.procedure_code, count(*)::int as records
     from support_records r join support_record_procedures p on p.record_id = r.id group by 1, 2, 3, 4`,
    procKey,
  );
  const actualProcedures = await keyed(
    db,
    `select village_id, commune_id, day::text as day, procedure_code, records
     from village_procedure_daily_stats where records <> 0`,
    procKey,
  );

  // A household counts once, on the day of its earliest record, in its own village.
  const reachKey = ["village_id", "commune_id", "day"];
  const expectedReach = await keyed(
    db,
    `select h.village_id, h.commune_id, f.day::text as day, count(*)::int as households
     from households h join (select household_id, min(served_on) as day from support_records
                             where household_id is not null group by household_id) f on f.household_id = h.id
     group by 1, 2, 3`,
    reachKey,
  );
  const actualReach = await keyed(
    db,
    `select village_id, commune_id, day::text as day, households_first_reached as households
     from village_daily_reach where households_first_reached <> 0`,
    reachKey,
  );

  const firstReach = await queryRows<{ id: number; stored: string | null; expected: string | null }>(
    db,
    sql`select h.id, h.first_reached_on::text as stored,
               (select min(r.served_on)::text from support_records r where r.household_id = h.id) as expected
        from households h`,
  );
  const householdDrift: RollupDrift[] = firstReach
    .filter((h) => h.stored !== h.expected)
    .map((h) => ({ table: "households.first_reached_on", key: String(h.id), expected: String(h.expected), actual: String(h.stored) }));

  return [
    ...compare("village_daily_stats", expectedStats, actualStats),
    ...compare("village_procedure_daily_stats", expectedProcedures, actualProcedures),
    ...compare("village_daily_reach", expectedReach, actualReach),
    ...householdDrift,
  ];
}

/** Throws with the first differences when the rollups are not exact. */
export async function expectRollupsExact(db: Executor): Promise<void> {
  const drift = await rollupDrift(db);
  if (drift.length > 0) {
    const sample = drift.slice(0, 5).map((d) => `${d.table} [${d.key}] expected ${d.expected}, got ${d.actual}`);
    throw new Error(`Rollups drifted from raw support_records (${drift.length} differences):\n${sample.join("\n")}`);
  }
}
