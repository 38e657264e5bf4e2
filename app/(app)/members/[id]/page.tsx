import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberStatusForm } from "@/components/members/member-status-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId } from "@/lib/core/url-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getMember } from "@/lib/members/queries";
import { trainingTopics } from "@/lib/reference/procedures";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const member = id ? await getMember(viewer, id) : null;
  if (!member) notFound();
  const [t, tTeams, tUi, tHh, locale] = await Promise.all([
    getTranslations("members"),
    getTranslations("teams"),
    getTranslations("fieldUi"),
    getTranslations("households"),
    currentLocale(),
  ]);
  const topicName = new Map(trainingTopics.map((x) => [x.code as string, locale === "vi" ? x.nameVi : x.nameEn]));
  const facts: [string, string][] = [
    [t("fields.kind"), t(`kinds.${member.kind}`)],
    [t("fields.village"), member.villageName ?? "—"],
    [t("fields.affiliation"), member.affiliation ?? "—"],
    [t("fields.joinedOn"), member.joinedOn ? formatDate(member.joinedOn) : "—"],
    [t("fields.status"), member.active ? t("active") : t("inactive")],
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title={member.fullName}
        subtitle={member.active ? t("active") : t("inactive")}
        actions={
          <>
            <Link href="/members" className={secondaryLink}>
              {tUi("back")}
            </Link>
            <Link href={`/members/${member.id}/edit`} className={secondaryLink}>
              {tUi("edit")}
            </Link>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card>
          <dl className="divide-y divide-slate-100 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="flex justify-between gap-3 px-4 py-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-right text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
          <div className="border-t border-slate-100 p-4">
            <MemberStatusForm id={member.id} active={member.active} households={member.households.length} />
          </div>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t("detail.households", { count: formatNumber(member.households.length, locale) })} />
          {member.households.length === 0 ? (
            <p className="px-4 py-4 text-sm text-slate-500">{t("detail.noHouseholds")}</p>
          ) : (
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-1.5 font-medium">
                    {tHh("fields.code")}
                  </th>
                  <th scope="col" className="px-3 py-1.5 font-medium">
                    {tHh("fields.headName")}
                  </th>
                  <th scope="col" className="px-3 py-1.5 font-medium">
                    {tHh("fields.village")}
                  </th>
                  <th scope="col" className="px-3 py-1.5 text-right font-medium">
                    {tHh("fields.firstReachedOn")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {member.households.map((h) => (
                  <tr key={h.id}>
                    <td className="px-3 py-1">
                      <Link className="text-union-600 hover:underline" href={`/households/${h.id}`}>
                        {h.code}
                      </Link>
                    </td>
                    <td className="px-3 py-1">{h.headName}</td>
                    <td className="px-3 py-1">{h.villageName}</td>
                    <td className="tabular px-3 py-1 text-right">
                      {h.firstReachedOn ? (
                        formatDate(h.firstReachedOn)
                      ) : (
                        <span className="text-gap-700">{tHh("notReached")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card>
          <CardHeader title={t("detail.teams")} />
          {member.teams.length === 0 ? (
            <p className="px-4 py-4 text-sm text-slate-500">{t("detail.noTeams")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {member.teams.map((team) => (
                <li key={team.id} className="px-4 py-2">
                  <Link href={`/members/teams/${team.id}`} className="text-union-600 hover:underline">
                    {team.name}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {tTeams(`kinds.${team.kind}`)}
                    {team.isLeader ? ` · ${t("detail.leader")}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t("detail.trainings")} />
          {member.trainings.length === 0 ? (
            <p className="px-4 py-4 text-sm text-slate-500">{t("detail.noTrainings")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {member.trainings.map((tr) => (
                <li key={tr.id} className="flex gap-3 px-4 py-2">
                  <span className="tabular w-24 shrink-0 text-slate-500">{formatDate(tr.heldOn)}</span>
                  <span>
                    {tr.title}
                    <span className="block text-xs text-slate-500">
                      {tr.topics.map((c) => topicName.get(c) ?? c).join(" · ")}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
