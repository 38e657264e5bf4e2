import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HeadlineCard } from "@/components/overview/headline-card";
import { UnitsTable } from "@/components/overview/units-table";
import { requireViewer } from "@/lib/auth/viewer";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { homeSummary } from "@/lib/overview/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function HomePage() {
  const viewer = await requireViewer();
  const [summary, t, rawLocale] = await Promise.all([homeSummary(viewer), getTranslations("home"), getLocale()]);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "vi";
  const n = (v: number) => formatNumber(v, locale);
  const { totals } = summary;
  const coverage = totals.householdsTotal > 0 ? totals.householdsReached / totals.householdsTotal : 0;
  const proficiency = totals.householdsTotal > 0 ? totals.proficient / totals.householdsTotal : 0;
  const scopeLine =
    viewer.role === "admin"
      ? t("scopeAll", { communes: summary.communes, provinces: summary.provinces })
      : viewer.role === "provincial_officer"
        ? t("scopeProvince", { communes: summary.communes, province: summary.provinceName ?? "" })
        : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="text-sm text-slate-500">{scopeLine ?? t("sinceStart")}</p>
        </div>
        <p className="text-sm text-slate-500" data-testid="as-of">
          {summary.asOf ? t("asOf", { date: formatDate(summary.asOf) }) : t("noRecords")}
        </p>
      </div>

      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <HeadlineCard
          testId="card-coverage"
          label={t("cards.coverage")}
          value={formatPercent(coverage, locale)}
          detail={t("cards.coverageDetail", { reached: n(totals.householdsReached), total: n(totals.householdsTotal) })}
          progress={coverage}
          tone="covered"
        />
        <HeadlineCard
          testId="card-proficient"
          label={t("cards.proficient")}
          value={formatPercent(proficiency, locale)}
          detail={t("cards.proficientDetail", { count: n(totals.proficient), total: n(totals.householdsTotal) })}
          progress={proficiency}
          tone="covered"
        />
        <HeadlineCard testId="card-people" label={t("cards.people")} value={n(totals.peopleServed)} />
        <HeadlineCard testId="card-eid" label={t("cards.eid")} value={n(totals.eidActivated)} />
        <HeadlineCard testId="card-signatures" label={t("cards.signatures")} value={n(totals.signaturesInstalled)} />
        <HeadlineCard testId="card-sims" label={t("cards.sims")} value={n(totals.simsGiven)} />
        <HeadlineCard testId="card-dossiers" label={t("cards.dossiers")} value={n(totals.dossiersSubmitted)} />
        <HeadlineCard
          testId="card-volunteers"
          label={t("cards.volunteers")}
          value={n(totals.activeMembers)}
          detail={`${n(totals.villages)} ${t("cards.villages").toLowerCase()} · ${t("cards.remoteVillages", { count: n(totals.remoteVillages) })}`}
        />
      </div>

      {summary.communes > 1 ? <UnitsTable rows={summary.units} locale={locale} showProvince={viewer.role === "admin"} /> : null}
    </div>
  );
}
