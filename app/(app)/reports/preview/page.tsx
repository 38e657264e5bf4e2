import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IssueForm } from "@/components/reports/issue-form";
import { ReportDocumentView } from "@/components/reports/report-document";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { issueProvinceReportAction, issueReportAction } from "@/lib/reports/actions";
import { buildCommuneReport } from "@/lib/reports/commune-report";
import { reportPeriodParams } from "@/lib/reports/period";
import { buildProvinceReport } from "@/lib/reports/province-report";
import { reportDocumentFor } from "@/lib/reports/render";
import { previewRequest } from "@/lib/reports/request";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

// The preview IS the document: today's figures for the chosen commune (or province) and period.
export default async function ReportPreviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const { kind, communeId, provinceId, period, error } = previewRequest(viewer, params);
  const today = todayInVietnam();
  // A province report outside the viewer's scope (or for a commune role) does not exist.
  const model =
    kind === "province"
      ? await buildProvinceReport(viewer, provinceId, period)
      : communeId === null
        ? redirect("/reports")
        : await buildCommuneReport(viewer, communeId, period);
  if (!model) notFound();
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const doc = await reportDocumentFor(
    model,
    { assessment: null, nextSteps: null, recipients: null, signer: viewer.displayName },
    { number: null, dated: today },
  );
  const unitParams: Record<string, string> =
    model.kind === "province"
      ? { kind: "province", province: String(model.unit.provinceId) }
      : { commune: String(model.unit.communeId) };
  const query = new URLSearchParams({ ...unitParams, ...reportPeriodParams(period) });
  const issue =
    period.from > today
      ? null
      : model.kind === "province"
        ? can(viewer, "reports.issue.province")
          ? {
              action: issueProvinceReportAction,
              hidden: { provinceId: String(model.unit.provinceId), ...reportPeriodParams(period) },
              recipients: t("province.defaultRecipients", { province: model.unit.provinceName }),
            }
          : null
        : can(viewer, "reports.issue.commune")
          ? {
              action: issueReportAction,
              hidden: { communeId: String(model.unit.communeId), ...reportPeriodParams(period) },
              recipients: t("doc.defaultRecipients", {
                province: model.unit.provinceName,
                commune: model.unit.communeName,
              }),
            }
          : null;
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
      {issue ? (
        <IssueForm
          action={issue.action}
          hidden={issue.hidden}
          defaults={{ recipients: issue.recipients, signer: viewer.displayName }}
        />
      ) : null}
    </div>
  );
}
