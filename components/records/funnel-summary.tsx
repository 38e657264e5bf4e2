import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { FunnelSummary } from "@/lib/records/funnel";
import { funnelSteps } from "@/lib/reference/procedures";

/** A village's households at each funnel step: done (bar, share of all households) and stopped there. */
export async function FunnelSummaryTable({ summary, locale }: { summary: FunnelSummary; locale: Locale }) {
  const t = await getTranslations("records.funnel");
  const n = (v: number) => formatNumber(v, locale);
  const share = (v: number) => (summary.households > 0 ? v / summary.households : 0);
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-3 gap-3 px-4 pt-3 text-sm">
        {[
          ["households", summary.households],
          ["reached", summary.reached],
          ["complete", summary.complete],
        ].map(([key, value]) => (
          <div key={key as string} className="rounded-md border border-slate-200 px-3 py-2">
            <dt className="text-xs text-slate-500">{t(key as string)}</dt>
            <dd className="tabular text-lg font-semibold text-slate-900" data-testid={`funnel-${key}`}>
              {n(value as number)}
              {key !== "households" ? (
                <span className="ml-1 text-xs font-normal text-slate-500">
                  ({formatPercent(share(value as number), locale)})
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <table className="w-full text-sm" data-testid="funnel-steps">
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 text-left font-medium">
              {t("step")}
            </th>
            <th scope="col" className="w-40 px-4 py-2 text-left font-medium">
              {t("share")}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {t("done")}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              {t("waiting")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {funnelSteps.map((step, i) => (
            <tr key={step} data-step={step}>
              <th scope="row" className="px-4 py-1.5 text-left font-normal text-slate-800">
                <span className="tabular mr-2 text-slate-500">{i + 1}.</span>
                {t(`steps.${step}`)}
              </th>
              <td className="px-4 py-1.5">
                <div className="flex items-center gap-2">
                  <div
                    className="h-2.5 flex-1 overflow-hidden rounded bg-slate-100 print:border print:border-slate-400"
                    aria-hidden
                  >
                    <div
                      className="h-full bg-covered-500"
                      style={{ width: `${Math.round(share(summary.done[step]) * 100)}%` }}
                    />
                  </div>
                  <span className="tabular w-14 text-right text-xs text-slate-600">
                    {formatPercent(share(summary.done[step]), locale)}
                  </span>
                </div>
              </td>
              <td className="tabular px-4 py-1.5 text-right" data-testid={`done-${step}`}>
                {n(summary.done[step])}
              </td>
              <td
                className={`tabular px-4 py-1.5 text-right ${summary.waitingAt[step] > 0 ? "text-gap-700" : "text-slate-500"}`}
              >
                {n(summary.waitingAt[step])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
