import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { unitsInScope } from "@/lib/accounts/queries";
import { auditListHref, parseAuditListParams } from "@/lib/audit/list-params";
import { auditFilterOptions, listAuditEntries, unitNamesIn } from "@/lib/audit/queries";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "audit.read")) notFound();
  const params = parseAuditListParams(await searchParams);
  const [list, options, units, t] = await Promise.all([
    listAuditEntries(viewer, params),
    auditFilterOptions(viewer),
    unitsInScope(viewer),
    getTranslations("audit"),
  ]);
  const unitNames = await unitNamesIn(list.rows);
  const scopeLine =
    viewer.role === "admin"
      ? t("scopeAll")
      : viewer.role === "provincial_officer"
        ? t("scopeProvince", { province: viewer.provinceName ?? "" })
        : t("scopeCommune", { commune: viewer.communeName ?? "" });
  // A commune role sees one commune: a unit filter would offer nothing to choose.
  const unitChoices = viewer.role === "admin" || viewer.role === "provincial_officer" ? units : { provinces: [] };
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-500">{scopeLine}</p>
        <p className="text-xs text-slate-500">{t("retention")}</p>
      </div>
      <Card>
        <AuditFilters params={params} units={unitChoices} options={options} />
        <div className="border-t border-slate-100 px-4 py-1.5 text-xs text-slate-500" data-testid="audit-total">
          {t("total", { count: list.total })}
        </div>
        <AuditTable rows={list.rows} linkAccounts={can(viewer, "accounts.manage")} unitNames={unitNames} />
        <Pager
          page={params.page}
          total={list.total}
          pageSize={list.pageSize}
          hrefFor={(page) => auditListHref(params, { page })}
        />
      </Card>
    </div>
  );
}
