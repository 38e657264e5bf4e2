import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { VillageLayer } from "@/lib/map/classes";

// What colours the markers (?indicator=…), as links: the view lives in the URL, so it can be
// bookmarked, shared and printed. The period is the shared filter bar's (components/filters).

export async function MapLayerSwitch({
  layers,
  current,
  hrefFor,
}: {
  layers: readonly VillageLayer[];
  current: VillageLayer;
  hrefFor: (layer: VillageLayer) => string;
}) {
  const t = await getTranslations("map");
  const pill = (active: boolean) =>
    `rounded-full border px-2.5 py-1 text-xs ${active ? "border-union-600 bg-union-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <nav
      aria-label={t("layerLabel")}
      className="flex flex-wrap items-center gap-1.5 print:hidden"
      data-testid="layer-switch"
    >
      <span className="text-xs font-medium text-slate-500">{t("layerLabel")}:</span>
      {layers.map((layer) => (
        <Link
          key={layer}
          href={hrefFor(layer)}
          aria-current={layer === current ? "true" : undefined}
          className={pill(layer === current)}
          data-layer={layer}
        >
          {t(`layers.${layer}`)}
        </Link>
      ))}
    </nav>
  );
}
