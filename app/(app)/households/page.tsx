import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HouseholdFilters } from "@/components/households/household-filters";
import { HouseholdsTable } from "@/components/households/households-table";
import { ImportLink } from "@/components/import/import-link";
import { Card } from "@/components/ui/card";
import { buttonLink, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { pageSize } from "@/lib/core/form-schemas";
import { villageOptions } from "@/lib/core/options";
import { hrefWith, textParam, type SearchParams } from "@/lib/core/url-params";
import { householdFiltersFrom } from "@/lib/households/filters";
import { listHouseholds } from "@/lib/households/queries";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatNumber } from "@/lib/i18n/format";
import { importableKinds } from "@/lib/import/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households"))("title") };
}

export default async function HouseholdsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = householdFiltersFrom(params);
  const [{ rows, total }, villages, t, locale] = await Promise.all([
    listHouseholds(viewer, filters),
    villageOptions(viewer),
    getTranslations("households"),
    currentLocale(),
  ]);
  const exportable = can(viewer, "households.export");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { total: formatNumber(total, locale) })}
        actions={
          <>
            {exportable ? (
              <>
                <a
                  href={hrefWith("/households/export", params, { format: "csv", page: null })}
                  className={secondaryLink}
                  title={t("exportNote")}
                  download
                >
                  {t("exportCsv")}
                </a>
                <a
                  href={hrefWith("/households/export", params, { format: "xlsx", page: null })}
                  className={secondaryLink}
                  title={t("exportNote")}
                  download
                >
                  {t("exportXlsx")}
                </a>
              </>
            ) : null}
            {importableKinds(viewer).includes("households") ? (
              <ImportLink kind="households" className={secondaryLink} />
            ) : null}
            {can(viewer, "households.manage") ? (
              <Link href="/households/new" className={buttonLink}>
                {t("new")}
              </Link>
            ) : null}
          </>
        }
      />
      <HouseholdFilters
        values={{
          q: filters.q,
          village: filters.villageId?.toString(),
          flags: filters.flags,
          sort: textParam(params, "sort"),
          dir: textParam(params, "dir"),
        }}
        villages={villages}
      />
      <Card>
        <HouseholdsTable rows={rows} params={params} sort={filters.sort} dir={filters.dir} />
        <Pager
          page={filters.page}
          total={total}
          pageSize={pageSize}
          hrefFor={(page) => hrefWith("/households", params, { page })}
        />
      </Card>
    </div>
  );
}
