import { getTranslations } from "next-intl/server";
import { HeadlineCard, type ChangeDirection } from "@/components/overview/headline-card";
import type { Viewer } from "@/lib/auth/roles";
import type { Period } from "@/lib/filters/period";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { counterFigures, householdFigures, type Counter } from "@/lib/overview/commune-queries";
import { targetProgress, type TargetIndicator } from "@/lib/overview/field-queries";
import type { OverviewFilter } from "@/lib/overview/filters";
import { changeRatio, coverageOf } from "@/lib/overview/ranking";

const counterCards: { key: Counter; label: string; testId: string; indicator: TargetIndicator }[] = [
  { key: "peopleServed", label: "people", testId: "card-people", indicator: "people_served" },
  { key: "eidActivated", label: "eid", testId: "card-eid", indicator: "eid_activated" },
  { key: "signaturesInstalled", label: "signatures", testId: "card-signatures", indicator: "signatures_installed" },
  { key: "simsGiven", label: "sims", testId: "card-sims", indicator: "sims_given" },
  { key: "dossiersSubmitted", label: "dossiers", testId: "card-dossiers", indicator: "dossiers_submitted" },
];

export async function HeadlineCards({
  viewer,
  filter,
  period,
  asOf,
  locale,
}: {
  viewer: Viewer;
  filter: OverviewFilter;
  period: Period;
  asOf: string;
  locale: Locale;
}) {
  const [t, tf, tch, hh, counters, targets] = await Promise.all([
    getTranslations("home.cards"),
    getTranslations("channelFilter"),
    getTranslations("home.channels"),
    householdFigures(viewer, filter, period),
    counterFigures(viewer, filter, period),
    targetProgress(viewer, filter, asOf),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  // Targets are set per commune (or former commune): shown when the view is one of those.
  const showTargets = filter.communeId !== null && filter.villageId === null;
  const targetLine = (indicator: TargetIndicator) => {
    if (!showTargets) return undefined;
    const target = targets.find((x) => x.indicator === indicator);
    if (!target || target.achieved === null) return { text: t("noTarget"), done: undefined, progress: null };
    const progress = target.achieved / target.value;
    // A target is set for every channel together: under a channel filter its progress still counts them all.
    const text = t("target", { value: n(target.value), due: formatDate(target.dueOn).slice(0, 5) });
    return {
      text: filter.channel ? `${text} · ${tf("targetAllChannels")}` : text,
      done: t("targetDone", { progress: formatPercent(progress, locale) }),
      progress,
    };
  };
  const change = (current: number, previous: number): { text: string; direction: ChangeDirection } => {
    const ratio = changeRatio(current, previous);
    if (ratio === null) return { text: t("changeNone"), direction: "none" };
    if (ratio === 0) return { text: t("changeSame"), direction: "same" };
    const value = formatPercent(Math.abs(ratio), locale);
    return ratio > 0
      ? { text: t("changeUp", { value }), direction: "up" }
      : { text: t("changeDown", { value }), direction: "down" };
  };
  const coverage = coverageOf(hh.reached, hh.householdsTotal);
  // Reach is counted once per household from its first support (village_daily_reach has no
  // channel) and proficiency is the household's own flag: neither can be narrowed by channel.
  // What the channel does narrow, from village × day × channel: household contacts in the period.
  const notNarrowed = (reason: string) => (filter.channel ? { text: tf("notNarrowed"), reason } : undefined);
  const coverageDetail = t("coverageDetail", { reached: n(hh.reached), total: n(hh.householdsTotal) });
  const reachChange = change(hh.reachedInPeriod, hh.reachedInPrevious);
  return (
    <div className="grid grid-cols-4 gap-2.5 xl:grid-cols-7" data-testid="headline-cards">
      <HeadlineCard
        testId="card-coverage"
        label={t("coverage")}
        value={formatPercent(coverage, locale)}
        detail={
          filter.channel
            ? `${coverageDetail} · ${tf("servedVia", { count: n(counters.current.householdsServed), channel: tch(filter.channel) })}`
            : coverageDetail
        }
        change={{ text: t("newlyReached", { count: n(hh.reachedInPeriod) }), direction: reachChange.direction }}
        target={targetLine("households_reached")}
        note={notNarrowed(tf("coverageNote"))}
      />
      <HeadlineCard
        testId="card-proficient"
        label={t("proficient")}
        value={formatPercent(coverageOf(hh.proficient, hh.householdsTotal), locale)}
        detail={t("proficientDetail", { count: n(hh.proficient), total: n(hh.householdsTotal) })}
        target={targetLine("proficient_households")}
        note={notNarrowed(tf("proficientNote"))}
      />
      {counterCards.map((c) => (
        <HeadlineCard
          key={c.key}
          testId={c.testId}
          label={t(c.label)}
          value={n(counters.current[c.key])}
          change={change(counters.current[c.key], counters.previous[c.key])}
          target={targetLine(c.indicator)}
        />
      ))}
    </div>
  );
}
