import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeskForm } from "@/components/desks/desk-form";
import { Card } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { formDesk, pageDesk } from "@/lib/desks/page-desk";
import { deskFormOptions } from "@/lib/desks/queries";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("desks"))("editTitle", { id: (await params).id }) };
}

export default async function EditDeskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "desks.manage")) notFound();
  const desk = await pageDesk(viewer, (await params).id);
  if (desk.status !== "planned") notFound();
  const [t, options] = await Promise.all([getTranslations("desks"), deskFormOptions(viewer, desk.communeId)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("editTitle", { id: desk.id })}
        subtitle={`${desk.villageName} · ${desk.place}`}
        actions={
          <Link href={`/desks/${desk.id}`} className={secondaryLink}>
            {t("actions.back")}
          </Link>
        }
      />
      <Card>
        <DeskForm
          desk={formDesk(desk)}
          villages={options.villages}
          volunteers={options.volunteers}
          civilServants={options.civilServants}
        />
      </Card>
    </div>
  );
}
