import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

interface Row {
  id: number;
  fullName: string;
  active: boolean;
  villageName: string | null;
  load: number;
}

/** Each volunteer's load against the cap, as a figure and a bar (green up to the cap, amber over). */
export async function VolunteerLoads({ rows, cap, locale }: { rows: Row[]; cap: number; locale: Locale }) {
  const t = await getTranslations("assignments");
  return (
    <Card>
      <CardHeader title={t("volunteers")} />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-500">{t("noVolunteers")}</p>
      ) : (
        <div className="max-h-[30rem] overflow-y-auto">
          <table className="w-full text-sm" data-testid="volunteer-loads">
            <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("volunteer")}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("village")}
                </th>
                <th scope="col" className="px-3 py-1.5 text-right font-medium">
                  {t("load")}
                </th>
                <th scope="col" className="w-32 px-3 py-1.5">
                  <span className="sr-only">{t("load")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const over = r.load > cap;
                const ratio = Math.min(1, r.load / cap);
                return (
                  <tr key={r.id} className={r.active ? "" : "bg-danger-50/40"}>
                    <th scope="row" className="px-3 py-1 text-left font-normal">
                      <Link href={`/members/${r.id}`} className="text-union-600 hover:underline">
                        {r.fullName}
                      </Link>
                      {!r.active ? <span className="ml-1 text-xs text-danger-700">({t("inactive")})</span> : null}
                    </th>
                    <td className="px-3 py-1 text-slate-600">{r.villageName ?? "—"}</td>
                    <td className={`tabular px-3 py-1 text-right ${over ? "font-semibold text-gap-700" : ""}`}>
                      {t("loadOf", { load: formatNumber(r.load, locale), cap: formatNumber(cap, locale) })}
                    </td>
                    <td className="px-3 py-1">
                      <div className="h-2 rounded bg-slate-100" aria-hidden>
                        <div
                          className={`h-2 rounded ${over ? "bg-gap-500" : "bg-covered-500"}`}
                          style={{ width: `${ratio * 100}%` }}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
