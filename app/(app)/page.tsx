import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { FilterBar } from "@/components/filters/filter-bar";
import { ChannelWidget, ProcedureWidget, TrendWidget, VillageWidget } from "@/components/overview/activity-widgets";
import { WidgetSkeleton } from "@/components/overview/chart-card";
import { DesksWidget, LoadWidget } from "@/components/overview/field-widgets";
import { HeadlineCards } from "@/components/overview/headline-cards";
import { RosterGapsWidget } from "@/components/overview/roster-gaps-widget";
import { requireViewer } from "@/lib/auth/viewer";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";
import { periodParams, previousPeriod, resolvePeriod } from "@/lib/filters/period";
import { asLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";
import { resolveOverviewArea } from "@/lib/overview/scope";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const area = await resolveOverviewArea(viewer, params);
  if (!area) notFound();
  const [t, tCommon, tMap, rawLocale] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("map.links"),
    getLocale(),
  ]);
  const locale: Locale = asLocale(rawLocale);
  const today = todayInVietnam();
  const { period, error } = resolvePeriod(params, today);
  const prev = previousPeriod(period);
  const { filter } = area;
  const widget = { viewer, filter, period, locale };
  const drilledDown = area.commune && (viewer.role === "admin" || viewer.role === "provincial_officer");
  // The same period on the map of the same area (a commune roles' /map is their commune).
  const mapHref = hrefWith("/map", {}, { commune: drilledDown ? filter.communeId : null, ...periodParams(period) });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          {drilledDown ? (
            <Link href="/province" className="no-print text-xs text-union-600 hover:underline">
              {t("backToProvince")}
            </Link>
          ) : null}
          <h1 className="text-xl font-semibold text-slate-900" data-testid="overview-title">
            {area.commune ? t("titleCommune", { commune: area.commune.name }) : t("title")}
          </h1>
          <p className="text-xs text-slate-600">
            {area.commune
              ? t("scopeCommune", { province: area.commune.provinceName })
              : t("scopeAll", { communes: area.communeCount })}
            {" · "}
            <span className="tabular">
              {t("periodLine", {
                from: formatDate(period.from),
                to: formatDate(period.to),
                prevFrom: formatDate(prev.from),
                prevTo: formatDate(prev.to),
              })}
            </span>
          </p>
        </div>
        <div className="flex items-center gap-4">
          <Link
            href={mapHref}
            className="no-print text-sm font-medium text-union-600 hover:underline"
            data-testid="to-map"
          >
            {tMap("toMap")}
          </Link>
          <p className="tabular text-sm font-medium text-slate-600" data-testid="as-of">
            {area.asOf ? t("asOf", { date: formatDate(area.asOf) }) : t("noRecords")}
          </p>
        </div>
      </div>

      <FilterBar
        pathname="/"
        params={params}
        period={period}
        error={error}
        villages={area.villages}
        formerCommunes={area.formerCommunes}
        selected={filter}
        showChannel
        carry={{ commune: drilledDown ? filter.communeId : null }}
        resetHref={drilledDown ? `/?commune=${filter.communeId}` : "/"}
      />

      <Suspense fallback={<WidgetSkeleton height="h-32" label={tCommon("loading")} />}>
        <HeadlineCards {...widget} asOf={area.asOf ?? today} />
      </Suspense>
      <div className="grid grid-cols-3 gap-3">
        <div className="col-span-2">
          <Suspense fallback={<WidgetSkeleton label={tCommon("loading")} />}>
            <TrendWidget {...widget} asOf={area.asOf} />
          </Suspense>
        </div>
        <Suspense fallback={<WidgetSkeleton label={tCommon("loading")} />}>
          <ChannelWidget {...widget} />
        </Suspense>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Suspense fallback={<WidgetSkeleton label={tCommon("loading")} />}>
          <VillageWidget {...widget} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton label={tCommon("loading")} />}>
          <ProcedureWidget {...widget} />
        </Suspense>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Suspense fallback={<WidgetSkeleton label={tCommon("loading")} />}>
          <LoadWidget viewer={viewer} filter={filter} locale={locale} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton label={tCommon("loading")} />}>
          <DesksWidget viewer={viewer} filter={filter} today={today} locale={locale} />
        </Suspense>
      </div>
      {filter.communeId ? (
        // Last on the page: it appears below what is already there and moves nothing.
        <Suspense fallback={null}>
          <RosterGapsWidget viewer={viewer} communeId={filter.communeId} today={today} locale={locale} />
        </Suspense>
      ) : null}
    </div>
  );
}
