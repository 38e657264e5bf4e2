import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CancelDeskForm } from "@/components/desks/cancel-form";
import { Card } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { pageDesk } from "@/lib/desks/page-desk";
import { formatDate } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("desks"))("cancelTitle", { id: (await params).id }) };
}

export default async function CancelDeskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "desks.manage")) notFound();
  const desk = await pageDesk(viewer, (await params).id);
  if (desk.status !== "planned") notFound();
  const t = await getTranslations("desks");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("cancelTitle", { id: desk.id })}
        subtitle={`${desk.villageName} · ${formatDate(desk.day)} ${desk.startTime}–${desk.endTime}`}
        actions={
          <Link href={`/desks/${desk.id}`} className={secondaryLink}>
            {t("actions.back")}
          </Link>
        }
      />
      <Card>
        <CancelDeskForm id={desk.id} version={desk.version} />
      </Card>
    </div>
  );
}
