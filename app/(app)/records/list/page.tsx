import { getLocale, getTranslations } from "next-intl/server";
import { ImportLink } from "@/components/import/import-link";
import { RecordsFilters } from "@/components/records/records-filters";
import { RecordsNav } from "@/components/records/records-nav";
import { RecordsTable, type SortLink } from "@/components/records/records-table";
import { Card, CardHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import { asLocale } from "@/lib/i18n/config";
import { importableKinds } from "@/lib/import/permissions";
import { PAGE_SIZE, parseRecordFilters, recordFiltersQuery, recordSortKeys } from "@/lib/records/list-params";
import { mayWriteChannel } from "@/lib/records/permissions";
import { entryOptions, listRecords } from "@/lib/records/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("listTitle") };
}

export default async function RecordsListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const filters = parseRecordFilters(await searchParams);
  const [t, rawLocale, options, { rows, total }] = await Promise.all([
    getTranslations("records"),
    getLocale(),
    entryOptions(viewer),
    listRecords(viewer, filters),
  ]);
  const locale = asLocale(rawLocale);
  const here = `/records/list${recordFiltersQuery(filters)}`;

  const sortLinks = Object.fromEntries(
    recordSortKeys.map((key): [string, SortLink] => {
      const active = filters.sort === key ? filters.dir : null;
      const dir =
        active === "desc"
          ? "asc"
          : active === "asc"
            ? "desc"
            : key === "servedOn" || key === "peopleServed"
              ? "desc"
              : "asc";
      return [key, { key, active, href: `/records/list${recordFiltersQuery(filters, { sort: key, dir, page: 1 })}` }];
    }),
  );
  const exportQuery = recordFiltersQuery(filters, { page: 1 });
  const exportHref = (format: "csv" | "xlsx") =>
    `/records/export${exportQuery ? `${exportQuery}&` : "?"}format=${format}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-xl font-semibold text-slate-900">{t("listTitle")}</h1>
        <RecordsNav current="list" />
      </div>
      <Card className="p-4">
        <RecordsFilters filters={filters} villages={options.villages} members={options.members} />
      </Card>
      <Card>
        <CardHeader
          title={<span data-testid="list-total">{t("list.total", { count: total })}</span>}
          aside={
            <span className="no-print flex gap-2 text-sm">
              {importableKinds(viewer).includes("records") ? (
                <ImportLink
                  kind="records"
                  className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50"
                />
              ) : null}
              <a
                href={exportHref("csv")}
                className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50"
                download
              >
                {t("list.exportCsv")}
              </a>
              <a
                href={exportHref("xlsx")}
                className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50"
                download
              >
                {t("list.exportXlsx")}
              </a>
            </span>
          }
        />
        <RecordsTable
          rows={rows}
          procedures={options.procedures}
          locale={locale}
          returnTo={here}
          canChange={(row) => viewer.communeId != null && mayWriteChannel(viewer, row.channel)}
          sortLinks={sortLinks}
          emptyText={t("list.empty")}
        />
        <Pager
          page={filters.page}
          total={total}
          pageSize={PAGE_SIZE}
          hrefFor={(page) => `/records/list${recordFiltersQuery(filters, { page })}`}
        />
      </Card>
    </div>
  );
}
