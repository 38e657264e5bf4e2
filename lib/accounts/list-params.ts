import { isRole, type Role } from "@/lib/auth/roles";
import { oneOfParam, pageParam, textParam, type SearchParams } from "@/lib/core/url-params";

// The account list's filters, sort and page live in the URL (bookmarkable, printable). Parsing
// never fails: anything unknown falls back to the default.

export interface UnitFilter {
  kind: "province" | "commune";
  id: number;
}
/** "p12" → province 12, "c34" → commune 34. */
export function parseUnitParam(value: string): UnitFilter | null {
  const m = /^([pc])(\d{1,9})$/.exec(value);
  if (!m) return null;
  return { kind: m[1] === "p" ? "province" : "commune", id: Number(m[2]) };
}
export const unitParam = (unit: UnitFilter) => `${unit.kind === "province" ? "p" : "c"}${unit.id}`;

export const accountSorts = ["username", "displayName", "role", "unit", "lastLogin", "created"] as const;
export type AccountSort = (typeof accountSorts)[number];
export const accountPageSize = 25;

export interface AccountListParams {
  q: string;
  role: Role | null;
  unit: UnitFilter | null;
  status: "active" | "inactive" | null;
  sort: AccountSort;
  dir: "asc" | "desc";
  page: number;
}

export const defaultAccountListParams: AccountListParams = {
  q: "",
  role: null,
  unit: null,
  status: null,
  sort: "username",
  dir: "asc",
  page: 1,
};

export function parseAccountListParams(sp: SearchParams): AccountListParams {
  const role = textParam(sp, "role") ?? "";
  return {
    q: (textParam(sp, "q") ?? "").slice(0, 100),
    role: isRole(role) ? role : null,
    unit: parseUnitParam(textParam(sp, "unit") ?? ""),
    status: oneOfParam(sp, "status", ["active", "inactive"] as const) ?? null,
    sort: oneOfParam(sp, "sort", accountSorts) ?? "username",
    dir: textParam(sp, "dir") === "desc" ? "desc" : "asc",
    page: pageParam(sp),
  };
}

/** The list's URL with some parameters changed; defaults are left out to keep links short. */
export function accountListHref(params: AccountListParams, changes: Partial<AccountListParams> = {}): string {
  const next = { ...params, ...changes };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.role) query.set("role", next.role);
  if (next.unit) query.set("unit", unitParam(next.unit));
  if (next.status) query.set("status", next.status);
  if (next.sort !== "username") query.set("sort", next.sort);
  if (next.dir !== "asc") query.set("dir", next.dir);
  if (next.page > 1) query.set("page", String(next.page));
  const text = query.toString();
  return text ? `/accounts?${text}` : "/accounts";
}

/** Lower case without Vietnamese diacritics, so "hai" finds "Hải" and "duong" finds "Dương". */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}
