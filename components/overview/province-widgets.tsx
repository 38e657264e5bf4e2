import { getTranslations } from "next-intl/server";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { seriesColours } from "@/components/charts/palette";
import { barListHeight } from "@/components/charts/sizes";
import { TrendChart } from "@/components/charts/trend-chart";
import { ChartCard } from "@/components/overview/chart-card";
import { bucketLabel } from "@/components/overview/labels";
import { CommuneTable, type SortKey } from "@/components/province/commune-table";
import type { Viewer } from "@/lib/auth/roles";
import type { SearchParams } from "@/lib/core/url-params";
import { chartRange, type Period } from "@/lib/filters/period";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { type provinceCommuneRows, provinceTrend } from "@/lib/overview/province-queries";
import { provinceMedian, provinceTotal } from "@/lib/overview/province-summary";
import { sortRows } from "@/lib/overview/ranking";

const trendKeys = ["peopleServed", "householdsServed", "signaturesInstalled"] as const;
/** Fixed chart sizes (they print, and the skeletons take them before the figures stream in). */
export const provinceTrendHeight = 200;
const rankingBars = 20;
const rankingRowHeight = 24;
export const rankingHeight = (communes: number) => barListHeight(Math.min(rankingBars, communes), rankingRowHeight);
const dashes = [undefined, "6 3", "2 2"];

export async function ProvinceTrendWidget({
  viewer,
  provinceId,
  period,
  asOf,
  locale,
}: {
  viewer: Viewer;
  provinceId: number;
  period: Period;
  asOf: string | null;
  locale: Locale;
}) {
  const [t, tb, tc, trend] = await Promise.all([
    getTranslations("province.trend"),
    getTranslations("home.buckets"),
    getTranslations("home.chart"),
    provinceTrend(viewer, provinceId, chartRange(period, asOf)),
  ]);
  const rightAxis: readonly string[] = ["signaturesInstalled"];
  const series = trendKeys.map((key, i) => ({
    key,
    label: rightAxis.includes(key) ? `${t(key)} ${tc("rightAxis")}` : t(key),
    colour: seriesColours[i]!,
    right: rightAxis.includes(key),
  }));
  const n = (v: number) => formatNumber(v, locale);
  return (
    <ChartCard
      testId="province-trend"
      title={t("title")}
      subtitle={tb(trend.unit)}
      legend={series.map((s, i) => ({ label: s.label, colour: s.colour, dash: dashes[i] }))}
      empty={trend.points.every((p) => p.peopleServed === 0 && p.householdsServed === 0)}
      emptyText={tc("empty")}
      tableLabel={tc("showTable")}
      table={{
        head: [tc("period"), ...trendKeys.map((k) => t(k)), t("simsGiven")],
        rows: trend.points.map((p) => ({
          key: p.from,
          cells: [
            p.from === p.to ? formatDate(p.from) : `${formatDate(p.from)} – ${formatDate(p.to)}`,
            ...trendKeys.map((k) => n(p[k])),
            n(p.simsGiven),
          ],
        })),
      }}
    >
      <TrendChart
        points={trend.points.map((p) => ({ ...p, label: bucketLabel(p.from, trend.unit) }))}
        series={series}
        locale={locale}
        width={520}
        height={provinceTrendHeight}
      />
    </ChartCard>
  );
}

type CommuneRows = ReturnType<typeof provinceCommuneRows>;

/** The communes' table, sorted as the URL says, with the province's total and median rows. */
export async function CommuneTableWidget({
  rows: pending,
  sort,
  direction,
  params,
  deskDays,
  locale,
}: {
  rows: CommuneRows;
  sort: SortKey;
  direction: "asc" | "desc";
  params: SearchParams;
  deskDays: number;
  locale: Locale;
}) {
  const { rows } = await pending;
  return (
    <CommuneTable
      rows={sortRows(rows, sort, direction)}
      total={provinceTotal(rows)}
      medianRow={provinceMedian(rows)}
      sort={sort}
      direction={direction}
      params={params}
      deskDays={deskDays}
      locale={locale}
    />
  );
}

/** Communes by coverage, the median as a dashed line, those falling behind in the attention colour. */
export async function RankingWidget({ rows: pending, locale }: { rows: CommuneRows; locale: Locale }) {
  const [t, tc, tt, { rows, medianCoverage }] = await Promise.all([
    getTranslations("province.ranking"),
    getTranslations("home.chart"),
    getTranslations("province.table"),
    pending,
  ]);
  const ranked = [...rows].sort((a, b) => b.coverage - a.coverage || a.name.localeCompare(b.name, "vi"));
  return (
    <ChartCard
      testId="ranking"
      title={t("title")}
      subtitle={
        medianCoverage === null ? undefined : `${t("medianLine")}: ${formatPercent(medianCoverage, locale)} (- - -)`
      }
      empty={rows.length === 0}
      emptyText={tt("empty")}
      tableLabel={tc("showTable")}
      table={{
        head: [tt("commune"), t("coverage")],
        rows: ranked.map((r, i) => ({
          key: r.communeId,
          cells: [`${i + 1}. ${r.name}`, formatPercent(r.coverage, locale)],
        })),
      }}
    >
      <BarListChart
        rows={ranked
          .slice(0, rankingBars)
          .map((r) => ({ label: r.name, value: r.coverage, marked: r.behind.length > 0 }))}
        referenceValue={medianCoverage}
        percent
        locale={locale}
        width={500}
        labelWidth={150}
        rowHeight={rankingRowHeight}
      />
    </ChartCard>
  );
}
