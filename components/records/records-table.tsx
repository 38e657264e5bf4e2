import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { ProcedureOption, RecordRow } from "@/lib/records/types";
import { DeleteRecordButton } from "./delete-record-button";

export interface SortLink {
  key: string;
  href: string;
  active: "asc" | "desc" | null;
}

const counterColumns = [
  ["peopleServed", "people"],
  ["householdsServed", "households"],
  ["eidActivated", "eid"],
  ["signaturesInstalled", "signatures"],
  ["simsGiven", "sims"],
  ["dossiersSubmitted", "dossiers"],
  ["paymentAppsInstalled", "payments"],
  ["smartphonesDonated", "smartphones"],
] as const;

/**
 * Support records as a dense table. `sortLinks` turns headers into sort links (the list page);
 * `canChange(row)` says which rows get edit and delete.
 */
export async function RecordsTable({
  rows,
  procedures,
  locale,
  returnTo,
  canChange,
  sortLinks,
  emptyText,
  testId = "records-table",
}: {
  rows: RecordRow[];
  procedures: ProcedureOption[];
  locale: Locale;
  returnTo: string;
  canChange: (row: RecordRow) => boolean;
  sortLinks?: Record<string, SortLink>;
  emptyText: string;
  testId?: string;
}) {
  const t = await getTranslations("records");
  const nameOf = new Map(procedures.map((p) => [p.code, locale === "en" ? p.nameEn : p.nameVi]));
  const n = (v: number) => formatNumber(v, locale);

  if (rows.length === 0)
    return (
      <p className="px-4 py-6 text-sm text-slate-500" data-testid={`${testId}-empty`}>
        {emptyText}
      </p>
    );

  const header = (key: string, label: string, align: "left" | "right" = "left") => {
    const link = sortLinks?.[key];
    const cls = `px-2 py-2 font-medium ${align === "right" ? "text-right" : "text-left"}`;
    const ariaSort = link?.active === "asc" ? "ascending" : link?.active === "desc" ? "descending" : undefined;
    return (
      <th scope="col" className={cls} aria-sort={ariaSort}>
        {link ? (
          <Link href={link.href} className="hover:text-union-700" title={t("list.sortBy", { column: label })}>
            {label}
            {link.active ? (link.active === "asc" ? " ▲" : " ▼") : ""}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t("columns.id")}
            </th>
            {header("servedOn", t("columns.servedOn"))}
            {header("channel", t("columns.channel"))}
            {header("village", t("columns.village"))}
            <th scope="col" className="px-2 py-2 text-left font-medium">
              {t("columns.household")}
            </th>
            {header("volunteer", t("columns.volunteer"))}
            <th scope="col" className="px-2 py-2 text-left font-medium">
              {t("columns.procedures")}
            </th>
            {counterColumns.map(([field, label]) =>
              field === "peopleServed" ? (
                <Fragment key={field}>{header("peopleServed", t(`columns.${label}`), "right")}</Fragment>
              ) : (
                <th key={field} scope="col" className="px-2 py-2 text-right font-medium" title={t(`fields.${field}`)}>
                  {t(`columns.${label}`)}
                </th>
              ),
            )}
            <th scope="col" className="no-print px-2 py-2 text-right font-medium">
              {t("columns.actions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-record-id={r.id} className="align-top hover:bg-slate-50">
              <td className="tabular px-2 py-1.5 text-right text-slate-500">{r.id}</td>
              <td className="tabular px-2 py-1.5 whitespace-nowrap">{formatDate(r.servedOn)}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">{t(`channels.${r.channel}`)}</td>
              <td className="px-2 py-1.5">{r.villageName}</td>
              <td className="px-2 py-1.5 font-mono text-xs">{r.householdCode ?? "—"}</td>
              <td className="px-2 py-1.5">{r.memberName ?? "—"}</td>
              <td className="px-2 py-1.5 text-xs text-slate-600">
                {r.procedures.map((c) => nameOf.get(c) ?? c).join("; ") || "—"}
              </td>
              {counterColumns.map(([field]) => (
                <td key={field} className={`tabular px-2 py-1.5 text-right ${r[field] === 0 ? "text-slate-500" : ""}`}>
                  {n(r[field])}
                </td>
              ))}
              <td className="no-print px-2 py-1.5 text-right whitespace-nowrap">
                {canChange(r) ? (
                  <span className="inline-flex items-center gap-1">
                    <Link
                      href={`/records/${r.id}/edit?returnTo=${encodeURIComponent(returnTo)}`}
                      className="rounded px-2 py-0.5 text-xs text-union-700 hover:bg-union-50"
                      aria-label={`${t("actions.edit")} #${r.id}`}
                    >
                      {t("actions.edit")}
                    </Link>
                    <DeleteRecordButton id={r.id} version={r.version} returnTo={returnTo} />
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
