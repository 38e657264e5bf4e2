import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatNumber } from "@/lib/i18n/format";

/**
 * The one pager of every paged list: "26–50 / 1.234", previous / next links (the page lives in the
 * URL, so the browser's back button and a shared link keep it) and "Trang 2/50". Not printed.
 */
export async function Pager({
  page,
  total,
  pageSize,
  hrefFor,
}: {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const [t, locale] = await Promise.all([getTranslations("pager"), currentLocale()]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const n = (value: number) => formatNumber(value, locale);
  const link =
    "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50";
  const off = "inline-flex items-center gap-1 rounded-md border border-slate-200 px-2.5 py-1 text-sm text-slate-400";
  return (
    <nav
      aria-label={t("label")}
      className="no-print flex items-center justify-between gap-2 px-4 py-2.5 text-sm text-slate-600"
    >
      <span className="tabular">{t("showing", { from: n(from), to: n(to), total: n(total) })}</span>
      {pages > 1 ? (
        <span className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} className={link} rel="prev">
              <ChevronLeft className="h-4 w-4" aria-hidden />
              {t("previous")}
            </Link>
          ) : (
            <span className={off} aria-disabled="true">
              <ChevronLeft className="h-4 w-4" aria-hidden />
              {t("previous")}
            </span>
          )}
          <span className="tabular">{t("page", { page: n(page), pages: n(pages) })}</span>
          {page < pages ? (
            <Link href={hrefFor(page + 1)} className={link} rel="next">
              {t("next")}
              <ChevronRight className="h-4 w-4" aria-hidden />
            </Link>
          ) : (
            <span className={off} aria-disabled="true">
              {t("next")}
              <ChevronRight className="h-4 w-4" aria-hidden />
            </span>
          )}
        </span>
      ) : null}
    </nav>
  );
}
