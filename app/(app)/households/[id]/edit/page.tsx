import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HouseholdForm } from "@/components/households/household-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions, villageOptions } from "@/lib/core/options";
import { positiveId } from "@/lib/core/url-params";
import { getHousehold } from "@/lib/households/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households"))("editTitle") };
}

export default async function EditHouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  // Only those who may save the form get it; everyone else sees the record on its own page.
  if (!can(viewer, "households.manage")) notFound();
  const id = positiveId((await params).id);
  const household = id ? await getHousehold(viewer, id) : null;
  if (!household) notFound();
  const [villages, volunteers, t] = await Promise.all([
    villageOptions(viewer),
    memberOptions(viewer),
    getTranslations("households"),
  ]);
  // Keep a since-deactivated volunteer selectable so saving other fields doesn't unassign them.
  const choices =
    household.volunteerId && !volunteers.some((v) => v.id === household.volunteerId)
      ? [...volunteers, { id: household.volunteerId, name: household.volunteerName ?? "" }]
      : volunteers;
  return (
    <div className="space-y-4">
      <PageHeader title={t("editTitle")} subtitle={`${household.code} · ${household.headName}`} />
      <Card>
        <HouseholdForm villages={villages} volunteers={choices} household={household} />
      </Card>
    </div>
  );
}
