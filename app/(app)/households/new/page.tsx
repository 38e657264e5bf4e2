import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HouseholdForm } from "@/components/households/household-form";
import { FormPage } from "@/components/ui/form-page";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions, villageOptions } from "@/lib/core/options";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import { formCommune } from "@/lib/core/working-commune";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households"))("newTitle") };
}

export default async function NewHouseholdPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "households.manage")) notFound();
  const { commune, units } = await formCommune(viewer, textParam(await searchParams, "commune"));
  const [villages, volunteers, t] = await Promise.all([
    commune ? villageOptions(viewer, commune.id) : [],
    commune ? memberOptions(viewer, commune.id) : [],
    getTranslations("households"),
  ]);
  return (
    <FormPage title={t("newTitle")} path="/households/new" commune={commune} units={units}>
      <HouseholdForm villages={villages} volunteers={volunteers} communeId={commune?.chosen ? commune.id : undefined} />
    </FormPage>
  );
}
