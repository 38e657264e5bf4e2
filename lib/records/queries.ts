import "server-only";
import { and, asc, desc, eq, gte, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import {
  formerCommunes,
  households,
  members,
  mobileDesks,
  procedures,
  supportRecords,
  villages,
} from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";
import { PAGE_SIZE, type RecordFilters } from "./list-params";
import type { Channel } from "./schemas";
import type { EntryOptions, RecordFormValues, RecordRow } from "./types";

// Reads for the support-records pages. Every one puts the viewer's scope in its WHERE; an id of
// another commune reads as "not found".

export async function entryOptions(
  viewer: Viewer,
  options: { keepMemberId?: number | null } = {},
  conn: Executor = db,
): Promise<EntryOptions> {
  const [villageRows, memberRows, procedureRows, deskRows] = await Promise.all([
    conn
      .select({ id: villages.id, name: villages.name, formerCommune: formerCommunes.name })
      .from(villages)
      .leftJoin(formerCommunes, eq(formerCommunes.id, villages.formerCommuneId))
      .where(and(communeScope(viewer, villages.communeId), eq(villages.active, true)))
      .orderBy(asc(villages.name)),
    conn
      .select({ id: members.id, fullName: members.fullName, villageId: members.villageId })
      .from(members)
      .where(
        and(
          communeScope(viewer, members.communeId),
          options.keepMemberId
            ? or(eq(members.active, true), eq(members.id, options.keepMemberId))
            : eq(members.active, true),
        ),
      )
      .orderBy(asc(members.fullName), asc(members.id)),
    conn
      .select({
        code: procedures.code,
        nameVi: procedures.nameVi,
        nameEn: procedures.nameEn,
        funnelStep: procedures.funnelStep,
      })
      .from(procedures)
      .where(eq(procedures.active, true))
      .orderBy(asc(procedures.sortOrder), asc(procedures.code)),
    conn
      .select({
        id: mobileDesks.id,
        villageId: mobileDesks.villageId,
        day: sql<string>`(${vietnamDay(mobileDesks.startsAt)})::text`,
        place: mobileDesks.place,
      })
      .from(mobileDesks)
      .where(
        and(
          communeScope(viewer, mobileDesks.communeId),
          ne(mobileDesks.status, "cancelled"),
          gte(mobileDesks.startsAt, sql`now() - interval '120 days'`),
          lte(mobileDesks.startsAt, sql`now() + interval '2 days'`),
        ),
      )
      .orderBy(desc(mobileDesks.startsAt)),
  ]);
  return { villages: villageRows, members: memberRows, procedures: procedureRows, desks: deskRows };
}

/** A household of the viewer's commune by its code, for the entry form's look-up. */
export async function householdByCode(viewer: Viewer, code: string, conn: Executor = db) {
  const clean = code.trim();
  if (!clean || clean.length > 40) return null;
  const [row] = await conn
    .select({
      id: households.id,
      code: households.code,
      headName: households.headName,
      villageId: households.villageId,
    })
    .from(households)
    .where(and(communeScope(viewer, households.communeId), eq(households.code, clean)));
  return row ?? null;
}

const proceduresOf = sql<string[]>`coalesce((select array_agg(p.procedure_code order by p.procedure_code)
  from support_record_procedures p where p.record_id = ${supportRecords.id}), '{}')`;

const rowColumns = {
  id: supportRecords.id,
  version: supportRecords.version,
  servedOn: supportRecords.servedOn,
  channel: supportRecords.channel,
  villageId: supportRecords.villageId,
  villageName: villages.name,
  householdCode: households.code,
  memberId: supportRecords.memberId,
  memberName: members.fullName,
  mobileDeskId: supportRecords.mobileDeskId,
  procedures: proceduresOf,
  peopleServed: supportRecords.peopleServed,
  householdsServed: supportRecords.householdsServed,
  eidActivated: supportRecords.eidActivated,
  signaturesInstalled: supportRecords.signaturesInstalled,
  simsGiven: supportRecords.simsGiven,
  dossiersSubmitted: supportRecords.dossiersSubmitted,
  paymentAppsInstalled: supportRecords.paymentAppsInstalled,
  smartphonesDonated: supportRecords.smartphonesDonated,
  note: supportRecords.note,
};

function filterWhere(viewer: Viewer, f: Partial<RecordFilters>): SQL {
  return and(
    communeScope(viewer, supportRecords.communeId),
    f.from ? gte(supportRecords.servedOn, f.from) : undefined,
    f.to ? lte(supportRecords.servedOn, f.to) : undefined,
    f.villageId ? eq(supportRecords.villageId, f.villageId) : undefined,
    f.channel ? eq(supportRecords.channel, f.channel) : undefined,
    f.memberId ? eq(supportRecords.memberId, f.memberId) : undefined,
  )!;
}

const sortColumns = {
  servedOn: supportRecords.servedOn,
  village: villages.name,
  channel: supportRecords.channel,
  volunteer: members.fullName,
  peopleServed: supportRecords.peopleServed,
} as const;

function selectRows(conn: Executor) {
  return conn
    .select(rowColumns)
    .from(supportRecords)
    .innerJoin(villages, eq(villages.id, supportRecords.villageId))
    .leftJoin(households, eq(households.id, supportRecords.householdId))
    .leftJoin(members, eq(members.id, supportRecords.memberId));
}

const normalise = (rows: (Omit<RecordRow, "procedures"> & { procedures: string[] | string })[]): RecordRow[] =>
  rows.map((r) => ({
    ...r,
    id: Number(r.id),
    procedures: Array.isArray(r.procedures)
      ? r.procedures
      : String(r.procedures)
          .replace(/^\{|\}$/g, "")
          .split(",")
          .filter(Boolean),
  }));

/** One page of the records list, with the total for the pager. */
export async function listRecords(viewer: Viewer, filters: RecordFilters, conn: Executor = db) {
  const where = filterWhere(viewer, filters);
  const direction = filters.dir === "asc" ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectRows(conn)
      .where(where)
      .orderBy(direction(sortColumns[filters.sort]), desc(supportRecords.servedOn), desc(supportRecords.id))
      .limit(PAGE_SIZE)
      .offset((filters.page - 1) * PAGE_SIZE),
    conn
      .select({ n: sql<number>`count(*)::int` })
      .from(supportRecords)
      .where(where),
  ]);
  return { rows: normalise(rows), total: Number(total?.n ?? 0) };
}

/** A day's records, newest entry first: what the entry form shows below itself. */
export async function recordsOfDay(viewer: Viewer, day: string, channel?: Channel, conn: Executor = db) {
  const rows = await selectRows(conn)
    .where(filterWhere(viewer, { from: day, to: day, channel }))
    .orderBy(desc(supportRecords.id))
    .limit(200);
  return normalise(rows);
}

/** Every record matching the filters (no paging), for the export; bounded to stay in memory. */
export const EXPORT_LIMIT = 100_000;
export async function recordsForExport(viewer: Viewer, filters: RecordFilters, conn: Executor = db) {
  const direction = filters.dir === "asc" ? asc : desc;
  const rows = await selectRows(conn)
    .where(filterWhere(viewer, filters))
    .orderBy(direction(sortColumns[filters.sort]), desc(supportRecords.servedOn), desc(supportRecords.id))
    .limit(EXPORT_LIMIT);
  return normalise(rows);
}

/** The record behind /records/[id]/edit, or null when it does not exist or is out of scope. */
export async function recordForEdit(
  viewer: Viewer,
  id: number,
  conn: Executor = db,
): Promise<
  (RecordFormValues & { id: number; version: number; channel: Channel; memberIdNumber: number | null }) | null
> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [row] = await selectRows(conn).where(
    and(communeScope(viewer, supportRecords.communeId), eq(supportRecords.id, id)),
  );
  if (!row) return null;
  const [r] = normalise([row]);
  return {
    id: r!.id,
    version: r!.version,
    servedOn: r!.servedOn,
    channel: r!.channel,
    villageId: String(r!.villageId),
    householdCode: r!.householdCode ?? "",
    memberId: r!.memberId == null ? "" : String(r!.memberId),
    memberIdNumber: r!.memberId,
    mobileDeskId: r!.mobileDeskId == null ? "" : String(r!.mobileDeskId),
    procedures: r!.procedures,
    counters: {
      peopleServed: String(r!.peopleServed),
      householdsServed: String(r!.householdsServed),
      eidActivated: String(r!.eidActivated),
      signaturesInstalled: String(r!.signaturesInstalled),
      simsGiven: String(r!.simsGiven),
      dossiersSubmitted: String(r!.dossiersSubmitted),
      paymentAppsInstalled: String(r!.paymentAppsInstalled),
      smartphonesDonated: String(r!.smartphonesDonated),
    },
    note: r!.note ?? "",
  };
}

/** The procedure catalogue (inactive ones too: old records still name them), for labels. */
export async function procedureLabels(conn: Executor = db) {
  return conn.select({ code: procedures.code, nameVi: procedures.nameVi, nameEn: procedures.nameEn }).from(procedures);
}
