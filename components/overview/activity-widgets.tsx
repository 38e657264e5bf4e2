import { getTranslations } from "next-intl/server";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { seriesColours } from "@/components/charts/palette";
import { TrendChart } from "@/components/charts/trend-chart";
import { ChartCard } from "@/components/overview/chart-card";
import type { Viewer } from "@/lib/auth/roles";
import { chartRange, type Period } from "@/lib/filters/period";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { channelBreakdown, procedureBreakdown, trendSeries, villageBreakdown } from "@/lib/overview/commune-queries";
import type { OverviewFilter } from "@/lib/overview/filters";
import { coverageOf } from "@/lib/overview/ranking";
import { bucketLabel } from "./labels";

type Props = { viewer: Viewer; filter: OverviewFilter; period: Period; locale: Locale };
const trendKeys = ["householdsServed", "signaturesInstalled", "simsGiven"] as const;
const dashes = [undefined, "6 3", "2 2"];
/** Long procedure names stay on one axis line; the table below the chart has them in full. */
const short = (label: string) => (label.length > 32 ? `${label.slice(0, 31).trimEnd()}…` : label);

export async function TrendWidget({ viewer, filter, period, asOf, locale }: Props & { asOf: string | null }) {
  const [t, tb, tc, trend] = await Promise.all([
    getTranslations("home.trend"),
    getTranslations("home.buckets"),
    getTranslations("home.chart"),
    trendSeries(viewer, filter, chartRange(period, asOf)),
  ]);
  const rightAxis: readonly string[] = ["signaturesInstalled", "simsGiven"];
  const series = trendKeys.map((key, i) => ({
    key,
    label: rightAxis.includes(key) ? `${t(key)} ${tc("rightAxis")}` : t(key),
    colour: seriesColours[i]!,
    right: rightAxis.includes(key),
  }));
  const empty = trend.points.every((p) => trendKeys.every((k) => p[k] === 0));
  const n = (v: number) => formatNumber(v, locale);
  return (
    <ChartCard
      testId="trend"
      title={t("title")}
      subtitle={tb(trend.unit)}
      legend={series.map((s, i) => ({ label: s.label, colour: s.colour, dash: dashes[i] }))}
      empty={empty}
      emptyText={tc("empty")}
      tableLabel={tc("showTable")}
      table={{
        head: [tc("period"), ...trendKeys.map((k) => t(k))],
        rows: trend.points.map((p) => ({
          key: p.from,
          cells: [
            p.from === p.to ? formatDate(p.from) : `${formatDate(p.from)} – ${formatDate(p.to)}`,
            ...trendKeys.map((k) => n(p[k])),
          ],
        })),
      }}
    >
      <TrendChart
        points={trend.points.map((p) => ({ ...p, label: bucketLabel(p.from, trend.unit) }))}
        series={series}
        locale={locale}
        width={680}
        height={190}
      />
    </ChartCard>
  );
}

export async function ChannelWidget({ viewer, filter, period, locale }: Props) {
  const [t, tch, tc, rows] = await Promise.all([
    getTranslations("home.channelBreakdown"),
    getTranslations("home.channels"),
    getTranslations("home.chart"),
    channelBreakdown(viewer, filter, period),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <ChartCard
      testId="channels"
      title={t("title")}
      subtitle={t("peopleServed")}
      empty={rows.every((r) => r.records === 0)}
      emptyText={tc("empty")}
      tableLabel={tc("showTable")}
      table={{
        head: [t("channel"), t("records"), t("peopleServed"), t("householdsServed")],
        rows: rows.map((r) => ({
          key: r.channel,
          cells: [tch(r.channel), n(r.records), n(r.peopleServed), n(r.householdsServed)],
        })),
      }}
    >
      <BarListChart
        rows={rows.map((r) => ({ label: tch(r.channel), value: r.peopleServed }))}
        locale={locale}
        width={330}
        rowHeight={34}
        labelWidth={112}
      />
    </ChartCard>
  );
}

export async function VillageWidget({ viewer, filter, period, locale }: Props) {
  const [t, tc, tf, rows] = await Promise.all([
    getTranslations("home.villages"),
    getTranslations("home.chart"),
    getTranslations("channelFilter"),
    villageBreakdown(viewer, filter, period),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  const shown = rows.slice(0, 14);
  return (
    <ChartCard
      testId="villages"
      title={t("title")}
      subtitle={`${t("householdsServed")} · ${t("remoteLegend")}`}
      empty={rows.length === 0}
      emptyText={t("empty")}
      tableLabel={tc("showTable")}
      table={{
        // Served and people follow the channel filter; coverage (first reach) cannot.
        head: [
          t("village"),
          t("householdsServed"),
          t("peopleServed"),
          filter.channel ? tf("villageCoverage") : t("coverage"),
        ],
        rows: rows.map((r) => ({
          key: r.villageId,
          cells: [
            <span key="n" data-testid="village-row">
              {r.remote ? <span title={t("remote")}>▲ </span> : null}
              {r.name}
              {r.remote ? <span className="sr-only"> ({t("remote")})</span> : null}
            </span>,
            <span key="h" data-testid="village-households-served">
              {n(r.householdsServed)}
            </span>,
            <span key="p" data-testid="village-people">
              {n(r.peopleServed)}
            </span>,
            `${formatPercent(coverageOf(r.reached, r.householdsTotal), locale)} (${n(r.reached)}/${n(r.householdsTotal)})`,
          ],
        })),
      }}
    >
      <BarListChart
        rows={shown.map((r) => ({
          label: r.remote ? `▲ ${r.name}` : r.name,
          value: r.householdsServed,
          marked: r.remote,
        }))}
        locale={locale}
        width={500}
        labelWidth={150}
      />
    </ChartCard>
  );
}

export async function ProcedureWidget({ viewer, filter, period, locale }: Props) {
  const [t, tc, tf, rows] = await Promise.all([
    getTranslations("home.procedures"),
    getTranslations("home.chart"),
    getTranslations("channelFilter"),
    procedureBreakdown(viewer, filter, period),
  ]);
  const name = (r: { nameVi: string; nameEn: string }) => (locale === "vi" ? r.nameVi : r.nameEn);
  return (
    <ChartCard
      testId="procedures"
      title={t("title")}
      subtitle={t("records")}
      note={filter.channel ? tf("proceduresNote") : undefined}
      empty={rows.length === 0}
      emptyText={t("empty")}
      tableLabel={tc("showTable")}
      table={{
        head: [t("procedure"), t("records")],
        rows: rows.map((r) => ({ key: r.code, cells: [name(r), formatNumber(r.records, locale)] })),
      }}
    >
      <BarListChart
        rows={rows.slice(0, 10).map((r) => ({ label: short(name(r)), value: r.records }))}
        locale={locale}
        width={500}
        labelWidth={250}
      />
    </ChartCard>
  );
}
