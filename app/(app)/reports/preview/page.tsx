import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IssueForm } from "@/components/reports/issue-form";
import { ReportDocumentView } from "@/components/reports/report-document";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { issueReportAction } from "@/lib/reports/actions";
import { buildCommuneReport } from "@/lib/reports/commune-report";
import { reportPeriodParams } from "@/lib/reports/period";
import { reportDocumentFor } from "@/lib/reports/render";
import { previewRequest } from "@/lib/reports/request";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

// The preview IS the document: today's figures for the chosen commune and period.
export default async function ReportPreviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const { communeId, period, error } = previewRequest(viewer, params);
  if (communeId === null) redirect("/reports");
  const model = await buildCommuneReport(viewer, communeId, period);
  if (!model) notFound();
  const [t, tDoc, locale] = await Promise.all([
    getTranslations("reports"),
    getTranslations("reports.doc"),
    getLocale(),
  ]);
  const doc = await reportDocumentFor(
    model,
    { assessment: null, nextSteps: null, recipients: null, signer: viewer.displayName },
    { number: null, dated: todayInVietnam() },
  );
  const query = new URLSearchParams({ commune: String(communeId), ...reportPeriodParams(period) });
  return (
    <div>
      <ReportToolbar
        exportQuery={query.toString()}
        labels={{ back: t("toolbar.back"), print: t("toolbar.print"), pdf: t("toolbar.pdf"), xlsx: t("toolbar.xlsx") }}
        notes={
          <>
            {error ? (
              <p role="alert" className="text-sm text-danger-700">
                {t(`errors.${error}`)}
              </p>
            ) : null}
            <p className="text-sm text-slate-600">{t("toolbar.draft")}</p>
          </>
        }
      />
      <ReportDocumentView doc={doc} lang={locale} />
      {can(viewer, "reports.issue.commune") && period.from <= todayInVietnam() ? (
        <IssueForm
          action={issueReportAction}
          hidden={{ communeId: String(communeId), ...reportPeriodParams(period) }}
          defaults={{
            recipients: tDoc("defaultRecipients", {
              province: model.unit.provinceName,
              commune: model.unit.communeName,
            }),
            signer: viewer.displayName,
          }}
        />
      ) : null}
    </div>
  );
}
