import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { accountListHref, type AccountListParams, type AccountSort } from "@/lib/accounts/list-params";
import type { Role } from "@/lib/auth/roles";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

interface Row {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  provinceName: string | null;
  communeName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export async function AccountsTable({
  rows,
  params,
  viewerId,
}: {
  rows: Row[];
  params: AccountListParams;
  viewerId: number;
}) {
  const [t, tRoles] = await Promise.all([getTranslations("accounts"), getTranslations("roles")]);

  const header = (column: AccountSort, align: "left" | "right" = "left") => {
    const active = params.sort === column;
    const nextDir = active && params.dir === "asc" ? "desc" : "asc";
    const Arrow = params.dir === "asc" ? ArrowUp : ArrowDown;
    return (
      <th
        scope="col"
        className={`whitespace-nowrap px-3 py-2 font-medium ${align === "right" ? "text-right" : ""}`}
        aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        <Link
          href={accountListHref(params, { sort: column, dir: nextDir, page: 1 })}
          className="inline-flex items-center gap-1 hover:text-slate-900"
        >
          {t(`columns.${column}`)}
          {active ? (
            <Arrow className="h-3 w-3" aria-label={params.dir === "asc" ? t("sortAscending") : t("sortDescending")} />
          ) : null}
        </Link>
      </th>
    );
  };

  if (rows.length === 0) return <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>;
  return (
    <table className="w-full text-sm" data-testid="accounts-table">
      <thead className="bg-slate-50 text-left text-xs text-slate-500">
        <tr>
          {header("username")}
          {header("displayName")}
          {header("role")}
          {header("unit")}
          <th scope="col" className="px-3 py-2 font-medium">
            {t("columns.status")}
          </th>
          {header("lastLogin", "right")}
          {header("created", "right")}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className={r.active ? "" : "text-slate-500"}>
            <td className="px-3 py-1.5 font-mono text-[13px]">
              <Link href={`/accounts/${r.id}`} className="text-union-700 hover:underline">
                {r.username}
              </Link>
              {r.id === viewerId ? <span className="ml-1 font-sans text-xs text-slate-500">({t("you")})</span> : null}
            </td>
            <td className="px-3 py-1.5">{r.displayName}</td>
            <td className="px-3 py-1.5 text-xs">{tRoles(r.role)}</td>
            <td className="px-3 py-1.5">
              {r.communeName ?? r.provinceName ?? t("noUnit")}
              {r.communeName && r.provinceName ? (
                <span className="text-xs text-slate-500"> · {r.provinceName}</span>
              ) : null}
            </td>
            <td className="px-3 py-1.5 text-xs">
              {r.active ? (
                <span className="whitespace-nowrap rounded bg-covered-50 px-1.5 py-0.5 text-covered-700">
                  {t("status.active")}
                </span>
              ) : (
                <span className="whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">
                  {t("status.inactive")}
                </span>
              )}
              {r.active && r.mustChangePassword ? (
                <span className="ml-1 whitespace-nowrap rounded bg-gap-50 px-1.5 py-0.5 text-gap-700">
                  {t("status.mustChange")}
                </span>
              ) : null}
            </td>
            <td className="tabular whitespace-nowrap px-3 py-1.5 text-right text-xs">
              {r.lastLoginAt ? formatDateTime(r.lastLoginAt) : <span className="text-slate-500">{t("never")}</span>}
            </td>
            <td className="tabular whitespace-nowrap px-3 py-1.5 text-right text-xs">{formatDate(r.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
