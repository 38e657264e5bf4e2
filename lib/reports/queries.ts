import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope, provinceScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import { communes, issuedReports, provinces, users } from "@/lib/db/schema";
import type { IssuedSnapshot } from "./commands";

// Issued reports, read in the viewer's scope: a report of a commune (or of a commune's service
// center) outside it does not exist, and a province report exists only for an admin and the
// officers of that province.

const provinceReports = (viewer: Viewer) =>
  viewer.role === "admin" || viewer.role === "provincial_officer"
    ? and(
        eq(issuedReports.kind, "province"),
        isNull(issuedReports.communeId),
        provinceScope(viewer, issuedReports.provinceId),
      )
    : sql`false`;

const inScope = (viewer: Viewer) =>
  or(and(isNotNull(issuedReports.communeId), communeScope(viewer, issuedReports.communeId)), provinceReports(viewer));

/** Communes the viewer may report on (one for commune roles). */
export function reportCommunes(viewer: Viewer, db: Executor = appDb) {
  return db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(and(communeScope(viewer, communes.id), eq(communes.active, true)))
    .orderBy(asc(communes.name));
}

/** Issued reports in scope, newest period first; optionally one commune. */
export function issuedReportList(viewer: Viewer, filter: { communeId: number | null }, db: Executor = appDb) {
  return db
    .select({
      id: issuedReports.id,
      kind: issuedReports.kind,
      communeId: issuedReports.communeId,
      // The center's name for a center report, the commune's, or the province's for a province report.
      communeName: sql<string>`coalesce(case when ${issuedReports.kind} = 'center' then ${issuedReports.snapshot} #>> '{model,unit,centerName}' end, ${communes.name}, ${provinces.name})`,
      periodKind: issuedReports.periodKind,
      periodFrom: issuedReports.periodFrom,
      periodTo: issuedReports.periodTo,
      number: issuedReports.number,
      year: issuedReports.year,
      issuedAt: issuedReports.issuedAt,
      issuedBy: users.displayName,
      supersededBy: issuedReports.supersededBy,
    })
    .from(issuedReports)
    .leftJoin(communes, eq(communes.id, issuedReports.communeId))
    .innerJoin(provinces, eq(provinces.id, issuedReports.provinceId))
    .leftJoin(users, eq(users.id, issuedReports.issuedBy))
    .where(and(inScope(viewer), filter.communeId === null ? undefined : eq(issuedReports.communeId, filter.communeId)))
    .orderBy(
      desc(issuedReports.periodFrom),
      asc(sql`coalesce(${communes.name}, ${provinces.name})`),
      desc(issuedReports.issuedAt),
    )
    .limit(500);
}

/** One issued report in scope, or null (answered as not found). */
export async function issuedReport(viewer: Viewer, id: number, db: Executor = appDb) {
  const [row] = await db
    .select({
      id: issuedReports.id,
      communeId: issuedReports.communeId,
      number: issuedReports.number,
      year: issuedReports.year,
      issuedAt: issuedReports.issuedAt,
      issuedBy: users.displayName,
      supersededBy: issuedReports.supersededBy,
      snapshot: issuedReports.snapshot,
    })
    .from(issuedReports)
    .leftJoin(users, eq(users.id, issuedReports.issuedBy))
    .where(and(eq(issuedReports.id, id), inScope(viewer)));
  return row ? { ...row, snapshot: row.snapshot as IssuedSnapshot } : null;
}
