import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CoverageTable } from "@/components/desks/coverage-table";
import { DesksTable } from "@/components/desks/desks-table";
import { MonthCalendar } from "@/components/desks/month-calendar";
import { PrintButton } from "@/components/records/print-button";
import { Card } from "@/components/ui/card";
import { buttonLink, filterInput, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { pageSize } from "@/lib/core/form-schemas";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";
import { deskFiltersFrom, deskStatuses, shiftMonth } from "@/lib/desks/list-params";
import { deskCoverage, desksInMonth, listDesks, villageOptions } from "@/lib/desks/queries";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatDate, formatNumber, todayInVietnam } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desks"))("title") };
}

// A4 landscape for the printed month (the sidebar and filters carry .no-print).
const printCss = "@media print { @page { size: A4 landscape; margin: 8mm } .desk-calendar td { height: 2.6cm } }";

export default async function DesksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const today = todayInVietnam();
  const filters = deskFiltersFrom(params, today);
  const communeId = viewer.communeId ?? filters.communeId;
  const [t, locale, villages] = await Promise.all([
    getTranslations("desks"),
    currentLocale(),
    villageOptions(viewer, communeId ?? undefined),
  ]);
  const provincial = viewer.role === "provincial_officer" || viewer.role === "admin";
  const [coverage, calendar, list] = await Promise.all([
    provincial ? deskCoverage(viewer, today) : null,
    filters.view === "month" ? desksInMonth(viewer, filters) : null,
    filters.view === "list" ? listDesks(viewer, filters) : null,
  ]);
  const total = calendar?.length ?? list?.total ?? 0;
  const monthLabel =
    filters.month === "all" ? t("filters.all") : `${filters.month.slice(5)}/${filters.month.slice(0, 4)}`;
  const tab = (view: "month" | "list") =>
    `rounded-md px-3 py-1.5 text-sm ${filters.view === view ? "bg-union-600 font-medium text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;

  return (
    <div className="space-y-4">
      <style>{printCss}</style>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { total: formatNumber(total, locale), month: monthLabel })}
        actions={
          <span className="no-print flex flex-wrap items-center gap-2">
            <a
              href={hrefWith("/desks/export", params, { format: "csv", page: null, view: null })}
              className={secondaryLink}
              download
            >
              {t("exportCsv")}
            </a>
            <a
              href={hrefWith("/desks/export", params, { format: "xlsx", page: null, view: null })}
              className={secondaryLink}
              download
            >
              {t("exportXlsx")}
            </a>
            <PrintButton label={t("print")} />
            {can(viewer, "desks.manage") ? (
              <Link
                href={`/desks/plan${filters.communeId && viewer.communeId == null ? `?commune=${filters.communeId}` : ""}`}
                className={secondaryLink}
              >
                {t("planLink")}
              </Link>
            ) : null}
            {can(viewer, "desks.manage") && viewer.communeId != null ? (
              <>
                <Link href="/desks/series" className={secondaryLink}>
                  {t("series.link")}
                </Link>
                <Link href="/desks/new" className={buttonLink}>
                  {t("new")}
                </Link>
              </>
            ) : null}
          </span>
        }
      />
      {!can(viewer, "desks.manage") && !can(viewer, "desks.staff.civil_servants") ? (
        <p className="no-print text-sm text-slate-600" data-testid="desks-read-only">
          {t("readOnly")}
        </p>
      ) : null}
      {coverage ? (
        <CoverageTable
          rows={coverage}
          locale={locale}
          month={today.slice(0, 7)}
          subtitle={t("coverage.subtitle", {
            month: `${today.slice(5, 7)}/${today.slice(0, 4)}`,
            today: formatDate(today),
          })}
        />
      ) : null}

      <nav className="no-print flex flex-wrap items-center gap-2" aria-label={t("fields.month")}>
        <Link
          href={hrefWith("/desks", params, { view: "month", page: null })}
          className={tab("month")}
          aria-current={filters.view === "month" ? "page" : undefined}
        >
          {t("views.month")}
        </Link>
        <Link
          href={hrefWith("/desks", params, { view: "list", page: null })}
          className={tab("list")}
          aria-current={filters.view === "list" ? "page" : undefined}
        >
          {t("views.list")}
        </Link>
        <span className="mx-2 h-5 w-px bg-slate-300" aria-hidden />
        <Link
          href={hrefWith("/desks", params, { month: shiftMonth(filters.month, -1, today), page: null })}
          className={secondaryLink}
          rel="prev"
        >
          {t("previousMonth")}
        </Link>
        <span className="tabular text-sm font-medium text-slate-800" data-testid="desks-month">
          {monthLabel}
        </span>
        <Link
          href={hrefWith("/desks", params, { month: shiftMonth(filters.month, 1, today), page: null })}
          className={secondaryLink}
          rel="next"
        >
          {t("nextMonth")}
        </Link>
        <Link href={hrefWith("/desks", params, { month: null, page: null })} className={secondaryLink}>
          {t("thisMonth")}
        </Link>
      </nav>

      <form
        method="get"
        className="no-print flex flex-wrap items-end gap-2"
        role="search"
        aria-label={t("filters.filter")}
      >
        <input type="hidden" name="view" value={filters.view} />
        <input type="hidden" name="month" value={filters.month} />
        {filters.communeId ? <input type="hidden" name="commune" value={filters.communeId} /> : null}
        {villages.length > 0 ? (
          <select
            name="village"
            defaultValue={filters.villageId?.toString() ?? ""}
            aria-label={t("fields.village")}
            className={filterInput}
          >
            <option value="">
              {t("fields.village")}: {t("filters.all")}
            </option>
            {villages.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        ) : null}
        <select
          name="status"
          defaultValue={filters.status ?? ""}
          aria-label={t("fields.status")}
          className={filterInput}
        >
          <option value="">
            {t("fields.status")}: {t("filters.all")}
          </option>
          {deskStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-union-700"
        >
          {t("filters.filter")}
        </button>
        <Link href={hrefWith("/desks", {}, { view: filters.view, month: filters.month })} className={secondaryLink}>
          {t("filters.clear")}
        </Link>
      </form>

      <Card>
        {calendar ? <MonthCalendar month={filters.month} desks={calendar} today={today} /> : null}
        {list ? (
          <>
            <DesksTable rows={list.rows} locale={locale} showCommune={viewer.communeId == null} />
            <Pager
              page={filters.page}
              total={list.total}
              pageSize={pageSize}
              hrefFor={(page) => hrefWith("/desks", params, { page })}
            />
          </>
        ) : null}
      </Card>
    </div>
  );
}
