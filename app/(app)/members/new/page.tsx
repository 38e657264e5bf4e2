import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/field/page-header";
import { MemberForm } from "@/components/members/member-form";
import { requireViewer } from "@/lib/auth/viewer";
import { villageOptions } from "@/lib/field/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("newTitle") };
}

export default async function NewMemberPage() {
  const viewer = await requireViewer();
  const [villages, t] = await Promise.all([villageOptions(viewer), getTranslations("members")]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("newTitle")} />
      <Card>
        <MemberForm villages={villages} />
      </Card>
    </div>
  );
}
