import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { asLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";

export async function Pager({ path, params, page, total, pageSize }: { path: string; params: SearchParams; page: number; total: number; pageSize: number }) {
  const [t, raw] = await Promise.all([getTranslations("fieldUi"), getLocale()]);
  const locale = asLocale(raw);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={t("paging")} className="flex items-center justify-between px-4 py-2 text-sm text-slate-600">
      <span className="tabular">{t("showing", { from: formatNumber(from, locale), to: formatNumber(to, locale), total: formatNumber(total, locale) })}</span>
      <span className="flex items-center gap-2">
        {page > 1 ? <Link className={link} href={hrefWith(path, params, { page: page - 1 })} rel="prev">{t("previous")}</Link> : null}
        <span className="tabular">{t("pageOf", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</span>
        {page < pages ? <Link className={link} href={hrefWith(path, params, { page: page + 1 })} rel="next">{t("next")}</Link> : null}
      </span>
    </nav>
  );
}
