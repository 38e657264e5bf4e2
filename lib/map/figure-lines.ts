import { daysBetween } from "@/lib/filters/period";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { VillageLayer } from "./classes";
import type { AreaFigures } from "./queries";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The figures shown for a marker (tooltip and list): the layer's value first, then the rest. */
export function figureLines(layer: VillageLayer, locale: Locale, today: string, t: Translate) {
  const n = (v: number) => formatNumber(v, locale);
  return (f: AreaFigures, value: number | null): string[] => {
    const first = (() => {
      switch (layer) {
        case "coverage":
          return value == null
            ? t("none.noHouseholds")
            : t("coverage", { pct: formatPercent(value, locale), reached: n(f.reached), total: n(f.householdsTotal) });
        case "proficient":
          return value == null
            ? t("none.noHouseholds")
            : t("proficient", {
                pct: formatPercent(value, locale),
                count: n(f.proficient),
                total: n(f.householdsTotal),
              });
        case "lastDesk":
          return f.lastDeskOn
            ? t("lastDesk", { days: n(daysBetween(f.lastDeskOn, today)), date: formatDate(f.lastDeskOn) })
            : t("none.neverHeld");
        case "nextDesk":
          return f.nextDeskOn
            ? t("nextDesk", { days: n(daysBetween(today, f.nextDeskOn)), date: formatDate(f.nextDeskOn) })
            : t("none.notPlanned");
        case "load":
          return value == null
            ? t("none.noVolunteer")
            : t("load", { avg: formatNumber(value, locale, 1), volunteers: n(f.volunteers) });
      }
    })();
    const rest = [
      t("households", { total: n(f.householdsTotal), reached: n(f.reached) }),
      t("people", { count: n(f.peopleServed) }),
    ];
    if (layer !== "lastDesk" && f.lastDeskOn) rest.push(t("lastDeskShort", { date: formatDate(f.lastDeskOn) }));
    if (layer !== "nextDesk" && f.nextDeskOn) rest.push(t("nextDeskShort", { date: formatDate(f.nextDeskOn) }));
    return [first, ...rest];
  };
}
