import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

interface CoverageRow {
  communeId: number;
  communeName: string;
  remoteVillages: number;
  planned: number;
  held: number;
  withoutDesk: number;
}

/** The provincial officer's read-only coverage table, one row per commune, with drill-down to its plan. */
export async function CoverageTable({
  rows,
  subtitle,
  locale,
  month,
}: {
  rows: readonly CoverageRow[];
  subtitle: string;
  locale: Locale;
  month: string;
}) {
  const t = await getTranslations("desks.coverage");
  const n = (v: number) => formatNumber(v, locale);
  const num = "tabular px-3 py-1.5 text-right";
  return (
    <Card>
      <div className="border-b border-slate-100 px-4 py-2">
        <h2 className="text-sm font-semibold text-slate-800">{t("title")}</h2>
        <p className="text-xs text-slate-500">{subtitle}</p>
      </div>
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="desk-coverage">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-1.5 text-left font-medium">
                {t("commune")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("remote")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("planned")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("held")}
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">
                {t("without")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.communeId}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  <Link
                    href={`/desks?view=list&month=${month}&commune=${r.communeId}`}
                    className="text-union-700 hover:underline"
                  >
                    {r.communeName}
                  </Link>
                </th>
                <td className={num}>{n(r.remoteVillages)}</td>
                <td className={num}>{n(r.planned)}</td>
                <td className={num}>{n(r.held)}</td>
                <td className={`${num} ${r.withoutDesk > 0 ? "font-semibold text-gap-700" : ""}`}>
                  {n(r.withoutDesk)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
