import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

// Names from the seeded demo that import tests (vitest and the benchmark) put in their files.

export interface CommuneNames {
  communeId: number;
  /** Active villages, each with a household that no record names yet. */
  villages: { name: string; household: string }[];
  /** Active volunteers whose full name is unique in the commune. */
  volunteers: string[];
}

export async function communeNames(db: Executor, communeCode: string): Promise<CommuneNames> {
  const [commune] = await queryRows<{ id: number }>(db, sql`select id from communes where code = ${communeCode}`);
  if (!commune) throw new Error(`no commune ${communeCode}`);
  const communeId = Number(commune.id);
  const villages = await queryRows<{ name: string; household: string }>(
    db,
    sql`select v.name, (select h.code from households h where h.village_id = v.id
                          and not exists (select 1 from support_records r where r.household_id = h.id) order by h.id limit 1) as household
        from villages v where v.commune_id = ${communeId} and v.active
          and v.name in (select name from villages where commune_id = ${communeId} group by name having count(*) = 1)
        order by v.id`,
  );
  const volunteers = await queryRows<{ full_name: string }>(
    db,
    sql`select full_name from members where commune_id = ${communeId} and active
        group by full_name having count(*) = 1 order by min(id)`,
  );
  return { communeId, villages: villages.filter((v) => v.household), volunteers: volunteers.map((m) => m.full_name) };
}

export const csvBytes = (lines: string[], bom = true) =>
  new TextEncoder().encode(`${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`);
