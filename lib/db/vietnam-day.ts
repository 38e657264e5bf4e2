import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { timeZone } from "@/lib/i18n/config";

/**
 * The calendar day in Vietnam of a timestamptz (a desk's start): `(column at time zone …)::date`.
 * The zone is written into the SQL text rather than bound, so the same expression in a SELECT and
 * its GROUP BY or WHERE stays one expression to PostgreSQL.
 */
export function vietnamDay(column: AnyColumn | SQL): SQL {
  return sql`(${column} at time zone ${sql.raw(`'${timeZone}'`)})::date`;
}
