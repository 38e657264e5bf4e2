import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SortHeader } from "@/components/ui/sort-header";
import { defaultCap } from "@/lib/assignments/balancer";
import type { SearchParams } from "@/lib/core/url-params";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { MemberKind } from "@/lib/members/schemas";
import { trainingTopics } from "@/lib/reference/procedures";

interface Row {
  id: number;
  fullName: string;
  kind: MemberKind;
  affiliation: string | null;
  villageName: string | null;
  joinedOn: string | null;
  active: boolean;
  households: number;
  topics: string[];
}

export async function MembersTable({
  rows,
  params,
  sort,
  dir,
  locale,
}: {
  rows: Row[];
  params: SearchParams;
  sort: string;
  dir: "asc" | "desc";
  locale: Locale;
}) {
  const t = await getTranslations("members");
  const topicName = new Map(trainingTopics.map((x) => [x.code as string, locale === "vi" ? x.nameVi : x.nameEn]));
  if (rows.length === 0) return <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>;
  const h = { path: "/members", params, current: sort, dir };
  return (
    <table className="w-full text-sm" data-testid="members-table">
      <thead className="bg-slate-50 text-xs text-slate-500">
        <tr>
          <SortHeader {...h} sortKey="name" label={t("fields.fullName")} />
          <SortHeader {...h} sortKey="kind" label={t("fields.kind")} />
          <SortHeader {...h} sortKey="village" label={t("fields.village")} />
          <th scope="col" className="px-3 py-2 text-left font-medium">
            {t("fields.topics")}
          </th>
          <SortHeader {...h} sortKey="households" label={t("fields.households")} align="right" />
          <SortHeader {...h} sortKey="joined" label={t("fields.joinedOn")} align="right" />
          <th scope="col" className="px-3 py-2 text-left font-medium">
            {t("fields.status")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className={r.active ? "" : "text-slate-500"}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              <Link href={`/members/${r.id}`} className="font-medium text-union-600 hover:underline">
                {r.fullName}
              </Link>
              {r.affiliation ? <span className="block text-xs text-slate-500">{r.affiliation}</span> : null}
            </th>
            <td className="px-3 py-1.5">{t(`kinds.${r.kind}`)}</td>
            <td className="px-3 py-1.5">{r.villageName ?? "—"}</td>
            <td
              className="tabular px-3 py-1.5 text-xs text-slate-600"
              title={r.topics.map((c) => topicName.get(c) ?? c).join(" · ")}
            >
              {r.topics.length > 0 ? t("topicsCount", { count: r.topics.length, total: topicName.size }) : "—"}
            </td>
            <td
              className={`tabular px-3 py-1.5 text-right ${r.households > defaultCap ? "font-semibold text-gap-700" : ""}`}
            >
              {formatNumber(r.households, locale)}
            </td>
            <td className="tabular px-3 py-1.5 text-right">{r.joinedOn ? formatDate(r.joinedOn) : "—"}</td>
            <td className="px-3 py-1.5">
              <span
                className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs ${r.active ? "bg-covered-50 text-covered-700" : "bg-slate-100 text-slate-500"}`}
              >
                {r.active ? t("active") : t("inactive")}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
