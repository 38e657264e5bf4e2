import "server-only";
import { and, asc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { pageSize } from "@/lib/core/form-schemas";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import { households, members, villages } from "@/lib/db/schema";

export const householdFilterKeys = [
  "notReached",
  "noProficient",
  "elderly",
  "poor",
  "ethnicMinority",
  "noSmartphone",
  "unassigned",
] as const;
export type HouseholdFilterKey = (typeof householdFilterKeys)[number];
export const householdSorts = ["code", "head", "village", "volunteer", "reached"] as const;
export type HouseholdSort = (typeof householdSorts)[number];

export interface HouseholdFilters {
  q?: string;
  villageId?: number;
  memberId?: number;
  flags: HouseholdFilterKey[];
  sort: HouseholdSort;
  dir: "asc" | "desc";
  page: number;
}

const flagCondition: Record<HouseholdFilterKey, SQL> = {
  notReached: isNull(households.firstReachedOn),
  noProficient: eq(households.hasProficientMember, false),
  elderly: eq(households.elderly, true),
  poor: eq(households.poor, true),
  ethnicMinority: eq(households.ethnicMinority, true),
  noSmartphone: eq(households.hasSmartphone, false),
  unassigned: isNull(households.assignedMemberId),
};

function whereOf(viewer: Viewer, f: Omit<HouseholdFilters, "sort" | "dir" | "page">) {
  const conditions: (SQL | undefined)[] = [communeScope(viewer, households.communeId)];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(households.code, like), ilike(households.headName, like)));
  }
  if (f.villageId) conditions.push(eq(households.villageId, f.villageId));
  if (f.memberId) conditions.push(eq(households.assignedMemberId, f.memberId));
  for (const flag of f.flags) conditions.push(flagCondition[flag]);
  return and(...conditions);
}

const columns = {
  id: households.id,
  code: households.code,
  headName: households.headName,
  villageName: villages.name,
  elderly: households.elderly,
  poor: households.poor,
  ethnicMinority: households.ethnicMinority,
  hasSmartphone: households.hasSmartphone,
  hasProficientMember: households.hasProficientMember,
  firstReachedOn: households.firstReachedOn,
  volunteerId: members.id,
  volunteerName: members.fullName,
  volunteerActive: members.active,
};

function ordered(f: HouseholdFilters) {
  const order = {
    code: households.code,
    head: households.headName,
    village: villages.name,
    volunteer: members.fullName,
    reached: households.firstReachedOn,
  }[f.sort];
  return [
    f.dir === "asc" ? sql`${order} asc nulls last` : sql`${order} desc nulls last`,
    asc(households.code),
    asc(households.id),
  ];
}

export async function listHouseholds(viewer: Viewer, f: HouseholdFilters) {
  const where = whereOf(viewer, f);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(households)
      .innerJoin(villages, eq(villages.id, households.villageId))
      .leftJoin(members, eq(members.id, households.assignedMemberId))
      .where(where)
      .orderBy(...ordered(f))
      .limit(pageSize)
      .offset((f.page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(households)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Every row matching the filters (for the export), capped well above a commune's size. */
export function allHouseholds(viewer: Viewer, f: HouseholdFilters, executor: Executor = db) {
  return executor
    .select(columns)
    .from(households)
    .innerJoin(villages, eq(villages.id, households.villageId))
    .leftJoin(members, eq(members.id, households.assignedMemberId))
    .where(whereOf(viewer, f))
    .orderBy(...ordered(f))
    .limit(100_000);
}

/** One household in scope; null when out of scope. */
export async function getHousehold(viewer: Viewer, id: number) {
  const [row] = await db
    .select({
      ...columns,
      villageId: households.villageId,
      communeId: households.communeId,
      createdAt: households.createdAt,
      updatedAt: households.updatedAt,
    })
    .from(households)
    .innerJoin(villages, eq(villages.id, households.villageId))
    .leftJoin(members, eq(members.id, households.assignedMemberId))
    .where(and(eq(households.id, id), communeScope(viewer, households.communeId)));
  return row ?? null;
}
