import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** Mobile desks held and planned per remote village this month, against the 2–3 target. */
export async function DeskTable({
  title,
  subtitle,
  rows,
  targetMin,
  targetMax,
  locale,
  note,
}: {
  title: string;
  subtitle: string;
  /** What the table is not narrowed by (e.g. the channel filter). */
  note?: string;
  rows: { villageId: number; name: string; held: number; planned: number }[];
  targetMin: number;
  targetMax: number;
  locale: Locale;
}) {
  const t = await getTranslations("home.desks");
  const n = (v: number) => formatNumber(v, locale);
  const scale = Math.max(targetMax, ...rows.map((r) => r.held + r.planned), 1);
  return (
    <Card className="flex flex-col">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-100 px-4 py-2">
        <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
        <p className="text-xs text-slate-500">{subtitle}</p>
      </div>
      {note ? (
        <p className="px-4 pt-1.5 text-[11px] italic text-slate-600" data-testid="desks-note">
          {note}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="desks">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-1.5 text-left font-medium">
                {t("village")}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {t("held")}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {t("planned")}
              </th>
              <th scope="col" className="w-40 px-2 py-1.5 text-left font-medium">
                {t("status")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => {
              const status = r.held >= targetMin ? "onTrack" : r.held + r.planned >= targetMin ? "planCovers" : "short";
              const tone =
                status === "onTrack" ? "text-covered-700" : status === "planCovers" ? "text-slate-600" : "text-gap-700";
              return (
                <tr key={r.villageId}>
                  <th scope="row" className="px-4 py-1.5 text-left font-normal text-slate-800">
                    ▲ {r.name}
                  </th>
                  <td className="tabular px-2 py-1.5 text-right">{n(r.held)}</td>
                  <td className="tabular px-2 py-1.5 text-right">{n(r.planned)}</td>
                  <td className="px-2 py-1.5">
                    <div className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
                      <div className="bg-covered-500" style={{ width: `${(r.held / scale) * 100}%` }} />
                      <div className="bg-union-200" style={{ width: `${(r.planned / scale) * 100}%` }} />
                    </div>
                    <p className={`mt-0.5 text-xs ${tone}`}>
                      {status === "short" ? t("short", { count: n(targetMin - r.held - r.planned) }) : t(status)}
                    </p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
