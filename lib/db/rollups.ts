import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { recountHouseholdsWhere } from "@/lib/db/household-counts";
import { counterColumns } from "@/lib/db/schema";

// Keeps the dashboards' rollups exact: village × day (village_daily_stats, …_procedure_…, …_reach)
// and the same per commune × day (commune_daily_stats, commune_procedure_daily_stats,
// commune_daily_reach) that the provincial views sum. Call inside the transaction that writes support records:
//   insert:  write rows, then applyToRollup(tx, where, +1), then refreshFirstReach(tx, households)
//   update:  applyToRollup(old, -1), update, applyToRollup(new, +1), refreshFirstReach(old ∪ new)
//   delete:  applyToRollup(where, -1), delete, refreshFirstReach(households)
// `where` is a condition on support_records aliased `r`.

/** A `where` fragment selecting support records by id. Ids are integers, so inlining is safe. */
export function recordsWithIds(ids: readonly number[]): SQL {
  if (ids.length === 0) return sql`false`;
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`Invalid record id ${id}`);
  return sql.raw(`r.id = any('{${ids.join(",")}}'::bigint[])`);
}

const sums = (sign: 1 | -1) => sql.raw(counterColumns.map((c) => `${sign} * coalesce(sum(r.${c}), 0)`).join(", "));
const counterList = sql.raw(counterColumns.join(", "));
const addExcluded = sql.raw(counterColumns.map((c) => `${c} = village_daily_stats.${c} + excluded.${c}`).join(", "));

const addExcludedCommune = sql.raw(
  counterColumns.map((c) => `${c} = commune_daily_stats.${c} + excluded.${c}`).join(", "),
);

const subtractDerived = sql.raw(counterColumns.map((c) => `${c} = v.${c} - d.${c}`).join(", "));
const derivedSums = sql.raw(counterColumns.map((c) => `coalesce(sum(r.${c}), 0) as ${c}`).join(", "));

/** Adds (sign 1) or removes (sign -1) the matching records' counters to/from the rollups. */
export async function applyToRollup(tx: Executor, where: SQL, sign: 1 | -1): Promise<void> {
  if (sign === -1) {
    // Removing must be an UPDATE: PostgreSQL checks CHECK constraints (records >= 0) on the row
    // INSERT … ON CONFLICT proposes before it sees the conflict, so a negative "insert" fails even
    // when it would only have been added to an existing row. The rows exist: the rollup is exact.
    await tx.execute(sql`
      update village_daily_stats v set records = v.records - d.records, ${subtractDerived}
      from (select r.village_id, r.served_on, r.channel, count(*) as records, ${derivedSums}
            from support_records r where ${where}
            group by r.village_id, r.served_on, r.channel) d
      where v.village_id = d.village_id and v.day = d.served_on and v.channel = d.channel`);
    await tx.execute(sql`
      update commune_daily_stats v set records = v.records - d.records, ${subtractDerived}
      from (select r.commune_id, r.served_on, r.channel, count(*) as records, ${derivedSums}
            from support_records r where ${where}
            group by r.commune_id, r.served_on, r.channel) d
      where v.commune_id = d.commune_id and v.day = d.served_on and v.channel = d.channel`);
    for (const level of procedureLevels) await subtractProcedures(tx, level, where);
    // Rows emptied this way go, so "as of" dates and day counts don't see days with nothing left.
    await tx.execute(sql`
      delete from village_daily_stats v using (select distinct r.village_id, r.served_on, r.channel from support_records r where ${where}) d
      where v.village_id = d.village_id and v.day = d.served_on and v.channel = d.channel and v.records = 0`);
    await tx.execute(sql`
      delete from commune_daily_stats v using (select distinct r.commune_id, r.served_on, r.channel from support_records r where ${where}) d
      where v.commune_id = d.commune_id and v.day = d.served_on and v.channel = d.channel and v.records = 0`);
    return;
  }
  await tx.execute(sql`
    insert into village_daily_stats (village_id, commune_id, day, channel, records, ${counterList})
    select r.village_id, r.commune_id, r.served_on, r.channel, count(*), ${sums(1)}
    from support_records r
    where ${where}
    group by r.village_id, r.commune_id, r.served_on, r.channel
    on conflict (village_id, day, channel) do update
      set records = village_daily_stats.records + excluded.records, ${addExcluded}`);
  await tx.execute(sql`
    insert into commune_daily_stats (commune_id, day, channel, records, ${counterList})
    select r.commune_id, r.served_on, r.channel, count(*), ${sums(1)}
    from support_records r
    where ${where}
    group by r.commune_id, r.served_on, r.channel
    on conflict (commune_id, day, channel) do update
      set records = commune_daily_stats.records + excluded.records, ${addExcludedCommune}`);
  for (const level of procedureLevels) await addProcedures(tx, level, where);
}

// The procedure rollups per village and per commune: the same rows at two levels, `key` naming
// the level's column (the village level also carries its commune).
const procedureLevels = [
  { table: "village_procedure_daily_stats", key: "village_id", columns: "village_id, commune_id" },
  { table: "commune_procedure_daily_stats", key: "commune_id", columns: "commune_id" },
] as const;
type ProcedureLevel = (typeof procedureLevels)[number];

/** Takes the matching records' procedures off one level, dropping the rows left at zero. */
async function subtractProcedures(tx: Executor, level: ProcedureLevel, where: SQL): Promise<void> {
  const [table, key] = [sql.raw(level.table), sql.raw(level.key)];
  await tx.execute(sql`
    update ${table} v set records = v.records - d.records
    from (select r.${key}, r.served_on, p.procedure_code, count(*) as records
          from support_records r join support_record_procedures p on p.record_id = r.id
          where ${where}
          group by r.${key}, r.served_on, p.procedure_code) d
    where v.${key} = d.${key} and v.day = d.served_on and v.procedure_code = d.procedure_code`);
  await tx.execute(sql`
    delete from ${table} v
    using (select distinct r.${key}, r.served_on, p.procedure_code from support_records r
           join support_record_procedures p on p.record_id = r.id where ${where}) d
    where v.${key} = d.${key} and v.day = d.served_on and v.procedure_code = d.procedure_code and v.records = 0`);
}

/** Adds the matching records' procedures to one level. */
async function addProcedures(tx: Executor, level: ProcedureLevel, where: SQL): Promise<void> {
  const [table, key, columns] = [sql.raw(level.table), sql.raw(level.key), sql.raw(level.columns)];
  const selected = sql.raw(
    level.columns
      .split(", ")
      .map((c) => `r.${c}`)
      .join(", "),
  );
  await tx.execute(sql`
    insert into ${table} (${columns}, day, procedure_code, records)
    select ${selected}, r.served_on, p.procedure_code, count(*)
    from support_records r
    join support_record_procedures p on p.record_id = r.id
    where ${where}
    group by ${selected}, r.served_on, p.procedure_code
    on conflict (${key}, day, procedure_code) do update
      set records = ${table}.records + excluded.records`);
}

/**
 * Recomputes `households.first_reached_on` for the given households (a condition on households
 * aliased `h`) and moves their count in village_daily_reach accordingly.
 */
export async function refreshFirstReach(tx: Executor, householdWhere: SQL): Promise<void> {
  const changed = sql`
    with calc as (
      select h.id, h.village_id, h.commune_id, h.first_reached_on as old_day,
             (select min(r.served_on) from support_records r where r.household_id = h.id) as new_day
      from households h
      where ${householdWhere}
    )
    select * from calc where old_day is distinct from new_day`;
  await tx.execute(sql`
    update village_daily_reach v set households_first_reached = v.households_first_reached - d.n
    from (select village_id, old_day, count(*) as n from (${changed}) c
          where old_day is not null group by village_id, old_day) d
    where v.village_id = d.village_id and v.day = d.old_day`);
  await tx.execute(sql`
    insert into village_daily_reach (village_id, commune_id, day, households_first_reached)
    select village_id, commune_id, new_day, count(*) from (${changed}) c
    where new_day is not null group by village_id, commune_id, new_day
    on conflict (village_id, day) do update
      set households_first_reached = village_daily_reach.households_first_reached + excluded.households_first_reached`);
  await tx.execute(sql`
    update commune_daily_reach v set households_first_reached = v.households_first_reached - d.n
    from (select commune_id, old_day, count(*) as n from (${changed}) c
          where old_day is not null group by commune_id, old_day) d
    where v.commune_id = d.commune_id and v.day = d.old_day`);
  await tx.execute(sql`
    insert into commune_daily_reach (commune_id, day, households_first_reached)
    select commune_id, new_day, count(*) from (${changed}) c
    where new_day is not null group by commune_id, new_day
    on conflict (commune_id, day) do update
      set households_first_reached = commune_daily_reach.households_first_reached + excluded.households_first_reached`);
  await tx.execute(sql`
    update households h set first_reached_on = c.new_day
    from (${changed}) c where h.id = c.id`);
}

/** A `where` fragment selecting households by id. */
export function householdsWithIds(ids: readonly (number | null | undefined)[]): SQL {
  const clean = [...new Set(ids.filter((i): i is number => typeof i === "number"))];
  if (clean.length === 0) return sql`false`;
  for (const id of clean) if (!Number.isSafeInteger(id)) throw new Error(`Invalid household id ${id}`);
  return sql.raw(`h.id = any('{${clean.join(",")}}'::int[])`);
}

/** Rebuilds every rollup from raw records (after a bulk seed, or to repair). */
export async function rebuildRollups(tx: Executor): Promise<void> {
  await rebuild(tx, () => sql`true`);
}

/** Rebuilds the rollups of some communes only (the synthetic benchmark set beside the demo). */
export async function rebuildCommuneRollups(tx: Executor, communeIds: readonly number[]): Promise<void> {
  if (communeIds.length === 0) return;
  for (const id of communeIds) if (!Number.isSafeInteger(id)) throw new Error(`Invalid commune id ${id}`);
  await rebuild(tx, (column) => sql.raw(`${column} = any('{${communeIds.join(",")}}'::int[])`));
}

// Set-based, for millions of rows: one aggregate pass per rollup instead of refreshFirstReach's
// per-household subquery. The result is the same as applying every record with applyToRollup
// and refreshing every household's first reach.
async function rebuild(tx: Executor, scope: (column: string) => SQL): Promise<void> {
  await tx.execute(sql`delete from village_daily_stats where ${scope("commune_id")}`);
  await tx.execute(sql`delete from village_procedure_daily_stats where ${scope("commune_id")}`);
  await tx.execute(sql`delete from village_daily_reach where ${scope("commune_id")}`);
  await tx.execute(sql`delete from commune_daily_stats where ${scope("commune_id")}`);
  await tx.execute(sql`delete from commune_daily_reach where ${scope("commune_id")}`);
  await tx.execute(sql`delete from commune_procedure_daily_stats where ${scope("commune_id")}`);
  // Same groups as applyToRollup, but plain inserts (the rows were just deleted, so nothing can
  // conflict; ON CONFLICT costs ~60% more) in primary-key order, which keeps index pages hot.
  await tx.execute(sql`
    insert into village_daily_stats (village_id, commune_id, day, channel, records, ${counterList})
    select r.village_id, r.commune_id, r.served_on, r.channel, count(*), ${sums(1)}
    from support_records r
    where ${scope("r.commune_id")}
    group by r.village_id, r.commune_id, r.served_on, r.channel
    order by r.village_id, r.served_on, r.channel`);
  await tx.execute(sql`
    insert into village_procedure_daily_stats (village_id, commune_id, day, procedure_code, records)
    select r.village_id, r.commune_id, r.served_on, p.procedure_code, count(*)
    from support_records r
    join support_record_procedures p on p.record_id = r.id
    where ${scope("r.commune_id")}
    group by r.village_id, r.commune_id, r.served_on, p.procedure_code
    order by r.village_id, r.served_on, p.procedure_code`);
  // A record and the household it names share the commune (composite foreign key), so scoping
  // households and records by commune selects the same set.
  await tx.execute(sql`update households set first_reached_on = null
    where first_reached_on is not null and ${scope("commune_id")}`);
  await tx.execute(sql`
    update households h set first_reached_on = f.day
    from (select r.household_id, min(r.served_on) as day from support_records r
          where r.household_id is not null and ${scope("r.commune_id")}
          group by r.household_id) f
    where h.id = f.household_id`);
  await tx.execute(sql`
    insert into village_daily_reach (village_id, commune_id, day, households_first_reached)
    select village_id, commune_id, first_reached_on, count(*) from households
    where first_reached_on is not null and ${scope("commune_id")}
    group by village_id, commune_id, first_reached_on`);
  // The commune rollups are the village ones summed: a few hundred thousand rows, not millions.
  await tx.execute(sql`
    insert into commune_daily_stats (commune_id, day, channel, records, ${counterList})
    select commune_id, day, channel, sum(records), ${sql.raw(counterColumns.map((c) => `sum(${c})`).join(", "))}
    from village_daily_stats where ${scope("commune_id")}
    group by commune_id, day, channel`);
  await tx.execute(sql`
    insert into commune_daily_reach (commune_id, day, households_first_reached)
    select commune_id, day, sum(households_first_reached) from village_daily_reach
    where ${scope("commune_id")} and households_first_reached <> 0
    group by commune_id, day`);
  await tx.execute(sql`
    insert into commune_procedure_daily_stats (commune_id, day, procedure_code, records)
    select commune_id, day, procedure_code, sum(records) from village_procedure_daily_stats
    where ${scope("commune_id")}
    group by commune_id, day, procedure_code`);
  // The household counters, for the households a bulk load wrote beside the records.
  await recountHouseholdsWhere(tx, scope);
}
