import { getTranslations } from "next-intl/server";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { accent, attention } from "@/components/charts/palette";
import { ChartCard } from "@/components/overview/chart-card";
import { DeskTable } from "@/components/overview/desk-table";
import type { Viewer } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { mobileDesksThisMonth, volunteerLoad } from "@/lib/overview/field-queries";
import type { OverviewFilter } from "@/lib/overview/filters";

export async function LoadWidget({
  viewer,
  filter,
  locale,
}: {
  viewer: Viewer;
  filter: OverviewFilter;
  locale: Locale;
}) {
  const [t, tc, tf, load] = await Promise.all([
    getTranslations("home.load"),
    getTranslations("home.chart"),
    getTranslations("channelFilter"),
    volunteerLoad(viewer, filter),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <ChartCard
      testId="load"
      title={t("title")}
      subtitle={t("summary", {
        volunteers: n(load.volunteers),
        households: n(load.householdsAssigned),
        atNorm: n(load.atOrAboveNorm),
      })}
      legend={[
        { label: t("legendUnder"), colour: accent },
        { label: t("legendOver"), colour: attention },
      ]}
      note={filter.channel ? tf("loadNote") : undefined}
      empty={load.volunteers === 0}
      emptyText={t("empty")}
      tableLabel={tc("showTable")}
      table={{
        head: [t("band"), t("volunteers")],
        rows: load.bands.map((b) => ({ key: b.band, cells: [t(`bands.${b.band}`), n(b.volunteers)] })),
      }}
    >
      <BarListChart
        rows={load.bands.map((b) => ({
          label: t(`bands.${b.band}`),
          value: b.volunteers,
          marked: b.band === "over" || b.band === "heavy",
        }))}
        locale={locale}
        width={500}
        labelWidth={60}
      />
    </ChartCard>
  );
}

export async function DesksWidget({
  viewer,
  filter,
  today,
  locale,
}: {
  viewer: Viewer;
  filter: OverviewFilter;
  today: string;
  locale: Locale;
}) {
  const [t, tf, desks] = await Promise.all([
    getTranslations("home.desks"),
    getTranslations("channelFilter"),
    mobileDesksThisMonth(viewer, filter, today),
  ]);
  return (
    <DeskTable
      title={t("title")}
      subtitle={t("subtitle", {
        min: formatNumber(desks.targetMin, locale),
        max: formatNumber(desks.targetMax, locale),
        from: formatDate(desks.from),
        to: formatDate(desks.to),
      })}
      targetMin={desks.targetMin}
      targetMax={desks.targetMax}
      rows={desks.villages}
      note={filter.channel ? tf("desksNote") : undefined}
      locale={locale}
    />
  );
}
