import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TrainingMatrix } from "@/components/trainings/training-matrix";
import { Card, CardHeader } from "@/components/ui/card";
import { buttonLink, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { trainingTopics } from "@/lib/reference/procedures";
import { listTrainings, trainingMatrix } from "@/lib/trainings/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainings"))("title") };
}

export default async function TrainingsPage() {
  const viewer = await requireViewer();
  const [trainings, matrix, t, tMembers, locale] = await Promise.all([
    listTrainings(viewer),
    trainingMatrix(viewer),
    getTranslations("trainings"),
    getTranslations("members"),
    currentLocale(),
  ]);
  const topics = trainingTopics.map((x) => ({ code: x.code as string, name: locale === "vi" ? x.nameVi : x.nameEn }));
  const topicName = new Map(topics.map((x) => [x.code, x.name]));
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          <>
            <a href="/trainings/export?format=csv" className={secondaryLink} download>
              {tMembers("exportCsv")}
            </a>
            <a href="/trainings/export?format=xlsx" className={secondaryLink} download>
              {tMembers("exportXlsx")}
            </a>
            {can(viewer, "trainings.manage") ? (
              <Link href="/trainings/new" className={buttonLink}>
                {t("new")}
              </Link>
            ) : null}
          </>
        }
      />
      <Card>
        <CardHeader title={t("list")} />
        {trainings.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="trainings-table">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("fields.heldOn")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.title")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.topics")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("fields.place")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("fields.attendees")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {trainings.map((tr) => (
                <tr key={tr.id}>
                  <td className="tabular px-3 py-1.5 text-right">{formatDate(tr.heldOn)}</td>
                  <td className="px-3 py-1.5">{tr.title}</td>
                  <td className="px-3 py-1.5 text-xs text-slate-600">
                    {tr.topics.map((c) => topicName.get(c) ?? c).join(" · ")}
                  </td>
                  <td className="px-3 py-1.5">{tr.place ?? "—"}</td>
                  <td className="tabular px-3 py-1.5 text-right">{formatNumber(tr.attendees, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <TrainingMatrix rows={matrix} topics={topics} />
    </div>
  );
}
