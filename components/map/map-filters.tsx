import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { periodKeys, type PeriodKey } from "@/lib/map/period";
import type { VillageLayer } from "@/lib/map/classes";

// Layer (what colours the markers) and period, as links: the view lives in the URL, so it can be
// bookmarked, shared and printed.

export async function MapFilters({
  layers,
  current,
  period,
  hrefFor,
}: {
  layers: readonly VillageLayer[];
  current: VillageLayer;
  period: PeriodKey;
  hrefFor: (change: { indicator?: VillageLayer; period?: PeriodKey }) => string;
}) {
  const t = await getTranslations("map");
  const pill = (active: boolean) =>
    `rounded-full border px-2.5 py-1 text-xs ${active ? "border-union-600 bg-union-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 print:hidden">
      <nav aria-label={t("layerLabel")} className="flex flex-wrap items-center gap-1.5" data-testid="layer-switch">
        <span className="text-xs font-medium text-slate-500">{t("layerLabel")}:</span>
        {layers.map((layer) => (
          <Link key={layer} href={hrefFor({ indicator: layer })} aria-current={layer === current ? "true" : undefined} className={pill(layer === current)} data-layer={layer}>
            {t(`layers.${layer}`)}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("periodLabel")} className="flex flex-wrap items-center gap-1.5">
        <span className="text-xs font-medium text-slate-500">{t("periodLabel")}:</span>
        {periodKeys.map((key) => (
          <Link key={key} href={hrefFor({ period: key })} aria-current={key === period ? "true" : undefined} className={pill(key === period)}>
            {t(`periods.${key}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
