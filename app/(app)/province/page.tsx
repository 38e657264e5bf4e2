import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartCardSkeleton } from "@/components/overview/chart-card";
import {
  CommuneTableWidget,
  ProvinceTrendWidget,
  provinceTrendHeight,
  RankingWidget,
  rankingHeight,
} from "@/components/overview/province-widgets";
import { sortKeys, type SortKey } from "@/components/province/commune-table";
import { CommuneTableSkeleton } from "@/components/province/commune-table-skeleton";
import { ProvinceFilters } from "@/components/province/province-filters";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { hrefWith, idParamOrInvalid, textParam, type SearchParams } from "@/lib/core/url-params";
import { periodParams, resolvePeriod } from "@/lib/filters/period";
import { asLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";
import {
  provinceAsOf,
  provinceCommuneCount,
  provinceCommuneRows,
  resolveProvince,
} from "@/lib/overview/province-queries";
import { parseBehindRule } from "@/lib/overview/ranking";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("province"))("title") };
}

export default async function ProvincePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const chosen = await resolveProvince(viewer, idParamOrInvalid(params, "province"));
  if (!chosen) notFound();
  const { province, all } = chosen;
  const [t, tHome, tCommon, tMap, rawLocale] = await Promise.all([
    getTranslations("province"),
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("map.links"),
    getLocale(),
  ]);
  const locale: Locale = asLocale(rawLocale);
  const today = todayInVietnam();
  const { period, error } = resolvePeriod(
    { period: textParam(params, "period") ?? "quarter", from: textParam(params, "from"), to: textParam(params, "to") },
    today,
  );
  const rule = parseBehindRule({
    behindShare: textParam(params, "behindShare"),
    deskDays: textParam(params, "deskDays"),
  });
  // The communes' figures stream in (the table and the ranking share one query, started here);
  // the header, the filters and the "as of" date come first.
  const communeRows = provinceCommuneRows(viewer, province.id, period, today, rule);
  // Awaited by the widgets below; a failure surfaces there (the error page), not as an unhandled rejection meanwhile.
  communeRows.catch(() => undefined);
  const [asOf, communeCount] = await Promise.all([
    provinceAsOf(viewer, province.id),
    provinceCommuneCount(viewer, province.id),
  ]);
  const sort: SortKey = (sortKeys as readonly string[]).includes(textParam(params, "sort") ?? "")
    ? (textParam(params, "sort") as SortKey)
    : "coverage";
  const direction =
    textParam(params, "dir") === "asc"
      ? "asc"
      : textParam(params, "dir") === "desc"
        ? "desc"
        : sort === "name"
          ? "asc"
          : "desc";

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("titleOf", { province: province.name })}</h1>
          <p className="text-xs text-slate-600">
            {t("communesCount", { count: communeCount })} · {formatDate(period.from)} – {formatDate(period.to)}
          </p>
        </div>
        <div className="flex items-center gap-4">
          <Link
            href={hrefWith("/map", {}, { province: province.id, ...periodParams(period) })}
            className="no-print text-sm font-medium text-union-600 hover:underline"
            data-testid="to-map"
          >
            {tMap("toMap")}
          </Link>
          {can(viewer, "targets.manage") ? (
            <Link
              href={`/province/targets?province=${province.id}`}
              className="text-sm font-medium text-union-600 hover:underline"
            >
              {t("targetsLink")}
            </Link>
          ) : null}
          <p className="tabular text-sm font-medium text-slate-600" data-testid="as-of">
            {asOf ? t("asOf", { date: formatDate(asOf) }) : tHome("noRecords")}
          </p>
        </div>
      </div>
      <ProvinceFilters
        params={params}
        provinces={viewer.role === "admin" ? all : []}
        provinceId={province.id}
        period={period}
        error={error}
        rule={rule}
      />
      <Suspense
        fallback={<CommuneTableSkeleton count={communeCount} deskDays={rule.deskDays} label={tCommon("loading")} />}
      >
        <CommuneTableWidget
          rows={communeRows}
          sort={sort}
          direction={direction}
          params={params}
          deskDays={rule.deskDays}
          locale={locale}
        />
      </Suspense>
      <div className="grid grid-cols-2 gap-3">
        <Suspense
          fallback={
            <ChartCardSkeleton
              title={t("trend.title")}
              chartHeight={provinceTrendHeight}
              legend
              label={tCommon("loading")}
            />
          }
        >
          <ProvinceTrendWidget viewer={viewer} provinceId={province.id} period={period} asOf={asOf} locale={locale} />
        </Suspense>
        <Suspense
          fallback={
            <ChartCardSkeleton
              title={t("ranking.title")}
              chartHeight={rankingHeight(communeCount)}
              label={tCommon("loading")}
            />
          }
        >
          <RankingWidget rows={communeRows} locale={locale} />
        </Suspense>
      </div>
    </div>
  );
}
