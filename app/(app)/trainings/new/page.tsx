import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TrainingForm } from "@/components/trainings/training-form";
import { FormPage } from "@/components/ui/form-page";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions } from "@/lib/core/options";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import { formCommune } from "@/lib/core/working-commune";
import { currentLocale } from "@/lib/i18n/current-locale";
import { trainingTopics } from "@/lib/reference/procedures";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainings"))("newTitle") };
}

export default async function NewTrainingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "trainings.manage")) notFound();
  const { commune, units } = await formCommune(viewer, textParam(await searchParams, "commune"));
  const [members, t, locale] = await Promise.all([
    commune ? memberOptions(viewer, commune.id) : [],
    getTranslations("trainings"),
    currentLocale(),
  ]);
  const topics = trainingTopics.map((x) => ({ code: x.code as string, name: locale === "vi" ? x.nameVi : x.nameEn }));
  return (
    <FormPage title={t("newTitle")} path="/trainings/new" commune={commune} units={units}>
      <TrainingForm topics={topics} members={members} communeId={commune?.chosen ? commune.id : undefined} />
    </FormPage>
  );
}
