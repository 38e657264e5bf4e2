import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { VillageDesks, VillageRecords, VillageVolunteers } from "@/components/village-page/village-lists";
import { VillageTrend } from "@/components/village-page/village-trend";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId } from "@/lib/core/url-params";
import { asLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent, todayInVietnam } from "@/lib/i18n/format";
import { villageActivity, villageById } from "@/lib/map/village-page";
import type { Metadata } from "next";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const village = id === undefined ? null : await villageById(viewer, id);
  return { title: village?.name ?? (await getTranslations("common"))("notFound") };
}

export default async function VillagePage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const village = id === undefined ? null : await villageById(viewer, id);
  if (!village) notFound();
  const today = todayInVietnam();
  const [activity, t, tKind, rawLocale, { saved }] = await Promise.all([
    villageActivity(viewer, village, today),
    getTranslations("mapVillage"),
    getTranslations("mapVillage.kind"),
    getLocale(),
    searchParams,
  ]);
  const locale: Locale = asLocale(rawLocale);
  const n = (v: number) => formatNumber(v, locale);
  const h = activity.households;
  const share = (v: number) =>
    village.householdsTotal > 0 ? formatPercent(Math.min(1, v / village.householdsTotal), locale) : "—";
  const mayEdit = can(viewer, "units.manage") || can(viewer, "households.manage");
  const mapHref = viewer.communeId === village.communeId ? "/map" : `/map?commune=${village.communeId}`;
  const facts: [string, string][] = [
    [t("facts.householdsTotal"), n(village.householdsTotal)],
    [t("facts.reached"), `${n(h.reached)} (${share(h.reached)})`],
    [t("facts.proficient"), `${n(h.proficient)} (${share(h.proficient)})`],
    [t("facts.smartphone"), n(h.smartphone)],
    [t("facts.elderly"), n(h.elderly)],
    [t("facts.poor"), n(h.poor)],
    [t("facts.ethnicMinority"), n(h.ethnic_minority)],
    [t("facts.unassigned"), n(h.unassigned)],
  ];

  return (
    <div className="space-y-4">
      {saved ? (
        <p
          role="status"
          className="rounded-md border border-covered-100 bg-covered-50 px-3 py-2 text-sm text-covered-700"
        >
          {t("saved")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-xs text-slate-500">
            <Link href={mapHref} className="text-union-600 hover:underline print:hidden">
              {t("backToMap", { commune: village.communeName })}
            </Link>
          </p>
          <h1 className="text-xl font-semibold text-slate-900" data-testid="village-name">
            {tKind(village.kind)} {village.name}
          </h1>
          <p className="flex flex-wrap items-center gap-1.5 text-sm text-slate-500">
            <span>{village.communeName}</span>
            {village.formerCommune ? <span>· {t("former", { name: village.formerCommune })}</span> : null}
            {village.priorityGroup ? (
              <span
                className="rounded bg-[#efe6f6] px-1.5 text-xs font-semibold text-[#6a3d9a]"
                data-testid="village-priority"
              >
                {t("priority", { group: village.priorityGroup })}
              </span>
            ) : null}
            {village.remote ? (
              <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t("remote")}</span>
            ) : null}
            {!village.hasInternet ? (
              <span className="rounded bg-gap-50 px-1.5 text-xs text-gap-700">{t("noInternet")}</span>
            ) : null}
          </p>
        </div>
        {mayEdit ? (
          <Link
            href={`/villages/${village.id}/edit`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 print:hidden"
          >
            {t("edit")}
          </Link>
        ) : null}
      </div>

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader
            title={t("households")}
            aside={<span className="text-xs text-slate-500">{t("asOf", { date: formatDate(today) })}</span>}
          />
          <dl
            className="grid grid-cols-2 gap-x-6 gap-y-1.5 px-4 py-3 text-sm sm:grid-cols-4"
            data-testid="village-households"
          >
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="tabular font-semibold text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardHeader title={t("place")} />
          <dl className="space-y-1 px-4 py-3 text-sm">
            <div className="flex justify-between">
              <dt className="text-slate-500">{t("coords")}</dt>
              <dd className="tabular">
                {formatNumber(village.lat, locale, 4)}; {formatNumber(village.lng, locale, 4)}
              </dd>
            </div>
            <div className="flex justify-between">
              <dt className="text-slate-500">{t("distance")}</dt>
              <dd className="tabular">{formatNumber(village.distanceKm, locale, 1)} km</dd>
            </div>
          </dl>
          {/* A <dl> may only hold dt/dd groups (axe definition-list): the note follows it. */}
          {village.coordsApproximate ? <p className="px-4 pb-3 text-xs text-slate-500">{t("approximate")}</p> : null}
        </Card>
      </div>

      <VillageTrend rows={activity.trend} locale={locale} />
      <div className="grid gap-4 lg:grid-cols-2">
        <VillageVolunteers rows={activity.volunteers} locale={locale} />
        <VillageDesks upcoming={activity.upcomingDesks} past={activity.pastDesks} />
      </div>
      <VillageRecords rows={activity.records} locale={locale} />
      {activity.history.length > 0 ? (
        <Card>
          <CardHeader title={t("history.title")} />
          <ul className="divide-y divide-slate-100 px-4 py-1 text-sm">
            {activity.history.map((e) => (
              <li key={e.id} className="py-1">
                <span className="tabular">{formatDate(e.effective_on)}</span> ·{" "}
                {t(`history.${e.event}`, { previous: e.previous_name ?? "" })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
