"use client";

import { useLocale, useTranslations } from "next-intl";
import { asLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { ImportSummary } from "@/lib/import/types";

/** The preview: counts, every row error (row, column, message), and the first rows. */
export function ImportResult({ summary }: { summary: ImportSummary }) {
  const t = useTranslations("import");
  const raw = useLocale();
  const locale = asLocale(raw);
  const n = (v: number) => formatNumber(v, locale);
  const ignored = summary.columns.filter((c) => c.field === null && c.header !== "").map((c) => c.header);
  const stats: [string, number, string][] = [
    [t("summary.rows"), summary.rows, "text-slate-900"],
    [t("summary.valid"), summary.valid, "text-covered-700"],
    [t("summary.withErrors"), summary.withErrors, summary.withErrors > 0 ? "text-danger-700" : "text-slate-900"],
    [t("summary.duplicates"), summary.duplicates, summary.duplicates > 0 ? "text-gap-700" : "text-slate-900"],
    ...(summary.skipExisting
      ? [[t("summary.skipped"), summary.skipped, "text-slate-900"] as [string, number, string]]
      : []),
  ];
  return (
    <div className="space-y-4" data-testid="import-summary">
      <dl className={`grid grid-cols-2 gap-2 ${summary.skipExisting ? "sm:grid-cols-5" : "sm:grid-cols-4"}`}>
        {stats.map(([label, value, tone]) => (
          <div key={label} className="rounded-md border border-slate-200 px-3 py-2">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className={`text-lg font-semibold tabular-nums ${tone}`}>{n(value)}</dd>
          </div>
        ))}
      </dl>
      {summary.skipped > 0 ? (
        <p className="text-sm text-slate-700" data-testid="import-skipped">
          {t("summary.willSkip", { count: n(summary.skipped) })}
        </p>
      ) : null}
      {ignored.length > 0 ? (
        <p className="text-xs text-slate-500">{t("summary.columnsIgnored", { columns: ignored.join(", ") })}</p>
      ) : null}

      <section aria-labelledby="import-errors-title">
        <h3 id="import-errors-title" className="mb-1 text-sm font-semibold text-slate-800">
          {t("errorsTable.title")}
        </h3>
        {summary.errors.length === 0 ? (
          <p className="text-sm text-slate-500">{t("errorsTable.none")}</p>
        ) : (
          <div className="max-h-80 overflow-auto rounded-md border border-slate-200">
            <table className="w-full text-sm" data-testid="import-errors">
              <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-1.5 text-right">
                    {t("errorsTable.row")}
                  </th>
                  <th scope="col" className="px-3 py-1.5">
                    {t("errorsTable.column")}
                  </th>
                  <th scope="col" className="px-3 py-1.5">
                    {t("errorsTable.message")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.errors.map((e, i) => (
                  <tr key={i} className="border-t border-slate-100">
                    <td className="px-3 py-1 text-right tabular-nums">{n(e.row)}</td>
                    <td className="px-3 py-1 text-slate-600">{e.column ?? "—"}</td>
                    <td className="px-3 py-1 text-danger-700">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {summary.errorsTotal > summary.errors.length ? (
          <p className="mt-1 text-xs text-slate-500">
            {t("summary.errorsShown", { shown: n(summary.errors.length), total: n(summary.errorsTotal) })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="import-sample-title">
        <h3 id="import-sample-title" className="mb-1 text-sm font-semibold text-slate-800">
          {t("sampleTitle")}
        </h3>
        <div className="overflow-x-auto rounded-md border border-slate-200">
          <table className="w-full text-xs">
            <thead className="bg-slate-50 text-left text-slate-500">
              <tr>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("errorsTable.row")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("sampleStatus")}
                </th>
                {summary.columns.map((c, i) => (
                  <th
                    key={i}
                    scope="col"
                    className={`whitespace-nowrap px-2 py-1.5 ${c.field ? "" : "text-slate-300"}`}
                  >
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.sample.map((r) => (
                <tr key={r.row} className={`border-t border-slate-100 ${r.ok ? "" : "bg-danger-50"}`}>
                  <td className="px-2 py-1 text-right tabular-nums">{n(r.row)}</td>
                  <td className={`px-2 py-1 ${r.ok ? "text-covered-700" : "text-danger-700"}`}>
                    {r.ok ? t("ok") : t("bad")}
                  </td>
                  {r.cells.map((c, i) => (
                    <td key={i} className="whitespace-nowrap px-2 py-1">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
