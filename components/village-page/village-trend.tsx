import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

interface TrendRow {
  month: string;
  people: number;
  households: number;
  signatures: number;
  sims: number;
  first_reached: number;
}

/** Month-by-month bars (server-rendered SVG, so it prints) with the table beside it. */
export async function VillageTrend({ rows, locale }: { rows: TrendRow[]; locale: Locale }) {
  const t = await getTranslations("mapVillage.trend");
  const n = (v: number) => formatNumber(v, locale);
  const max = Math.max(1, ...rows.map((r) => r.people));
  const barW = 28;
  const gap = 12;
  const h = 110;
  const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
  return (
    <Card>
      <CardHeader title={t("title")} />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className="grid gap-4 p-4 md:grid-cols-[auto_1fr]">
          <svg width={rows.length * (barW + gap)} height={h + 30} role="img" aria-label={t("chartLabel")}>
            {rows.map((r, i) => {
              const bh = Math.round((r.people / max) * h);
              const x = i * (barW + gap);
              return (
                <g key={r.month}>
                  <rect x={x} y={h - bh} width={barW} height={bh} fill="#1f5fbf" />
                  <text x={x + barW / 2} y={h - bh - 3} fontSize={10} textAnchor="middle" fill="#334155">
                    {n(r.people)}
                  </text>
                  <text x={x + barW / 2} y={h + 14} fontSize={10} textAnchor="middle" fill="#64748b">
                    {month(r.month).slice(0, 2)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="w-full text-sm">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  {t("month")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("people")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("households")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("firstReached")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("signatures")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("sims")}
                </th>
              </tr>
            </thead>
            <tbody className="tabular divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.month}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {month(r.month)}
                  </th>
                  <td className="py-1 text-right">{n(r.people)}</td>
                  <td className="py-1 text-right">{n(r.households)}</td>
                  <td className="py-1 text-right">{n(r.first_reached)}</td>
                  <td className="py-1 text-right">{n(r.signatures)}</td>
                  <td className="py-1 text-right">{n(r.sims)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
