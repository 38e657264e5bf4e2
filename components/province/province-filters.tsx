import { getLocale, getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filters/filter-bar";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import type { Period } from "@/lib/filters/period";
import { asLocale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format";
import type { BehindRule } from "@/lib/overview/ranking";

/** The shared filter bar (period) plus the province picker (admin) and the falling-behind thresholds, all in the URL. */
export async function ProvinceFilters({
  params,
  provinces,
  provinceId,
  period,
  error,
  rule,
}: {
  params: SearchParams;
  provinces: { id: number; name: string }[];
  provinceId: number;
  period: Period;
  error?: "invalidDate" | "fromAfterTo" | "tooLong";
  rule: BehindRule;
}) {
  const [t, rawLocale] = await Promise.all([getTranslations("province"), getLocale()]);
  const locale = asLocale(rawLocale);
  const input = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800";
  return (
    <FilterBar
      pathname="/province"
      params={params}
      period={period}
      error={error}
      carry={{
        sort: textParam(params, "sort"),
        dir: textParam(params, "dir"),
        province: provinces.length > 0 ? null : textParam(params, "province"),
      }}
      resetHref={provinces.length > 0 ? `/province?province=${provinceId}` : "/province"}
      applyLabel={t("rule.apply")}
      note={
        <p className="mt-1 text-[11px] text-slate-500">
          {t("rule.explain", { share: formatPercent(rule.coverageShareOfMedian, locale, 0), days: rule.deskDays })}
        </p>
      }
    >
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
      <fieldset className="flex items-end gap-2 border-l border-slate-200 pl-3">
        <legend className="sr-only">{t("rule.legend")}</legend>
        <div className="text-[11px] font-medium text-slate-500">
          <label htmlFor="province-behindShare">{t("rule.share")}</label>
          <select
            id="province-behindShare"
            name="behindShare"
            defaultValue={String(rule.coverageShareOfMedian)}
            className={`${input} mt-0.5 block`}
          >
            {[0.25, 0.5, 0.75].map((s) => (
              <option key={s} value={s}>
                {formatPercent(s, locale, 0)}
              </option>
            ))}
          </select>
        </div>
        <div className="text-[11px] font-medium text-slate-500">
          <label htmlFor="province-deskDays">{t("rule.deskDays")}</label>
          <input
            id="province-deskDays"
            name="deskDays"
            type="number"
            min={1}
            max={365}
            defaultValue={rule.deskDays}
            className={`${input} tabular mt-0.5 block w-20`}
          />
        </div>
      </fieldset>
    </FilterBar>
  );
}
