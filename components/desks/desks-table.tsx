import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DeskRow } from "@/lib/desks/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { StatusBadge } from "./status-badge";

/** The list view: one row per desk with its staff and, once held, its people served. */
export async function DesksTable({
  rows,
  locale,
  showCommune,
}: {
  rows: readonly DeskRow[];
  locale: Locale;
  showCommune: boolean;
}) {
  const t = await getTranslations("desks");
  if (rows.length === 0) return <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>;
  const th = "px-3 py-1.5 text-left font-medium";
  return (
    <table className="w-full text-sm" data-testid="desks-list">
      <thead className="bg-slate-50 text-xs text-slate-600">
        <tr>
          <th scope="col" className={th}>
            {t("fields.day")}
          </th>
          <th scope="col" className={th}>
            {t("fields.time")}
          </th>
          {showCommune ? (
            <th scope="col" className={th}>
              {t("coverage.commune")}
            </th>
          ) : null}
          <th scope="col" className={th}>
            {t("fields.village")}
          </th>
          <th scope="col" className={th}>
            {t("fields.place")}
          </th>
          <th scope="col" className={th}>
            {t("fields.volunteers")}
          </th>
          <th scope="col" className={th}>
            {t("fields.civilServants")}
          </th>
          <th scope="col" className={th}>
            {t("fields.status")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("fields.people")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((d) => (
          <tr key={d.id}>
            <td className="tabular px-3 py-1.5">
              <Link href={`/desks/${d.id}`} className="text-union-700 hover:underline">
                {formatDate(d.day)}
              </Link>
            </td>
            <td className="tabular px-3 py-1.5">
              {d.startTime}–{d.endTime}
            </td>
            {showCommune ? <td className="px-3 py-1.5">{d.communeName}</td> : null}
            <td className="px-3 py-1.5">{d.villageName}</td>
            <td className="px-3 py-1.5">{d.place}</td>
            <td className="px-3 py-1.5 text-xs">{d.volunteers.join(", ") || "—"}</td>
            <td className="px-3 py-1.5 text-xs">{d.civilServants.join(", ") || "—"}</td>
            <td className="px-3 py-1.5">
              <StatusBadge status={d.status} />
              {d.cancelReason ? <span className="block text-xs text-slate-500">{d.cancelReason}</span> : null}
            </td>
            <td className="tabular px-3 py-1.5 text-right">
              {d.status === "held" ? formatNumber(d.peopleServed, locale) : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
