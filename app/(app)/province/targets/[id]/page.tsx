import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TargetForm } from "@/components/targets/target-form";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId } from "@/lib/core/url-params";
import { indicator } from "@/lib/db/schema/enums";
import { toVietnameseDate } from "@/lib/filters/period";
import { updateTargetAction } from "@/lib/targets/actions";
import { targetAreas, targetForEdit } from "@/lib/targets/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("edit") };
}

export default async function EditTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "targets.manage")) notFound();
  const id = positiveId((await params).id);
  if (id === undefined) notFound();
  const found = await targetForEdit(viewer, id);
  if (!found) notFound();
  const { target, provinceId } = found;
  const [t, areas] = await Promise.all([getTranslations("targets"), targetAreas(viewer, provinceId)]);
  return (
    <div className="max-w-xl space-y-3">
      <div>
        <Link href={`/province/targets?province=${provinceId}`} className="text-xs text-union-600 hover:underline">
          ← {t("title")}
        </Link>
        <h1 className="text-xl font-semibold text-slate-900">{t("edit")}</h1>
      </div>
      <Card className="p-4">
        <TargetForm
          action={updateTargetAction}
          areas={areas}
          indicators={indicator.enumValues}
          initial={{
            id: String(target.id),
            version: String(target.version),
            communeId: String(target.communeId),
            formerCommuneId: target.formerCommuneId === null ? "" : String(target.formerCommuneId),
            indicator: target.indicator,
            targetValue: String(target.targetValue).replace(".", ","),
            startsOn: toVietnameseDate(target.startsOn),
            dueOn: toVietnameseDate(target.dueOn),
            note: target.note ?? "",
          }}
        />
      </Card>
    </div>
  );
}
