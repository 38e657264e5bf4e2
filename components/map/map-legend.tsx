import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import type { LegendItem } from "@/lib/map/classes";
import { legendLabel } from "@/lib/map/legend-labels";

// The legend, in HTML (so it prints crisply and reads out): one row per class, then the symbols.

export async function MapLegend({
  title,
  items,
  locale,
  symbols,
}: {
  title: string;
  items: LegendItem[];
  locale: Locale;
  symbols: ("priority" | "remote" | "center" | "rings" | "size" | "boundary" | "villages")[];
}) {
  const t = await getTranslations("map.legend");
  const range = (item: LegendItem) => legendLabel(item, locale, t);
  return (
    <section
      aria-label={t("title")}
      className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700"
      data-testid="map-legend"
    >
      <h2 className="mb-1.5 text-sm font-semibold text-slate-800">{title}</h2>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.key} className="flex items-center gap-2" data-class={item.key} data-color={item.color}>
            <span
              aria-hidden
              className="inline-block h-3.5 w-3.5 rounded-full border border-slate-500"
              style={{ backgroundColor: item.color }}
            />
            <span className="tabular">{range(item)}</span>
          </li>
        ))}
      </ul>
      <ul className="mt-2 space-y-1 border-t border-slate-100 pt-2">
        {symbols.includes("priority") ? (
          <li className="flex items-center gap-2">
            <span
              aria-hidden
              className="inline-block h-3.5 w-3.5 rounded-full border border-slate-500 bg-white ring-2 ring-[#6a3d9a] ring-offset-1"
            />
            {t("priority")}
          </li>
        ) : null}
        {symbols.includes("remote") ? (
          <li className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-3.5 w-3.5 rounded-full border-2 border-[#6a3d9a] bg-white" />
            {t("remote")}
          </li>
        ) : null}
        {symbols.includes("center") ? (
          <li className="flex items-center gap-2">
            <span
              aria-hidden
              className="inline-block h-3.5 w-3.5 rounded-full border-2 border-white bg-[#163f80] shadow-[0_0_0_1px_#163f80]"
            />
            {t("center")}
          </li>
        ) : null}
        {symbols.includes("rings") ? (
          <li className="flex items-center gap-2">
            <span aria-hidden className="inline-block w-3.5 border-t-2 border-dashed border-[#163f80]" />
            {t("rings")}
          </li>
        ) : null}
        {symbols.includes("boundary") ? (
          <li className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-3 w-3.5 border border-slate-600 bg-slate-200" />
            {t("boundary")}
          </li>
        ) : null}
        {symbols.includes("villages") ? (
          <li className="flex items-center gap-2" data-testid="legend-villages">
            <span aria-hidden className="inline-flex w-3.5 justify-center">
              <span className="inline-block h-1.5 w-1.5 rounded-full border border-slate-600 bg-slate-300" />
            </span>
            {t("villageDots")}
          </li>
        ) : null}
        {symbols.includes("size") ? <li className="text-slate-500">{t("size")}</li> : null}
      </ul>
    </section>
  );
}
