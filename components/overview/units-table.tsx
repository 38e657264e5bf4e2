import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { Card, CardHeader } from "@/components/ui/card";

interface Row {
  communeId: number;
  name: string;
  kind: "ward" | "commune" | "special_zone";
  provinceName: string;
  householdsTotal: number;
  householdsReached: number;
  peopleServed: number;
  signaturesInstalled: number;
  simsGiven: number;
}

export async function UnitsTable({ rows, locale, showProvince }: { rows: Row[]; locale: Locale; showProvince: boolean }) {
  const [t, tKind] = await Promise.all([getTranslations("home.units"), getTranslations("communeKind")]);
  return (
    <Card>
      <CardHeader title={t("title")} />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="units-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">{t("commune")}</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">{t("coverage")}</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">{t("people")}</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">{t("signatures")}</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">{t("sims")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => {
              const coverage = r.householdsTotal > 0 ? r.householdsReached / r.householdsTotal : 0;
              return (
                <tr key={r.communeId}>
                  <th scope="row" className="px-4 py-1.5 text-left font-normal text-slate-800">
                    <span className="text-slate-500">{tKind(r.kind)}</span> {r.name}
                    {showProvince ? <span className="text-xs text-slate-400"> · {r.provinceName}</span> : null}
                  </th>
                  <td className="tabular px-4 py-1.5 text-right">
                    {formatPercent(coverage, locale)}
                    <span className="text-xs text-slate-400">
                      {" "}
                      ({formatNumber(r.householdsReached, locale)}/{formatNumber(r.householdsTotal, locale)})
                    </span>
                  </td>
                  <td className="tabular px-4 py-1.5 text-right">{formatNumber(r.peopleServed, locale)}</td>
                  <td className="tabular px-4 py-1.5 text-right">{formatNumber(r.signaturesInstalled, locale)}</td>
                  <td className="tabular px-4 py-1.5 text-right">{formatNumber(r.simsGiven, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
