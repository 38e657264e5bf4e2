import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberForm } from "@/components/members/member-form";
import { FormPage } from "@/components/ui/form-page";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { villageOptions } from "@/lib/core/options";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import { formCommune } from "@/lib/core/working-commune";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("newTitle") };
}

export default async function NewMemberPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "members.manage")) notFound();
  const { commune, units } = await formCommune(viewer, textParam(await searchParams, "commune"));
  const [villages, t] = await Promise.all([
    commune ? villageOptions(viewer, commune.id) : [],
    getTranslations("members"),
  ]);
  return (
    <FormPage title={t("newTitle")} path="/members/new" commune={commune} units={units}>
      <MemberForm villages={villages} communeId={commune?.chosen ? commune.id : undefined} />
    </FormPage>
  );
}
