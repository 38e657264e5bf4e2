import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

// Bulk loads spend most of their time in foreign-key triggers: one index probe per row and per
// key (70% of a support_records insert here). Like pg_restore --disable-triggers, the synthetic
// seed turns them off for its transaction when it may (superuser), then checks every foreign key
// of the tables it filled with one set-based anti-join each, and fails (rolling back) on a
// dangling reference.

/** Turns foreign-key (and all other) triggers off until the transaction ends, if allowed. */
export async function suspendTriggers(tx: Executor): Promise<boolean> {
  const [role] = await queryRows<{ superuser: boolean }>(
    tx,
    sql`select rolsuper as superuser from pg_roles where rolname = current_user`,
  );
  if (!role?.superuser) return false;
  await tx.execute(sql`set local session_replication_role = replica`);
  return true;
}

export async function resumeTriggers(tx: Executor): Promise<void> {
  await tx.execute(sql`set local session_replication_role = origin`);
}

interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  childColumns: string[];
  parentColumns: string[];
}

/** Throws if any row of `tables` references a missing row (MATCH SIMPLE: keys with a null are skipped). */
export async function assertForeignKeys(tx: Executor, tables: readonly string[]): Promise<void> {
  const keys = await queryRows<{
    name: string;
    child: string;
    parent: string;
    child_columns: string[] | string;
    parent_columns: string[] | string;
  }>(
    tx,
    sql`select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
          array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as child_columns,
          array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as parent_columns
        from pg_constraint c
        where c.contype = 'f' and c.conrelid::regclass::text = any(${`{${tables.join(",")}}`}::text[])
        order by c.conname`,
  );
  const list = (v: string[] | string) => (Array.isArray(v) ? v : v.replace(/^\{|\}$/g, "").split(","));
  for (const k of keys.map((r): ForeignKey => ({
    name: r.name,
    child: r.child,
    parent: r.parent,
    childColumns: list(r.child_columns),
    parentColumns: list(r.parent_columns),
  }))) {
    const present = k.childColumns.map((c) => `c."${c}" is not null`).join(" and ");
    const match = k.childColumns.map((c, i) => `p."${k.parentColumns[i]}" = c."${c}"`).join(" and ");
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql.raw(
        `select count(*)::int as n from ${k.child} c where ${present} and not exists (select 1 from ${k.parent} p where ${match})`,
      ),
    );
    if (Number(row?.n ?? 0) > 0) throw new Error(`${row!.n} rows of ${k.child} break ${k.name}`);
  }
}
