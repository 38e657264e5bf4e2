import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SeriesForm } from "@/components/desks/series-form";
import { Card } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { idParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { workingCommune } from "@/lib/core/working-commune";
import { deskFormOptions } from "@/lib/desks/queries";
import { toVietnameseDate } from "@/lib/filters/period";
import { todayInVietnam } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desks.series"))("title") };
}

/** A recurring series of desks: the commune secretary's (an admin's, once a commune is picked). */
export default async function DeskSeriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "desks.manage")) notFound();
  const params = await searchParams;
  const [t, commune] = await Promise.all([
    getTranslations("desks"),
    workingCommune(viewer, textParam(params, "commune")),
  ]);
  const header = (
    <PageHeader
      title={t("series.title")}
      actions={
        <Link href="/desks" className={secondaryLink}>
          {t("backToPlan")}
        </Link>
      }
    />
  );
  if (!commune) {
    return (
      <div className="space-y-4">
        {header}
        <p className="text-sm text-slate-600">{t("noCommune")}</p>
      </div>
    );
  }
  const options = await deskFormOptions(viewer, commune.id);
  return (
    <div className="space-y-4">
      {header}
      <Card>
        <SeriesForm
          villages={options.villages}
          volunteers={options.volunteers}
          civilServants={options.civilServants}
          communeId={commune.chosen ? commune.id : undefined}
          defaults={{ startDay: toVietnameseDate(todayInVietnam()), villageId: idParam(params, "village") }}
        />
      </Card>
    </div>
  );
}
