import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CloseDeskForm } from "@/components/desks/close-form";
import { Card } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { pageDesk } from "@/lib/desks/page-desk";
import { deskFormOptions } from "@/lib/desks/queries";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("desks"))("closeTitle", { id: (await params).id }) };
}

export default async function CloseDeskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "desks.manage")) notFound();
  const desk = await pageDesk(viewer, (await params).id);
  // Results exist from the desk's day on, and never for a cancelled desk.
  if (desk.status === "cancelled" || desk.day > todayInVietnam()) notFound();
  const [t, locale, options] = await Promise.all([
    getTranslations("desks"),
    currentLocale(),
    deskFormOptions(viewer, desk.communeId),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("closeTitle", { id: desk.id })}
        subtitle={`${desk.villageName} · ${formatDate(desk.day)} ${desk.startTime}–${desk.endTime} · ${desk.place}`}
        actions={
          <Link href={`/desks/${desk.id}`} className={secondaryLink}>
            {t("actions.back")}
          </Link>
        }
      />
      <Card>
        <CloseDeskForm
          id={desk.id}
          version={desk.version}
          results={desk.results}
          procedures={options.procedures.map((p) => ({ code: p.code, name: locale === "vi" ? p.nameVi : p.nameEn }))}
        />
      </Card>
    </div>
  );
}
