import "server-only";
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope, provinceScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { auditLog, communes, provinces, users } from "@/lib/db/schema";
import { timeZone } from "@/lib/i18n/config";
import { auditPageSize, type AuditListParams } from "./list-params";
import { securityEventFilter } from "./security-events";
import type { Changes } from "./diff";

/**
 * The audit rows a viewer may read: the admin all; a provincial officer its province's (rows
 * tagged with the province, or with one of its communes); commune roles their commune's.
 * Rows about no unit at all (e.g. admin accounts) are the admin's only.
 */
export function auditScope(viewer: Viewer): SQL {
  if (!can(viewer, "audit.read")) return sql`false`;
  if (viewer.role === "provincial_officer") {
    return sql`(${provinceScope(viewer, auditLog.provinceId)} or ${communeScope(viewer, auditLog.communeId)})`;
  }
  return communeScope(viewer, auditLog.communeId);
}

/** Midnight of a "yyyy-MM-dd" day in Vietnam, as a timestamptz. */
const vietnamMidnight = (day: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${timeZone})`;

function filtersOf(viewer: Viewer, params: Omit<AuditListParams, "page">): SQL | undefined {
  const filters: (SQL | undefined)[] = [auditScope(viewer)];
  if (params.unit)
    filters.push(eq(params.unit.kind === "province" ? auditLog.provinceId : auditLog.communeId, params.unit.id));
  if (params.userId) filters.push(eq(auditLog.userId, params.userId));
  if (params.entity) filters.push(eq(auditLog.entity, params.entity));
  if (params.entityId) filters.push(eq(auditLog.entityId, params.entityId));
  if (params.action) filters.push(eq(auditLog.action, params.action));
  if (params.outcome) filters.push(eq(auditLog.outcome, params.outcome));
  if (params.group === "security") filters.push(securityEventFilter());
  if (params.from) filters.push(sql`${auditLog.at} >= ${vietnamMidnight(params.from)}`);
  if (params.to) filters.push(sql`${auditLog.at} < ${vietnamMidnight(params.to, 1)}`);
  return and(...filters);
}

/** Newest first, paged. */
export async function listAuditEntries(viewer: Viewer, params: AuditListParams, options: { pageSize?: number } = {}) {
  const pageSize = options.pageSize ?? auditPageSize;
  const where = filtersOf(viewer, params);
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        changes: auditLog.changes,
        outcome: auditLog.outcome,
        address: auditLog.address,
        userAgent: auditLog.userAgent,
        userId: auditLog.userId,
        username: users.username,
        displayName: users.displayName,
        provinceName: provinces.name,
        communeName: communes.name,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .leftJoin(provinces, eq(provinces.id, auditLog.provinceId))
      .leftJoin(communes, eq(communes.id, auditLog.communeId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset((params.page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  const total = counted?.total ?? 0;
  return {
    rows: rows.map((r) => ({ ...r, changes: (r.changes ?? {}) as Changes })),
    total,
    pageSize,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

/** The people, entities and actions that occur in the viewer's part of the log, for the filters. */
export async function auditFilterOptions(viewer: Viewer) {
  const scope = auditScope(viewer);
  const [actors, entities, actions] = await Promise.all([
    db
      .selectDistinct({ id: users.id, username: users.username, displayName: users.displayName })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.userId))
      .where(scope)
      .orderBy(users.username)
      .limit(500),
    db.selectDistinct({ entity: auditLog.entity }).from(auditLog).where(scope).orderBy(auditLog.entity),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).where(scope).orderBy(auditLog.action),
  ]);
  return { actors, entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action) };
}

/**
 * Names for the province and commune ids that appear in these rows' changes, so the log reads
 * "Phường Hải Vân → Phường Hòa Xuân" rather than "4 → 5". Only ids from rows already in scope.
 */
export async function unitNamesIn(rows: readonly { changes: Changes }[]) {
  const ids = { provinceId: new Set<number>(), communeId: new Set<number>() };
  for (const row of rows) {
    for (const field of ["provinceId", "communeId"] as const) {
      for (const value of [row.changes[field]?.before, row.changes[field]?.after]) {
        if (typeof value === "number" && Number.isSafeInteger(value)) ids[field].add(value);
      }
    }
  }
  const [provinceRows, communeRows] = await Promise.all([
    ids.provinceId.size
      ? db
          .select({ id: provinces.id, name: provinces.name })
          .from(provinces)
          .where(inArray(provinces.id, [...ids.provinceId]))
      : [],
    ids.communeId.size
      ? db
          .select({ id: communes.id, name: communes.name })
          .from(communes)
          .where(inArray(communes.id, [...ids.communeId]))
      : [],
  ]);
  return {
    provinceId: Object.fromEntries(provinceRows.map((p) => [p.id, p.name])),
    communeId: Object.fromEntries(communeRows.map((c) => [c.id, c.name])),
  } as UnitNames;
}
export type UnitNames = Record<"provinceId" | "communeId", Record<number, string>>;
