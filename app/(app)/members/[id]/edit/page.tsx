import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberForm } from "@/components/members/member-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { villageOptions } from "@/lib/core/options";
import { positiveId } from "@/lib/core/url-params";
import { getMember } from "@/lib/members/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("editTitle") };
}

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  // Only those who may save the form get it; everyone else sees the record on its own page.
  if (!can(viewer, "members.manage")) notFound();
  const id = positiveId((await params).id);
  const member = id ? await getMember(viewer, id) : null;
  if (!member) notFound();
  const [villages, t] = await Promise.all([villageOptions(viewer), getTranslations("members")]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("editTitle")} subtitle={member.fullName} />
      <Card>
        <MemberForm villages={villages} member={member} />
      </Card>
    </div>
  );
}
