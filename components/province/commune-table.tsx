import { ArrowDown, ArrowUp, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";
import type { CommuneKind } from "@/lib/db/schema/enums";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { BehindReason } from "@/lib/overview/ranking";

export interface CommuneRowView {
  communeId: number;
  name: string;
  kind: CommuneKind;
  householdsTotal: number;
  reached: number;
  coverage: number;
  proficient: number;
  proficiency: number;
  peopleServed: number;
  signaturesInstalled: number;
  simsGiven: number;
  desksHeld: number;
  activeVolunteers: number;
  targetProgress: number | null;
  behind: BehindReason[];
}
export type SummaryRow = Omit<CommuneRowView, "communeId" | "name" | "kind" | "behind">;

export const sortKeys = [
  "name",
  "coverage",
  "proficiency",
  "peopleServed",
  "signaturesInstalled",
  "simsGiven",
  "desksHeld",
  "activeVolunteers",
  "targetProgress",
] as const;
export type SortKey = (typeof sortKeys)[number];

type TableText = Awaited<ReturnType<typeof getTranslations<"province.table">>>;

/** The figure columns after the commune's name (the table and its skeleton share them). */
export function communeColumns(t: TableText, deskDays: number): { key: SortKey; label: string }[] {
  return [
    { key: "coverage", label: t("coverage") },
    { key: "proficiency", label: t("proficient") },
    { key: "peopleServed", label: t("people") },
    { key: "signaturesInstalled", label: t("signatures") },
    { key: "simsGiven", label: t("sims") },
    { key: "desksHeld", label: t("desks", { days: deskDays }) },
    { key: "activeVolunteers", label: t("volunteers") },
    { key: "targetProgress", label: t("target") },
  ];
}

/** The province's communes, sortable through the URL, with the province total and median. */
export async function CommuneTable({
  rows,
  total,
  medianRow,
  sort,
  direction,
  params,
  deskDays,
  locale,
}: {
  rows: CommuneRowView[];
  total: SummaryRow;
  medianRow: SummaryRow;
  sort: SortKey;
  direction: "asc" | "desc";
  params: SearchParams;
  deskDays: number;
  locale: Locale;
}) {
  const t = await getTranslations("province.table");
  const n = (v: number) => formatNumber(v, locale, 1);
  const pct = (v: number | null) => (v === null ? t("noTarget") : formatPercent(v, locale));
  const columns = communeColumns(t, deskDays);
  const header = (key: SortKey, label: string, align: "left" | "right") => {
    const active = sort === key;
    const next = active && direction === "desc" ? "asc" : active ? "desc" : key === "name" ? "asc" : "desc";
    const Arrow = direction === "asc" ? ArrowUp : ArrowDown;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}
        className={`px-2 py-1.5 font-medium ${align === "left" ? "text-left" : "text-right"}`}
      >
        <Link
          href={hrefWith("/province", params, { sort: key, dir: next })}
          className="inline-flex items-center gap-0.5 rounded hover:text-union-700"
          aria-label={t("sortBy", { column: label })}
        >
          {label}
          {active ? <Arrow className="h-3 w-3" aria-hidden /> : null}
        </Link>
      </th>
    );
  };
  const figures = (r: SummaryRow, testPrefix?: string) => [
    <td
      key="c"
      className="tabular px-2 py-1.5 text-right"
      data-testid={testPrefix ? `${testPrefix}-coverage` : undefined}
    >
      {formatPercent(r.coverage, locale)}
      <span className="block text-[11px] text-slate-500">
        {n(r.reached)}/{n(r.householdsTotal)}
      </span>
    </td>,
    <td key="p" className="tabular px-2 py-1.5 text-right">
      {formatPercent(r.proficiency, locale)}
      <span className="block text-[11px] text-slate-500">{n(r.proficient)}</span>
    </td>,
    <td
      key="ps"
      className="tabular px-2 py-1.5 text-right"
      data-testid={testPrefix ? `${testPrefix}-people` : undefined}
    >
      {n(r.peopleServed)}
    </td>,
    <td
      key="s"
      className="tabular px-2 py-1.5 text-right"
      data-testid={testPrefix ? `${testPrefix}-signatures` : undefined}
    >
      {n(r.signaturesInstalled)}
    </td>,
    <td
      key="sim"
      className="tabular px-2 py-1.5 text-right"
      data-testid={testPrefix ? `${testPrefix}-sims` : undefined}
    >
      {n(r.simsGiven)}
    </td>,
    <td key="d" className="tabular px-2 py-1.5 text-right">
      {n(r.desksHeld)}
    </td>,
    <td key="v" className="tabular px-2 py-1.5 text-right">
      {n(r.activeVolunteers)}
    </td>,
    <td key="t" className="tabular px-2 py-1.5 text-right">
      {pct(r.targetProgress)}
    </td>,
  ];
  return (
    <Card>
      <h2 className="border-b border-slate-100 px-4 py-2 text-sm font-semibold text-slate-800">{t("title")}</h2>
      {rows.length === 0 ? (
        <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="commune-table">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                {header("name", t("commune"), "left")}
                {columns.map((c) => header(c.key, c.label, "right"))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr
                  key={r.communeId}
                  className={r.behind.length > 0 ? "bg-gap-50" : undefined}
                  data-testid="commune-row"
                  data-behind={r.behind.length > 0 ? "true" : "false"}
                >
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    <Link
                      href={`/?commune=${r.communeId}`}
                      className="font-medium text-union-700 hover:underline"
                      aria-label={t("open", { commune: r.name })}
                    >
                      {r.name}
                    </Link>
                    {r.behind.length > 0 ? (
                      <span className="mt-0.5 flex items-center gap-1 text-[11px] text-gap-700">
                        <TriangleAlert className="h-3 w-3" aria-hidden />
                        {t("behind")}: {r.behind.map((reason) => t(`reasons.${reason}`)).join(", ")}
                      </span>
                    ) : null}
                  </th>
                  {figures(r, `row-${r.communeId}`)}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-medium">
              <tr data-testid="total-row">
                <th scope="row" className="px-2 py-1.5 text-left">
                  {t("total")}
                </th>
                {figures(total, "total")}
              </tr>
              <tr className="text-slate-600">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {t("median")}
                </th>
                {figures(medianRow)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Card>
  );
}
