import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";

// Keeps village_household_counts and member_household_counts exact. Call inside the transaction
// that writes households, after the write, with every village and volunteer the write touched
// (before and after: a household moved from one village or volunteer to another touches both; a
// new volunteer changes the village's counters too).
// Each touched village or volunteer is recounted from `households` (a few hundred rows each),
// so the counters cannot drift the way added and subtracted deltas can.

const ids = (list: readonly (number | null | undefined)[]) => {
  const clean = [...new Set(list.filter((i): i is number => typeof i === "number"))];
  for (const id of clean) if (!Number.isSafeInteger(id)) throw new Error(`Invalid id ${id}`);
  return clean;
};

// The two recounts, for the villages (aliased v) and volunteers (aliased m) `where` selects.
async function recountVillagesWhere(tx: Executor, where: SQL): Promise<void> {
  await tx.execute(sql`
    insert into village_household_counts (village_id, commune_id, households, proficient, assigned, volunteers)
    select v.id, v.commune_id, count(h.id), count(h.id) filter (where h.has_proficient_member),
           count(h.assigned_member_id), count(distinct h.assigned_member_id)
    from villages v left join households h on h.village_id = v.id
    where ${where}
    group by v.id, v.commune_id
    on conflict (village_id) do update
      set households = excluded.households, proficient = excluded.proficient,
          assigned = excluded.assigned, volunteers = excluded.volunteers`);
}

async function recountMembersWhere(tx: Executor, where: SQL): Promise<void> {
  await tx.execute(sql`
    insert into member_household_counts (member_id, commune_id, households)
    select m.id, m.commune_id, count(h.id)
    from members m left join households h on h.assigned_member_id = m.id
    where ${where}
    group by m.id, m.commune_id
    on conflict (member_id) do update set households = excluded.households`);
}

const anyOf = (column: string, list: readonly number[]) => sql.raw(`${column} = any('{${list.join(",")}}'::int[])`);

/** Recounts the given villages' households. */
export async function recountVillageHouseholds(
  tx: Executor,
  villageIds: readonly (number | null | undefined)[],
): Promise<void> {
  const list = ids(villageIds);
  if (list.length > 0) await recountVillagesWhere(tx, anyOf("v.id", list));
}

/** Recounts the households the given volunteers look after. */
export async function recountMemberHouseholds(
  tx: Executor,
  memberIds: readonly (number | null | undefined)[],
): Promise<void> {
  const list = ids(memberIds);
  if (list.length > 0) await recountMembersWhere(tx, anyOf("m.id", list));
}

/** Recounts every village and volunteer of the communes `scope` selects (after a bulk load). */
export async function recountHouseholdsWhere(tx: Executor, scope: (column: string) => SQL): Promise<void> {
  await recountVillagesWhere(tx, scope("v.commune_id"));
  await recountMembersWhere(tx, scope("m.commune_id"));
}
