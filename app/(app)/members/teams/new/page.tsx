import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/field/page-header";
import { TeamForm } from "@/components/teams/team-form";
import { requireViewer } from "@/lib/auth/viewer";
import { villageOptions } from "@/lib/field/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teams"))("newTitle") };
}

export default async function NewTeamPage() {
  const viewer = await requireViewer();
  const [villages, t] = await Promise.all([villageOptions(viewer), getTranslations("teams")]);
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("newTitle")} />
      <Card>
        <TeamForm villages={villages} />
      </Card>
    </div>
  );
}
