import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormPage } from "@/components/ui/form-page";
import { TeamForm } from "@/components/teams/team-form";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import { villageOptions } from "@/lib/core/options";
import { formCommune } from "@/lib/core/working-commune";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teams"))("newTitle") };
}

export default async function NewTeamPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "teams.manage")) notFound();
  const { commune, units } = await formCommune(viewer, textParam(await searchParams, "commune"));
  const [villages, t] = await Promise.all([commune ? villageOptions(viewer, commune.id) : [], getTranslations("teams")]);
  return (
    <FormPage title={t("newTitle")} path="/members/teams/new" commune={commune} units={units}>
      <TeamForm villages={villages} communeId={commune?.chosen ? commune.id : undefined} />
    </FormPage>
  );
}
