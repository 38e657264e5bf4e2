import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { FilterBar } from "@/components/filters/filter-bar";
import { MapLayerSwitch } from "@/components/map/map-layer-switch";
import { MapLegend } from "@/components/map/map-legend";
import { MapPending, MapPreload, MapView, type MapViewText } from "@/components/map/map-view";
import { StaticMap } from "@/components/map/static-map";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/viewer";
import { hrefWith, idParamOrInvalid, textParam, type SearchParams } from "@/lib/core/url-params";
import { env } from "@/lib/env";
import { periodParams, resolvePeriod, type Period } from "@/lib/filters/period";
import { asLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";
import {
  isVillageLayer,
  legendOf,
  provinceIndicators,
  schemes,
  villageLayers,
  type VillageLayer,
} from "@/lib/map/classes";
import { figureLines } from "@/lib/map/figure-lines";
import { legendLabel } from "@/lib/map/legend-labels";
import {
  communeForMap,
  provinceForMap,
  provinceMapFigures,
  provincesForMap,
  villagePointsForMap,
  villagesForMap,
} from "@/lib/map/queries";
import { communeScene, nationalScene, provinceScene, type SceneText } from "@/lib/map/scene";
import { toVillagePoints } from "@/lib/map/village-points";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("map"))("title") };
}

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const [t, tLines, tLegend, rawLocale] = await Promise.all([
    getTranslations("map"),
    getTranslations("map.lines"),
    getTranslations("map.legend"),
    getLocale(),
  ]);
  const locale: Locale = asLocale(rawLocale);
  const today = todayInVietnam();
  // The dashboards' period model and parameter names: a link from an overview keeps its period.
  const { period, error } = resolvePeriod(
    { period: textParam(sp, "period"), from: textParam(sp, "from"), to: textParam(sp, "to") },
    today,
  );
  const requested = textParam(sp, "indicator");
  const tileUrl = env.MAP_TILE_URL ?? null;

  const communeAsked = idParamOrInvalid(sp, "commune");
  const provinceAsked = idParamOrInvalid(sp, "province");
  if (communeAsked === "invalid" || (communeAsked === null && provinceAsked === "invalid")) notFound();
  const communeId = communeAsked ?? (provinceAsked === null && viewer.communeId != null ? viewer.communeId : null);
  const provinceId = communeId == null && provinceAsked !== "invalid" ? (provinceAsked ?? viewer.provinceId) : null;

  const layers: readonly VillageLayer[] = communeId != null ? villageLayers : provinceIndicators;
  const layer: VillageLayer = isVillageLayer(requested) && layers.includes(requested) ? requested : "coverage";
  const text: SceneText = {
    lines: figureLines(layer, locale, today, tLines),
    ring: (km) => t("ringLabel", { km }),
    center: null,
    hoangSa: t("hoangSa"),
    truongSa: t("truongSa"),
    classLabels: Object.fromEntries(
      legendOf(schemes[layer]).map((item) => [
        item.key,
        `${t(`layers.${layer}`)}: ${legendLabel(item, locale, tLegend)}`,
      ]),
    ),
  };
  const periodLine = t("periodRange", { from: formatDate(period.from), to: formatDate(period.to) });

  let heading: string;
  let crumbs: { href: string; label: string }[] = [];
  let target: MapTarget;
  let listTitle: string;
  let keep: Record<string, string>;
  /** The overview of the same area, same period. */
  let overviewHref: string | null;
  let symbols: Parameters<typeof MapLegend>[0]["symbols"];
  // The cheap, scoped look-up of the area decides 404 before anything streams; the figures (the
  // household scan at province scale) stream into the Suspense boundary below while the browser
  // already loads MapLibre (MapPreload).
  if (communeId != null) {
    const commune = await communeForMap(viewer, communeId);
    if (!commune) notFound();
    text.center = commune.serviceCenters[0] ? t("centerShort") : t("communeCenter");
    target = { kind: "commune", commune };
    heading = t("communeTitle", { name: commune.name });
    listTitle = t("villages");
    keep = { commune: String(commune.id) };
    overviewHref = hrefWith(
      "/",
      {},
      { commune: viewer.communeId === commune.id ? null : commune.id, ...periodParams(period) },
    );
    symbols = ["priority", "remote", "center", "rings", "size", ...(commune.boundary ? (["boundary"] as const) : [])];
    if (viewer.role === "admin" || viewer.role === "provincial_officer")
      crumbs = [{ href: `/map?province=${commune.provinceId}`, label: commune.provinceName }];
  } else if (provinceId != null) {
    const province = await provinceForMap(viewer, provinceId);
    if (!province) notFound();
    target = { kind: "province", province };
    heading = t("provinceTitle", { name: province.name });
    listTitle = t("communes");
    keep = { province: String(province.id) };
    overviewHref =
      viewer.communeId == null
        ? hrefWith("/province", {}, { province: viewer.role === "admin" ? province.id : null, ...periodParams(period) })
        : null;
    symbols = ["villages", "size", "boundary"];
    if (viewer.role === "admin") crumbs = [{ href: "/map", label: t("national") }];
  } else {
    target = { kind: "national" };
    heading = t("nationalTitle");
    listTitle = t("provinces");
    keep = {};
    overviewHref = hrefWith("/", {}, periodParams(period));
    symbols = ["villages", "size"];
  }
  const height = communeId == null && provinceId == null ? 600 : 450;

  const legendItems = legendOf(schemes[layer]);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          {crumbs.length > 0 ? (
            <nav aria-label={t("breadcrumb")} className="text-xs text-slate-500 print:hidden">
              {crumbs.map((c) => (
                <Link key={c.href} href={c.href} className="text-union-600 hover:underline">
                  {c.label}
                </Link>
              ))}{" "}
              ›
            </nav>
          ) : null}
          <h1 className="text-xl font-semibold text-slate-900">{heading}</h1>
          <p className="text-sm text-slate-500">
            {t(`layers.${layer}`)} · {periodLine}
          </p>
        </div>
        <div className="flex items-center gap-3 print:hidden">
          {overviewHref ? (
            <Link
              href={overviewHref}
              className="text-sm font-medium text-union-600 hover:underline"
              data-testid="to-overview"
            >
              {t("links.toOverview")}
            </Link>
          ) : null}
          {communeId != null && can(viewer, "boundaries.manage") ? (
            <Link
              href={`/admin/boundaries?commune=${communeId}`}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 print:hidden"
            >
              {t("boundary.upload")}
            </Link>
          ) : null}
        </div>
      </div>
      <FilterBar
        pathname="/map"
        params={sp}
        period={period}
        error={error}
        carry={{ ...keep, indicator: layer }}
        resetHref={hrefWith("/map", {}, keep)}
      />
      <MapLayerSwitch
        layers={layers}
        current={layer}
        hrefFor={(indicator) => hrefWith("/map", sp, { ...keep, indicator })}
      />
      <MapPreload />
      {/* Keyed by the area: a move to another commune or province shows the pending map, never the
          previous area's map under the new heading while the new figures stream. */}
      <Suspense key={areaKey(target)} fallback={<MapPending height={height} label={t("loading")} />}>
        <MapFigures
          viewer={viewer}
          target={target}
          layer={layer}
          period={period}
          today={today}
          text={text}
          tileUrl={tileUrl}
          height={height}
          heading={heading}
          view={{
            mapLabel: t("mapLabel", { name: heading }),
            listTitle,
            listEmpty: t("listEmpty"),
            rings: communeId != null ? t("toggles.rings") : null,
            priority: communeId != null ? t("toggles.priority") : null,
            priorityBadge: t("priorityBadge"),
            remoteBadge: t("remoteBadge"),
            goLive: t("goLive"),
            staticLabel: t("staticLabel", { name: heading }),
          }}
          legend={<MapLegend title={t(`layers.${layer}`)} items={legendItems} locale={locale} symbols={symbols} />}
          approximate={t("approximate")}
        />
      </Suspense>
    </div>
  );
}

type MapTarget =
  | { kind: "commune"; commune: NonNullable<Awaited<ReturnType<typeof communeForMap>>> }
  | { kind: "province"; province: NonNullable<Awaited<ReturnType<typeof provinceForMap>>> }
  | { kind: "national" };

const areaKey = (target: MapTarget) =>
  target.kind === "commune"
    ? `commune-${target.commune.id}`
    : target.kind === "province"
      ? `province-${target.province.id}`
      : "national";

/** The figures and what they draw: streamed after the page's head (the slow part at province scale). */
async function MapFigures(props: {
  viewer: Viewer;
  target: MapTarget;
  layer: VillageLayer;
  period: Period;
  today: string;
  text: SceneText;
  tileUrl: string | null;
  height: number;
  heading: string;
  view: MapViewText;
  legend: React.ReactNode;
  approximate: string;
}) {
  const { viewer, target, layer, period, today, text, tileUrl } = props;
  let scene;
  if (target.kind === "commune") {
    const { commune } = target;
    const villages = await villagesForMap(viewer, commune.id, period, today);
    const centerPoint = commune.serviceCenters[0] ?? commune.center;
    scene = communeScene(
      { id: commune.id, center: commune.center, boundary: commune.boundary },
      centerPoint,
      villages,
      layer,
      today,
      text,
      tileUrl,
    );
  } else if (target.kind === "province") {
    const { communes, villages } = await provinceMapFigures(viewer, target.province.id, period, today);
    scene = provinceScene(
      communes,
      layer,
      today,
      text,
      tileUrl,
      target.province.center,
      toVillagePoints(villages, layer, today),
    );
  } else {
    const [provinces, villages] = await Promise.all([
      provincesForMap(viewer, period, today),
      villagePointsForMap(viewer, null, period, today),
    ]);
    scene = nationalScene(provinces, layer, today, text, tileUrl, toVillagePoints(villages, layer, today));
  }
  return (
    <>
      <MapView
        scene={scene}
        height={props.height}
        text={{ ...props.view, rings: scene.rings.length > 0 ? props.view.rings : null }}
      >
        {props.legend}
      </MapView>
      <p className="text-[11px] leading-snug text-slate-500">{props.approximate}</p>
      <div className="hidden print:block">
        <StaticMap scene={scene} title={props.heading} />
      </div>
    </>
  );
}
