import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { recountMemberHouseholds, recountVillageHouseholds } from "@/lib/db/household-counts";
import { applyToRollup, householdsWithIds, recordsWithIds, refreshFirstReach } from "@/lib/db/rollups";
import { queryRows } from "@/lib/db/rows";
import { counterColumns } from "@/lib/db/schema";
import { resumeTriggers, suspendTriggers } from "@/lib/db/seed/foreign-keys";
import { counterFields } from "@/lib/records/schemas";
import type { HouseholdValue } from "./households-spec";
import type { MemberValue } from "./members-spec";
import type { RecordValue } from "./records-spec";

// Set-based writes for an import, inside the caller's transaction: rows go in as multi-row
// INSERT … SELECT FROM json_to_recordset(…) in chunks (one round trip per chunk, not per row),
// and the rollups are brought up to date once, in aggregate, for everything written.

const CHUNK = 5000;

export type OnWritten = (done: number) => void | Promise<void>;

async function inChunks<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<void>, onWritten?: OnWritten) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await write(rows.slice(i, i + CHUNK));
    await onWritten?.(Math.min(rows.length, i + CHUNK));
  }
}

const json = (rows: readonly object[]) => sql`${JSON.stringify(rows)}::json`;

const counterDefs = counterColumns.map((c) => `${c} int`).join(", ");
const counterList = counterColumns.join(", ");

/**
 * Every reference the inserted records make exists in their commune. Checked once, set-based,
 * when the foreign-key triggers were off for the load (see writeRecords).
 */
async function assertRecordReferences(tx: Executor, ids: SQL): Promise<void> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from support_records r
        where ${ids} and (
          not exists (select 1 from villages v where v.id = r.village_id and v.commune_id = r.commune_id)
          or (r.household_id is not null and not exists (select 1 from households h where h.id = r.household_id and h.commune_id = r.commune_id))
          or (r.member_id is not null and not exists (select 1 from members m where m.id = r.member_id and m.commune_id = r.commune_id))
          or (r.mobile_desk_id is not null and not exists (select 1 from mobile_desks d where d.id = r.mobile_desk_id and d.commune_id = r.commune_id))
          or exists (select 1 from support_record_procedures p where p.record_id = r.id
                     and not exists (select 1 from procedures c where c.code = p.procedure_code)))`,
  );
  if (Number(row?.n ?? 0) > 0) throw new Error(`import: ${row!.n} records reference rows that do not exist`);
}

/** Writes support records with their procedures and updates every rollup they count in. */
export async function writeRecords(
  tx: Executor,
  communeId: number,
  createdBy: number,
  values: readonly RecordValue[],
  onWritten?: OnWritten,
) {
  if (values.length === 0) return [];
  // Foreign-key triggers are most of a bulk insert's cost (one index probe per row and key;
  // lib/db/seed/foreign-keys.ts). Every id here was just looked up in this transaction, so when
  // the database lets us (superuser: PGlite, a dedicated server) they are off for the load and
  // the references are checked once, set-based, before the transaction commits.
  const suspended = await suspendTriggers(tx);
  const rows = values.map((v) => ({
    village_id: v.villageId,
    household_id: v.householdId,
    member_id: v.memberId,
    mobile_desk_id: v.mobileDeskId,
    served_on: v.servedOn,
    channel: v.channel,
    note: v.note,
    ...Object.fromEntries(counterFields.map((f, c) => [counterColumns[c]!, v[f]])),
  }));
  const ids: number[] = [];
  await inChunks(
    rows,
    async (chunk) => {
      // WITH ORDINALITY + ORDER BY: ids come back in the file's order (as lib/db/seed/bulk.ts).
      const returned = await queryRows<{ id: number | string }>(
        tx,
        sql`insert into support_records (commune_id, village_id, household_id, member_id, mobile_desk_id, served_on, channel, ${sql.raw(counterList)}, note, created_by)
            select ${communeId}, x.village_id, x.household_id, x.member_id, x.mobile_desk_id, x.served_on, x.channel, ${sql.raw(counterList)}, x.note, ${createdBy}
            from rows from (json_to_recordset(${json(chunk)}) as (village_id int, household_id int, member_id int, mobile_desk_id int, served_on date,
                 channel channel, ${sql.raw(counterDefs)}, note text)) with ordinality
              as x(village_id, household_id, member_id, mobile_desk_id, served_on, channel, ${sql.raw(counterList)}, note, ord)
            order by ord
            returning id`,
      );
      if (returned.length !== chunk.length)
        throw new Error(`import: inserted ${returned.length} of ${chunk.length} records`);
      for (const r of returned) ids.push(Number(r.id));
    },
    onWritten,
  );
  const links = values.flatMap((v, i) => v.procedures.map((p) => ({ record_id: ids[i]!, procedure_code: p })));
  await inChunks(links, async (chunk) => {
    await tx.execute(sql`
      insert into support_record_procedures (record_id, procedure_code)
      select record_id, procedure_code from json_to_recordset(${json(chunk)}) as x(record_id bigint, procedure_code text)`);
  });
  const written = recordsWithIds(ids);
  if (suspended) {
    await resumeTriggers(tx);
    await assertRecordReferences(tx, written);
  }
  await applyToRollup(tx, written, 1);
  await refreshFirstReach(tx, householdsWithIds(values.map((v) => v.householdId)));
  return ids;
}

export async function writeHouseholds(
  tx: Executor,
  communeId: number,
  values: readonly HouseholdValue[],
  onWritten?: OnWritten,
) {
  await inChunks(
    values.map((v) => ({
      village_id: v.villageId,
      code: v.code,
      head_name: v.headName,
      elderly: v.elderly,
      poor: v.poor,
      ethnic_minority: v.ethnicMinority,
      has_smartphone: v.hasSmartphone,
      has_proficient_member: v.hasProficientMember,
      assigned_member_id: v.assignedMemberId,
    })),
    async (chunk) => {
      await tx.execute(sql`
        insert into households (commune_id, village_id, code, head_name, elderly, poor, ethnic_minority, has_smartphone, has_proficient_member, assigned_member_id)
        select ${communeId}, x.village_id, x.code, x.head_name, x.elderly, x.poor, x.ethnic_minority, x.has_smartphone, x.has_proficient_member, x.assigned_member_id
        from json_to_recordset(${json(chunk)}) as x(village_id int, code text, head_name text, elderly boolean, poor boolean,
             ethnic_minority boolean, has_smartphone boolean, has_proficient_member boolean, assigned_member_id int)`);
    },
    onWritten,
  );
  await recountVillageHouseholds(
    tx,
    values.map((v) => v.villageId),
  );
  await recountMemberHouseholds(
    tx,
    values.map((v) => v.assignedMemberId),
  );
}

export async function writeMembers(
  tx: Executor,
  communeId: number,
  values: readonly MemberValue[],
  onWritten?: OnWritten,
) {
  await inChunks(
    values.map((v) => ({
      full_name: v.fullName,
      kind: v.kind,
      village_id: v.villageId,
      affiliation: v.affiliation,
      joined_on: v.joinedOn,
    })),
    async (chunk) => {
      await tx.execute(sql`
        insert into members (commune_id, full_name, kind, village_id, affiliation, joined_on)
        select ${communeId}, x.full_name, x.kind, x.village_id, x.affiliation, x.joined_on
        from json_to_recordset(${json(chunk)}) as x(full_name text, kind member_kind, village_id int, affiliation text, joined_on date)`);
    },
    onWritten,
  );
}
