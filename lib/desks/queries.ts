import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { pageSize } from "@/lib/core/form-schemas";
import { db as appDb } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { communes, members, mobileDesks, procedures, villages } from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";
import { addDays, monthEnd } from "@/lib/filters/period";
import { counterFields } from "@/lib/records/counters";
import { deskDay, deskEnd, deskStart } from "./store";
import type { DeskFilters } from "./list-params";

// Scoped reads of the mobile-desk plan: the commune scope is in every WHERE, so another commune's
// desk is simply absent (a page answers 404, an export leaves it out).

const staffNames = (role: "volunteer" | "civil_servant") =>
  sql<string[]>`coalesce((select array_agg(m.full_name order by m.full_name) from mobile_desk_staff s
    join members m on m.id = s.member_id where s.desk_id = ${mobileDesks.id} and s.role = ${role}), '{}')`;
const peopleServed = sql<number>`(select coalesce(sum(r.people_served), 0)::int from support_records r
  where r.mobile_desk_id = ${mobileDesks.id} and r.commune_id = ${mobileDesks.communeId})`;

const deskColumns = {
  id: mobileDesks.id,
  communeId: mobileDesks.communeId,
  communeName: communes.name,
  villageId: mobileDesks.villageId,
  villageName: villages.name,
  day: deskDay,
  startTime: deskStart,
  endTime: deskEnd,
  place: mobileDesks.place,
  status: mobileDesks.status,
  cancelReason: mobileDesks.cancelReason,
  note: mobileDesks.note,
  version: mobileDesks.version,
  volunteers: staffNames("volunteer"),
  civilServants: staffNames("civil_servant"),
  peopleServed,
};

function where(viewer: Viewer, f: Omit<DeskFilters, "view" | "page">): SQL {
  const from = `${f.month}-01`;
  const conditions: (SQL | undefined)[] = [communeScope(viewer, mobileDesks.communeId)];
  if (f.month !== "all")
    conditions.push(sql`${vietnamDay(mobileDesks.startsAt)} between ${from} and ${monthEnd(from)}`);
  if (f.communeId) conditions.push(eq(mobileDesks.communeId, f.communeId));
  if (f.villageId) conditions.push(eq(mobileDesks.villageId, f.villageId));
  if (f.status) conditions.push(eq(mobileDesks.status, f.status));
  return and(...conditions)!;
}

const base = (db: Executor) =>
  db
    .select(deskColumns)
    .from(mobileDesks)
    .innerJoin(villages, eq(villages.id, mobileDesks.villageId))
    .innerJoin(communes, eq(communes.id, mobileDesks.communeId));

/** Every desk of the month (the calendar), in time order. */
export async function desksInMonth(viewer: Viewer, f: Omit<DeskFilters, "view" | "page">, db: Executor = appDb) {
  return base(db).where(where(viewer, f)).orderBy(asc(mobileDesks.startsAt), asc(mobileDesks.id));
}
export type DeskRow = Awaited<ReturnType<typeof desksInMonth>>[number];

/** One page of the list (or, with `all`, every matching desk for an export) and the total. */
export async function listDesks(viewer: Viewer, f: DeskFilters, options: { all?: boolean } = {}, db: Executor = appDb) {
  const condition = where(viewer, f);
  const query = base(db).where(condition).orderBy(asc(mobileDesks.startsAt), asc(mobileDesks.id));
  const rows = options.all ? await query.limit(5_000) : await query.limit(pageSize).offset((f.page - 1) * pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mobileDesks)
    .where(condition);
  return { rows, total: count?.n ?? 0 };
}

/** A desk the viewer may see, with its staff (ids too, for the forms) and its results; null otherwise. */
export async function deskDetail(viewer: Viewer, id: number, db: Executor = appDb) {
  const [desk] = await base(db).where(and(eq(mobileDesks.id, id), communeScope(viewer, mobileDesks.communeId)));
  if (!desk) return null;
  const staffRows = await queryRows<{ member_id: number; role: string }>(
    db,
    sql`select member_id, role from mobile_desk_staff where desk_id = ${id} order by member_id`,
  );
  const sums = sql.raw(
    counterFields
      .map((f) => `coalesce(sum(r.${f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}), 0)::int as "${f}"`)
      .join(", "),
  );
  const [result] = await queryRows(
    db,
    sql`select count(*)::int as records, ${sums},
      coalesce((select array_agg(distinct p.procedure_code) from support_record_procedures p join support_records x on x.id = p.record_id
                where x.mobile_desk_id = ${id} and x.commune_id = ${desk.communeId}), '{}') as procedures,
      max(r.note) as note
    from support_records r where r.mobile_desk_id = ${id} and r.commune_id = ${desk.communeId}`,
  );
  return {
    ...desk,
    volunteerIds: staffRows.filter((s) => s.role === "volunteer").map((s) => Number(s.member_id)),
    civilServantIds: staffRows.filter((s) => s.role === "civil_servant").map((s) => Number(s.member_id)),
    results:
      result && Number(result.records) > 0
        ? {
            ...(Object.fromEntries(counterFields.map((f) => [f, Number(result[f])])) as Record<
              (typeof counterFields)[number],
              number
            >),
            procedures: (result.procedures as string[]) ?? [],
            note: (result.note as string | null) ?? null,
          }
        : null,
  };
}
export type DeskDetail = NonNullable<Awaited<ReturnType<typeof deskDetail>>>;

/** What the forms offer: the commune's active villages, volunteers and civil servants, and procedures. */
export async function deskFormOptions(viewer: Viewer, communeId: number, db: Executor = appDb) {
  const scope = communeScope(viewer, villages.communeId);
  const [villageRows, people, procedureRows] = await Promise.all([
    db
      .select({ id: villages.id, name: villages.name, remote: villages.remote })
      .from(villages)
      .where(and(scope, eq(villages.communeId, communeId), eq(villages.active, true)))
      .orderBy(asc(villages.name)),
    db
      .select({ id: members.id, name: members.fullName, kind: members.kind })
      .from(members)
      .where(and(communeScope(viewer, members.communeId), eq(members.communeId, communeId), eq(members.active, true)))
      .orderBy(asc(members.fullName)),
    db
      .select({ code: procedures.code, nameVi: procedures.nameVi, nameEn: procedures.nameEn })
      .from(procedures)
      .where(eq(procedures.active, true))
      .orderBy(asc(procedures.sortOrder)),
  ]);
  return {
    villages: villageRows,
    volunteers: people.filter((p) => p.kind !== "civil_servant").map(({ id, name }) => ({ id, name })),
    civilServants: people.filter((p) => p.kind === "civil_servant").map(({ id, name }) => ({ id, name })),
    procedures: procedureRows,
  };
}
export type DeskFormOptions = Awaited<ReturnType<typeof deskFormOptions>>;

/**
 * The provincial officer's coverage table: per commune in scope, its remote villages, desks
 * planned and held in `today`'s month, and remote villages with no desk held in the last 60 days.
 */
export async function deskCoverage(viewer: Viewer, today: string, db: Executor = appDb) {
  const [from, to, since] = [`${today.slice(0, 7)}-01`, monthEnd(today), addDays(today, -60)];
  const day = vietnamDay(sql`d.starts_at`);
  // Raw SQL with aliases: the correlated subqueries must name the outer commune row unambiguously.
  const rows = await queryRows<{
    commune_id: number;
    commune_name: string;
    remote: number;
    planned: number;
    held: number;
    without_desk: number;
  }>(
    db,
    sql`select c.id as commune_id, c.name as commune_name,
          (select count(*)::int from villages v where v.commune_id = c.id and v.remote and v.active) as remote,
          (select count(*)::int from mobile_desks d where d.commune_id = c.id and d.status = 'planned' and ${day} between ${from} and ${to}) as planned,
          (select count(*)::int from mobile_desks d where d.commune_id = c.id and d.status = 'held' and ${day} between ${from} and ${to}) as held,
          (select count(*)::int from villages v where v.commune_id = c.id and v.remote and v.active
             and not exists (select 1 from mobile_desks d where d.village_id = v.id and d.status = 'held' and ${day} between ${since} and ${today})) as without_desk
        from communes c where c.active and ${communeScope(viewer, sql`c.id`)} order by c.name`,
  );
  return rows.map((r) => ({
    communeId: Number(r.commune_id),
    communeName: r.commune_name,
    remoteVillages: Number(r.remote),
    planned: Number(r.planned),
    held: Number(r.held),
    withoutDesk: Number(r.without_desk),
  }));
}

/** The villages the list can be filtered by: the viewer's commune's, or the drilled-down commune's. */
export async function villageOptions(viewer: Viewer, communeId: number | undefined, db: Executor = appDb) {
  if (communeId === undefined) return [];
  return db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(and(communeScope(viewer, villages.communeId), eq(villages.communeId, communeId), eq(villages.active, true)))
    .orderBy(asc(villages.name));
}
