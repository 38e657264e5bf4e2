import { sql } from "drizzle-orm";
import { counterColumns } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

// Recomputes the rollups from raw support records and counts the rows where they disagree.
// All zeros means the dashboards' numbers are exact. Used by the seed's tests; cheap enough to run
// as a repair check on a province-size database.

export interface RollupDiscrepancies {
  /** village × day × channel rows of village_daily_stats that differ from the records. */
  dailyStats: number;
  /** village × day × procedure rows of village_procedure_daily_stats that differ. */
  procedureStats: number;
  /** village × day rows of village_daily_reach that differ from households' first contact. */
  reach: number;
  /** households whose first_reached_on is not the day of their first record. */
  firstReachedOn: number;
}

const sums = sql.raw(counterColumns.map((c) => `sum(${c})::bigint`).join(", "));
const cols = sql.raw(counterColumns.map((c) => `${c}::bigint`).join(", "));
const nonZero = sql.raw(["records", ...counterColumns].map((c) => `${c} <> 0`).join(" or "));

const symmetricDifference = (a: ReturnType<typeof sql>, b: ReturnType<typeof sql>) => sql`
  select count(*)::int as n from ((${a} except all ${b}) union all (${b} except all ${a})) d`;

async function count(db: Executor, query: ReturnType<typeof sql>): Promise<number> {
  return Number((await queryRows<{ n: number }>(db, query))[0]?.n ?? 0);
}

export async function rollupDiscrepancies(db: Executor): Promise<RollupDiscrepancies> {
  const firstContact = sql`
    select h.id, h.village_id, h.commune_id, h.first_reached_on, min(r.served_on) as day
    from households h join support_records r on r.household_id = h.id
    group by h.id, h.village_id, h.commune_id, h.first_reached_on`;
  return {
    dailyStats: await count(
      db,
      symmetricDifference(
        sql`select village_id, commune_id, served_on, channel::text, count(*)::bigint, ${sums}
            from support_records group by village_id, commune_id, served_on, channel`,
        sql`select village_id, commune_id, day, channel::text, records::bigint, ${cols}
            from village_daily_stats where ${nonZero}`,
      ),
    ),
    procedureStats: await count(
      db,
      symmetricDifference(
        sql`select r.village_id, r.commune_id, r.served_on, p.procedure_code, count(*)::bigint
            from support_records r join support_record_procedures p on p.record_id = r.id
            group by r.village_id, r.commune_id, r.served_on, p.procedure_code`,
        sql`select village_id, commune_id, day, procedure_code, records::bigint
            from village_procedure_daily_stats where records <> 0`,
      ),
    ),
    reach: await count(
      db,
      symmetricDifference(
        sql`select village_id, commune_id, day, count(*)::bigint from (${firstContact}) f group by village_id, commune_id, day`,
        sql`select village_id, commune_id, day, households_first_reached::bigint
            from village_daily_reach where households_first_reached <> 0`,
      ),
    ),
    firstReachedOn: await count(
      db,
      sql`select count(*)::int as n from households h
          left join (select household_id, min(served_on) as day from support_records
                     where household_id is not null group by household_id) f on f.household_id = h.id
          where h.first_reached_on is distinct from f.day`,
    ),
  };
}
