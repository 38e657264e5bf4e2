import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";
import { toVietnameseDate, type Period } from "@/lib/filters/period";
import { channels } from "@/lib/records/schemas";
import type { ReactNode } from "react";

/**
 * The one filter bar of the overviews and the maps, all in the URL (?period=week|month|quarter|
 * custom&from&to, plus what a page adds): preset links, then a plain GET form (works without
 * JavaScript, keyboard-operable) for custom dates and the page's own fields. `carry` holds the
 * params the form must keep (the commune drilled into, the map's indicator…).
 */
export async function FilterBar({
  pathname,
  params,
  period,
  error,
  villages = [],
  formerCommunes = [],
  selected,
  showChannel = false,
  carry = {},
  resetHref,
  applyLabel,
  note,
  children,
}: {
  pathname: string;
  params: SearchParams;
  period: Period;
  error?: "invalidDate" | "fromAfterTo" | "tooLong";
  villages?: { id: number; name: string; remote: boolean }[];
  formerCommunes?: { id: number; name: string }[];
  selected?: { villageId: number | null; formerCommuneId: number | null; channel: string | null };
  showChannel?: boolean;
  carry?: Record<string, string | number | null | undefined>;
  resetHref: string;
  applyLabel?: string;
  /** A line under the bar (what a rule means…). */
  note?: ReactNode;
  /** Extra fields inside the form, before the apply button. */
  children?: ReactNode;
}) {
  const t = await getTranslations("home.filters");
  const tc = await getTranslations("home.channels");
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800";
  return (
    <div className="no-print rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm" data-testid="filter-bar">
      <form
        method="get"
        action={pathname}
        className="flex flex-wrap items-end gap-x-3 gap-y-2"
        aria-label={t("legend")}
      >
        {Object.entries(carry).map(([name, value]) =>
          value === null || value === undefined || value === "" ? null : (
            <input key={name} type="hidden" name={name} value={value} />
          ),
        )}
        <div>
          <span className="block text-[11px] font-medium text-slate-500" id="period-label">
            {t("period")}
          </span>
          <div
            className="mt-0.5 flex overflow-hidden rounded-md border border-slate-300"
            role="group"
            aria-labelledby="period-label"
          >
            {(["week", "month", "quarter"] as const).map((p) => (
              <Link
                key={p}
                href={hrefWith(pathname, params, { period: p, from: null, to: null })}
                aria-current={period.preset === p ? "true" : undefined}
                className={`px-2.5 py-1 text-sm ${period.preset === p ? "bg-union-600 font-medium text-white" : "bg-white text-slate-700 hover:bg-slate-50"} border-r border-slate-300 last:border-r-0`}
                data-testid={`preset-${p}`}
              >
                {t(`presets.${p}`)}
              </Link>
            ))}
          </div>
        </div>
        <input type="hidden" name="period" value="custom" />
        <div className="text-[11px] font-medium text-slate-500">
          <label htmlFor="filter-from">{t("from")}</label>
          <input
            id="filter-from"
            name="from"
            defaultValue={toVietnameseDate(period.from)}
            placeholder={t("datePlaceholder")}
            inputMode="numeric"
            className={`${select} tabular mt-0.5 block w-[6.5rem]`}
          />
        </div>
        <div className="text-[11px] font-medium text-slate-500">
          <label htmlFor="filter-to">{t("to")}</label>
          <input
            id="filter-to"
            name="to"
            defaultValue={toVietnameseDate(period.to)}
            placeholder={t("datePlaceholder")}
            inputMode="numeric"
            className={`${select} tabular mt-0.5 block w-[6.5rem]`}
          />
        </div>
        {formerCommunes.length > 0 ? (
          <div className="text-[11px] font-medium text-slate-500">
            <label htmlFor="filter-former">{t("former")}</label>
            <select
              id="filter-former"
              name="former"
              defaultValue={selected?.formerCommuneId ?? ""}
              className={`${select} mt-0.5 block w-28`}
            >
              <option value="">{t("all")}</option>
              {formerCommunes.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {villages.length > 0 ? (
          <div className="text-[11px] font-medium text-slate-500">
            <label htmlFor="filter-village">{t("village")}</label>
            <select
              id="filter-village"
              name="village"
              defaultValue={selected?.villageId ?? ""}
              className={`${select} mt-0.5 block w-36`}
            >
              <option value="">{t("all")}</option>
              {villages.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.remote ? `▲ ${v.name}` : v.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {showChannel ? (
          <div className="text-[11px] font-medium text-slate-500">
            <label htmlFor="filter-channel">{t("channel")}</label>
            <select
              id="filter-channel"
              name="channel"
              defaultValue={selected?.channel ?? ""}
              className={`${select} mt-0.5 block w-28`}
            >
              <option value="">{t("all")}</option>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {tc(c)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {children}
        <button
          type="submit"
          className="rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-union-700"
        >
          {applyLabel ?? t("apply")}
        </button>
        <Link href={resetHref} className="py-1.5 text-sm text-union-600 underline-offset-2 hover:underline">
          {t("reset")}
        </Link>
      </form>
      {error ? (
        <p className="mt-1.5 text-xs text-danger-700" role="status" data-testid="period-error">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {note}
    </div>
  );
}
