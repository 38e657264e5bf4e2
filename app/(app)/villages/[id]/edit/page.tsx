import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VillageForm } from "@/components/village-page/village-form";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId } from "@/lib/core/url-params";
import { DEFAULT_TARGET } from "@/lib/desks/plan-data";
import { villageById } from "@/lib/map/village-page";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mapVillage.form"))("title") };
}

export default async function EditVillagePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const village = id === undefined ? null : await villageById(viewer, id);
  // Out of scope, or not allowed to edit: the page does not exist for this viewer.
  if (!village || !(can(viewer, "units.manage") || can(viewer, "households.manage"))) notFound();
  const t = await getTranslations("mapVillage.form");
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-xl font-semibold text-slate-900">{t("heading", { name: village.name })}</h1>
      <VillageForm
        village={{
          id: village.id,
          name: village.name,
          lat: String(village.lat),
          lng: String(village.lng),
          // Only remote villages get planned desks (/desks/plan).
          deskTargetPerMonth: village.remote ? String(village.deskTargetPerMonth ?? "") : null,
          updatedAt: village.updatedAt,
        }}
        center={village.communeCenter}
        defaultTarget={DEFAULT_TARGET}
      />
    </div>
  );
}
