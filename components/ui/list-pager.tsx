import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** Previous / next links for a paged list whose page lives in the URL. */
export async function ListPager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("listPager");
  const link = "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50";
  const off = "inline-flex items-center gap-1 rounded-md border border-slate-200 px-2.5 py-1 text-sm text-slate-300";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-end gap-2 px-4 py-2.5">
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
      <span className="tabular text-sm text-slate-600">{t("page", { page, pages })}</span>
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
    </nav>
  );
}
