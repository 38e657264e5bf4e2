import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { currentLocale } from "@/components/field/locale";
import { PageHeader } from "@/components/field/page-header";
import { TrainingForm } from "@/components/trainings/training-form";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions } from "@/lib/field/queries";
import { trainingTopics } from "@/lib/reference/procedures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainings"))("newTitle") };
}

export default async function NewTrainingPage() {
  const viewer = await requireViewer();
  const [members, t, locale] = await Promise.all([memberOptions(viewer), getTranslations("trainings"), currentLocale()]);
  const topics = trainingTopics.map((x) => ({ code: x.code as string, name: locale === "vi" ? x.nameVi : x.nameEn }));
  return (
    <div className="space-y-4">
      <PageHeader title={t("newTitle")} />
      <Card>
        <TrainingForm topics={topics} members={members} />
      </Card>
    </div>
  );
}
