import { UserPlus } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountsFilters } from "@/components/accounts/accounts-filters";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { accountListHref, parseAccountListParams } from "@/lib/accounts/list-params";
import { listAccounts, unitsInScope } from "@/lib/accounts/queries";
import { can } from "@/lib/auth/permissions";
import { roles as allRoles, type Role } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}

export default async function AccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "accounts.manage")) notFound();
  const params = parseAccountListParams(await searchParams);
  const [list, units, t] = await Promise.all([
    listAccounts(viewer, params),
    unitsInScope(viewer),
    getTranslations("accounts"),
  ]);
  const filterRoles: readonly Role[] =
    viewer.role === "admin" ? allRoles : ["provincial_officer", "commune_secretary", "center_director"];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="text-sm text-slate-500">
            {viewer.role === "admin" ? t("scopeAll") : t("scopeProvince", { province: viewer.provinceName ?? "" })}
          </p>
        </div>
        <Link
          href="/accounts/new"
          className="inline-flex items-center gap-1.5 rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-union-700"
        >
          <UserPlus className="h-4 w-4" aria-hidden />
          {t("new")}
        </Link>
      </div>
      <Card>
        <AccountsFilters params={params} roles={filterRoles} units={units} />
        <div className="border-t border-slate-100 px-4 py-1.5 text-xs text-slate-500" data-testid="accounts-total">
          {t("total", { count: list.total })}
        </div>
        <AccountsTable rows={list.rows} params={params} viewerId={viewer.id} />
        <Pager
          page={params.page}
          total={list.total}
          pageSize={list.pageSize}
          hrefFor={(page) => accountListHref(params, { page })}
        />
      </Card>
    </div>
  );
}
