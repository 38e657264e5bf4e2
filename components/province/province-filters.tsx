import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format";
import { hrefWith, param, type SearchParams } from "@/lib/overview/filters";
import type { PeriodPreset } from "@/lib/overview/period";
import type { BehindRule } from "@/lib/overview/ranking";

/** Province picker (admin), period presets and the falling-behind thresholds, all in the URL. */
export async function ProvinceFilters({
  params,
  provinces,
  provinceId,
  preset,
  rule,
}: {
  params: SearchParams;
  provinces: { id: number; name: string }[];
  provinceId: number;
  preset: PeriodPreset;
  rule: BehindRule;
}) {
  const [t, tf, rawLocale] = await Promise.all([getTranslations("province"), getTranslations("home.filters"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "vi";
  const input = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800";
  return (
    <div className="no-print rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm">
      <form method="get" action="/province" className="flex flex-wrap items-end gap-x-3 gap-y-2" aria-label={tf("legend")}>
        {provinces.length > 0 ? (
          <div className="text-[11px] font-medium text-slate-500">
            <label htmlFor="province-province">{t("chooseProvince")}</label>
            <select id="province-province" name="province" defaultValue={provinceId} className={`${input} mt-0.5 block`}>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <span className="block text-[11px] font-medium text-slate-500" id="province-period">
            {tf("period")}
          </span>
          <div className="mt-0.5 flex overflow-hidden rounded-md border border-slate-300" role="group" aria-labelledby="province-period">
            {(["week", "month", "quarter"] as const).map((p) => (
              <Link
                key={p}
                href={hrefWith("/province", params, { period: p, from: null, to: null })}
                aria-current={preset === p ? "true" : undefined}
                className={`border-r border-slate-300 px-2.5 py-1 text-sm last:border-r-0 ${preset === p ? "bg-union-600 font-medium text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
              >
                {tf(`presets.${p}`)}
              </Link>
            ))}
          </div>
        </div>
        <input type="hidden" name="period" value={preset} />
        {["sort", "dir", "from", "to"].map((k) => {
          const v = param(params, k);
          return v ? <input key={k} type="hidden" name={k} value={v} /> : null;
        })}
        <fieldset className="flex items-end gap-2 border-l border-slate-200 pl-3">
          <legend className="sr-only">{t("rule.legend")}</legend>
          <div className="text-[11px] font-medium text-slate-500">
            <label htmlFor="province-behindShare">{t("rule.share")}</label>
            <select id="province-behindShare" name="behindShare" defaultValue={String(rule.coverageShareOfMedian)} className={`${input} mt-0.5 block`}>
              {[0.25, 0.5, 0.75].map((s) => (
                <option key={s} value={s}>
                  {formatPercent(s, locale, 0)}
                </option>
              ))}
            </select>
          </div>
          <div className="text-[11px] font-medium text-slate-500">
            <label htmlFor="province-deskDays">{t("rule.deskDays")}</label>
            <input id="province-deskDays" name="deskDays" type="number" min={1} max={365} defaultValue={rule.deskDays} className={`${input} tabular mt-0.5 block w-20`} />
          </div>
        </fieldset>
        <button type="submit" className="rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-union-700">
          {t("rule.apply")}
        </button>
      </form>
      <p className="mt-1 text-[11px] text-slate-500">
        {t("rule.explain", { share: formatPercent(rule.coverageShareOfMedian, locale, 0), days: rule.deskDays })}
      </p>
    </div>
  );
}
