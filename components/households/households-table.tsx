import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SortHeader } from "@/components/ui/sort-header";
import type { SearchParams } from "@/lib/core/url-params";
import { formatDate } from "@/lib/i18n/format";
import { HouseholdBadges } from "./household-badges";

interface Row {
  id: number;
  code: string;
  headName: string;
  villageName: string;
  elderly: boolean;
  poor: boolean;
  ethnicMinority: boolean;
  hasSmartphone: boolean;
  hasProficientMember: boolean;
  firstReachedOn: string | null;
  volunteerId: number | null;
  volunteerName: string | null;
  volunteerActive: boolean | null;
}

export async function HouseholdsTable({
  rows,
  params,
  sort,
  dir,
}: {
  rows: Row[];
  params: SearchParams;
  sort: string;
  dir: "asc" | "desc";
}) {
  const t = await getTranslations("households");
  if (rows.length === 0) return <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>;
  const h = { path: "/households", params, current: sort, dir };
  return (
    <table className="w-full text-sm" data-testid="households-table">
      <thead className="bg-slate-50 text-xs text-slate-500">
        <tr>
          <SortHeader {...h} sortKey="code" label={t("fields.code")} />
          <SortHeader {...h} sortKey="head" label={t("fields.headName")} />
          <SortHeader {...h} sortKey="village" label={t("fields.village")} />
          <th scope="col" className="px-3 py-2 text-left font-medium">
            {t("fields.flags")}
          </th>
          <SortHeader {...h} sortKey="volunteer" label={t("fields.volunteer")} />
          <SortHeader {...h} sortKey="reached" label={t("fields.firstReachedOn")} align="right" />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              <Link href={`/households/${r.id}`} className="tabular font-medium text-union-600 hover:underline">
                {r.code}
              </Link>
            </th>
            <td className="px-3 py-1.5">{r.headName}</td>
            <td className="px-3 py-1.5">{r.villageName}</td>
            <td className="px-3 py-1.5">
              <HouseholdBadges h={r} />
            </td>
            <td className="px-3 py-1.5">
              {r.volunteerName ? (
                <Link
                  href={`/members/${r.volunteerId}`}
                  className={r.volunteerActive ? "hover:underline" : "text-slate-500 line-through"}
                >
                  {r.volunteerName}
                </Link>
              ) : (
                <span className="text-gap-700">{t("unassigned")}</span>
              )}
            </td>
            <td className="tabular px-3 py-1.5 text-right">
              {r.firstReachedOn ? (
                formatDate(r.firstReachedOn)
              ) : (
                <span className="text-gap-700">{t("notReached")}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
