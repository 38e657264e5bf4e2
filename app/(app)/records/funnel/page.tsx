import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FunnelSummaryTable } from "@/components/records/funnel-summary";
import { NotReachedList } from "@/components/records/not-reached-list";
import { PrintButton } from "@/components/records/print-button";
import { RecordsNav } from "@/components/records/records-nav";
import { Card, CardHeader } from "@/components/ui/card";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId, type SearchParams } from "@/lib/core/url-params";
import { asLocale } from "@/lib/i18n/config";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";
import { funnelVillages, villageFunnel } from "@/lib/records/funnel-queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records.funnel"))("title") };
}

export default async function FunnelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const [t, rawLocale, villages] = await Promise.all([getTranslations("records"), getLocale(), funnelVillages(viewer)]);
  const locale = asLocale(rawLocale);

  // No village asked: the first of the viewer's. A village of another commune: 404.
  const asked = params.village === undefined ? undefined : positiveId(params.village);
  if (params.village !== undefined && asked === undefined) notFound();
  const villageId = asked ?? villages[0]?.id;
  const funnel = villageId ? await villageFunnel(viewer, villageId) : null;
  if (asked !== undefined && !funnel) notFound();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("funnel.title")}</h1>
          <p className="text-sm text-slate-500">{t("funnel.intro")}</p>
        </div>
        <RecordsNav current="funnel" />
      </div>

      {villages.length === 0 || !funnel ? (
        <Card className="p-4">
          <p className="text-sm text-slate-500">{t("funnel.noVillages")}</p>
        </Card>
      ) : (
        <>
          <form method="get" action="/records/funnel" className="no-print flex flex-wrap items-end gap-2">
            <label className="text-xs font-medium text-slate-600">
              {t("funnel.village")}
              <select
                name="village"
                defaultValue={funnel.village.id}
                className="mt-1 block w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none"
              >
                {villages.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="submit"
              className="rounded-md bg-union-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-union-700"
            >
              {t("funnel.show")}
            </button>
            <span className="flex-1" />
            <PrintButton label={t("actions.print")} />
          </form>

          <div className="grid gap-4 xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] print:block">
            <Card className="print:mb-4 print:break-inside-avoid">
              <CardHeader
                title={t("funnel.summaryTitle", {
                  village: `${funnel.village.name}${funnel.village.formerCommune ? ` (${funnel.village.formerCommune} cũ)` : ""}`,
                })}
                aside={
                  <span className="text-xs text-slate-500">
                    {t("funnel.asOf", { date: formatDate(todayInVietnam()) })}
                  </span>
                }
              />
              <FunnelSummaryTable summary={funnel.summary} locale={locale} />
            </Card>
            <Card>
              <CardHeader title={t("funnel.notReachedTitle")} />
              <NotReachedList rounds={funnel.notReached} />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
