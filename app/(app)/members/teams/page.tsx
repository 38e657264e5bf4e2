import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonLink, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatNumber } from "@/lib/i18n/format";
import { listTeams } from "@/lib/teams/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teams"))("title") };
}

export default async function TeamsPage() {
  const viewer = await requireViewer();
  const [teams, t, tMembers, locale] = await Promise.all([
    listTeams(viewer),
    getTranslations("teams"),
    getTranslations("members"),
    currentLocale(),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          <>
            <Link href="/members" className={secondaryLink}>
              {tMembers("title")}
            </Link>
            <a href="/members/teams/export?format=csv" className={secondaryLink} download>
              {tMembers("exportCsv")}
            </a>
            <a href="/members/teams/export?format=xlsx" className={secondaryLink} download>
              {tMembers("exportXlsx")}
            </a>
            {can(viewer, "teams.manage") ? (
              <Link href="/members/teams/new" className={buttonLink}>
                {t("new")}
              </Link>
            ) : null}
          </>
        }
      />
      <Card>
        {teams.length === 0 ? (
          <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="teams-table">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.name")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.kind")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.village")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.dutyWeekday")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("fields.size")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row" className="px-3 py-1.5 text-left font-normal">
                    <Link href={`/members/teams/${team.id}`} className="font-medium text-union-600 hover:underline">
                      {team.name}
                    </Link>
                  </th>
                  <td className="px-3 py-1.5">{t(`kinds.${team.kind}`)}</td>
                  <td className="px-3 py-1.5">{team.villageName ?? "—"}</td>
                  <td className="px-3 py-1.5">{team.dutyWeekday ? t(`weekdays.${team.dutyWeekday}`) : "—"}</td>
                  <td className="tabular px-3 py-1.5 text-right">{formatNumber(team.size, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
