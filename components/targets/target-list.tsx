import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";

export async function TargetList({
  rows,
  locale,
}: {
  rows: {
    id: number;
    communeName: string;
    formerCommuneName: string | null;
    indicator: string;
    targetValue: number;
    startsOn: string;
    dueOn: string;
    note: string | null;
  }[];
  locale: Locale;
}) {
  const t = await getTranslations("targets");
  return (
    <Card>
      <h2 className="border-b border-slate-100 px-4 py-2 text-sm font-semibold text-slate-800">{t("list")}</h2>
      {rows.length === 0 ? (
        <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="target-list">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-1.5 text-left font-medium">
                {t("commune")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-left font-medium">
                {t("indicator")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("value")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("startsOn")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("dueOn")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="target-row">
                <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-800">
                  {r.communeName}
                  {r.formerCommuneName ? (
                    <span className="text-slate-500">
                      {" "}
                      · {t("former")} {r.formerCommuneName}
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-1.5">{t(`indicators.${r.indicator}`)}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(r.targetValue, locale, 1)}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatDate(r.startsOn)}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatDate(r.dueOn)}</td>
                <td className="px-3 py-1.5 text-right">
                  <Link href={`/province/targets/${r.id}`} className="text-union-600 hover:underline">
                    {t("editLink")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
