import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope, provinceScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { communes, provinces, users } from "@/lib/db/schema";
import { accountPageSize, foldVietnamese, type AccountListParams } from "./list-params";
import { accountScope, mayManageRole } from "./scope";

// Reads for the account screens. Every one puts accountScope(viewer) (or the unit scope) in its WHERE.

const vietnameseLetters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
const foldFrom = vietnameseLetters + vietnameseLetters.toUpperCase();
const foldTo = [...foldFrom].map(foldVietnamese).join("");
/** SQL twin of foldVietnamese(); translate() rather than unaccent, which PGlite lacks. */
const folded = (column: SQL | typeof users.displayName) => sql`lower(translate(${column}, ${foldFrom}, ${foldTo}))`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const unitName = sql<string | null>`coalesce(${communes.name}, ${provinces.name})`;
const sortColumns = {
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  unit: unitName,
  lastLogin: users.lastLoginAt,
  created: users.createdAt,
} as const;

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  provinceId: users.provinceId,
  communeId: users.communeId,
  provinceName: provinces.name,
  communeName: communes.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  totpEnabled: users.totpEnabled,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export async function listAccounts(viewer: Viewer, params: AccountListParams) {
  const filters: (SQL | undefined)[] = [accountScope(viewer)];
  if (params.q) {
    const pattern = `%${escapeLike(foldVietnamese(params.q))}%`;
    filters.push(or(ilike(users.username, pattern), sql`${folded(users.displayName)} like ${pattern}`));
  }
  if (params.role) filters.push(eq(users.role, params.role));
  if (params.unit)
    filters.push(eq(params.unit.kind === "province" ? users.provinceId : users.communeId, params.unit.id));
  if (params.status) filters.push(eq(users.active, params.status === "active"));
  const where = and(...filters);

  const order = params.dir === "desc" ? desc : asc;
  const sortBy = sortColumns[params.sort];
  const nullsLast = sql`${sortBy} is null`;
  const [rows, [counted]] = await Promise.all([
    db
      .select(accountColumns)
      .from(users)
      .leftJoin(provinces, eq(provinces.id, users.provinceId))
      .leftJoin(communes, eq(communes.id, users.communeId))
      .where(where)
      .orderBy(nullsLast, order(sortBy), asc(users.id))
      .limit(accountPageSize)
      .offset((params.page - 1) * accountPageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  const total = counted?.total ?? 0;
  return { rows, total, pageSize: accountPageSize, pages: Math.max(1, Math.ceil(total / accountPageSize)) };
}
export type AccountRow = Awaited<ReturnType<typeof listAccounts>>["rows"][number];

/** One account the viewer may see, with what the viewer may do to it; null when out of scope. */
export async function accountById(viewer: Viewer, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .leftJoin(provinces, eq(provinces.id, users.provinceId))
    .leftJoin(communes, eq(communes.id, users.communeId))
    .where(and(eq(users.id, id), accountScope(viewer)));
  if (!row) return null;
  const self = row.id === viewer.id;
  return { ...row, self, manageable: !self && mayManageRole(viewer, row) };
}
export type AccountDetail = NonNullable<Awaited<ReturnType<typeof accountById>>>;

/** Provinces and communes inside the viewer's scope, for unit pickers and filters. */
export async function unitsInScope(viewer: Viewer) {
  const [provinceRows, communeRows] = await Promise.all([
    db
      .select({ id: provinces.id, name: provinces.name })
      .from(provinces)
      .where(provinceScope(viewer, provinces.id))
      .orderBy(provinces.name),
    db
      .select({ id: communes.id, name: communes.name, provinceId: communes.provinceId })
      .from(communes)
      .where(and(communeScope(viewer, communes.id), eq(communes.active, true)))
      .orderBy(communes.name),
  ]);
  return {
    provinces: provinceRows.map((p) => ({ ...p, communes: communeRows.filter((c) => c.provinceId === p.id) })),
  };
}
export type UnitsInScope = Awaited<ReturnType<typeof unitsInScope>>;
