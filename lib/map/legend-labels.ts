import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { LegendItem } from "./classes";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A class's range as the legend writes it ("20% – 40%", "8 – 14 ngày", "Chưa có hộ"); `t` = map.legend. */
export function legendLabel(item: LegendItem, locale: Locale, t: Translate): string {
  if (item.key === "none") return t(`none.${item.noneKey}`);
  if (item.unit === "percent") return `${formatPercent(item.from!, locale, 0)} – ${formatPercent(item.to!, locale, 0)}`;
  const unit = t(`unit.${item.unit}`);
  if (item.to == null) return t("atLeast", { value: formatNumber(item.from!, locale), unit });
  return t("between", { from: formatNumber(item.from!, locale), to: formatNumber(item.to - 1, locale), unit });
}
