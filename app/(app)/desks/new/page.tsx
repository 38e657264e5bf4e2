import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeskForm } from "@/components/desks/desk-form";
import { Card } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { idParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { workingCommune } from "@/lib/core/working-commune";
import { deskFormOptions } from "@/lib/desks/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desks"))("newTitle") };
}

export default async function NewDeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "desks.manage")) notFound();
  const params = await searchParams;
  const [t, commune] = await Promise.all([
    getTranslations("desks"),
    workingCommune(viewer, textParam(params, "commune")),
  ]);
  const header = (
    <PageHeader
      title={t("newTitle")}
      actions={
        <span className="flex flex-wrap items-center gap-2">
          {commune ? (
            <Link
              href={commune.chosen ? `/desks/series?commune=${commune.id}` : "/desks/series"}
              className={secondaryLink}
            >
              {t("series.link")}
            </Link>
          ) : null}
          <Link href="/desks" className={secondaryLink}>
            {t("backToPlan")}
          </Link>
        </span>
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
        <DeskForm
          villages={options.villages}
          volunteers={options.volunteers}
          civilServants={options.civilServants}
          defaults={{ villageId: idParam(params, "village") }}
        />
      </Card>
    </div>
  );
}
