import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** What just happened: moves applied, or a volunteer deactivated whose households need a new "1". */
export async function ProposalBanner({
  applied,
  deactivated,
  locale,
}: {
  applied?: number;
  deactivated: { name: string; households: number } | null;
  locale: Locale;
}) {
  const t = await getTranslations("assignments");
  return (
    <div aria-live="polite" data-testid="assignments-banner">
      {applied != null ? (
        <p className="rounded-md border border-covered-500/30 bg-covered-50 px-3 py-2 text-sm text-covered-700">
          {t("applied", { count: formatNumber(applied, locale) })}
        </p>
      ) : deactivated ? (
        <p className="rounded-md border border-gap-500/30 bg-gap-50 px-3 py-2 text-sm text-gap-700">
          {deactivated.households > 0
            ? t("deactivated", { name: deactivated.name, count: formatNumber(deactivated.households, locale) })
            : t("deactivatedDone", { name: deactivated.name })}
        </p>
      ) : null}
    </div>
  );
}
