import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/field/page-header";
import { HouseholdForm } from "@/components/households/household-form";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions, villageOptions } from "@/lib/field/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households"))("newTitle") };
}

export default async function NewHouseholdPage() {
  const viewer = await requireViewer();
  const [villages, volunteers, t] = await Promise.all([villageOptions(viewer), memberOptions(viewer), getTranslations("households")]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("newTitle")} />
      <Card>
        <HouseholdForm villages={villages} volunteers={volunteers} />
      </Card>
    </div>
  );
}
