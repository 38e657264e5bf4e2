import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IssueForm } from "@/components/reports/issue-form";
import { ReportDocumentView } from "@/components/reports/report-document";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import { todayInVietnam } from "@/lib/i18n/format";
import { issueCenterReportAction, issueProvinceReportAction, issueReportAction } from "@/lib/reports/actions";
import { reportPeriodParams } from "@/lib/reports/period";
import { reportDocumentFor } from "@/lib/reports/render";
import type { ReportModel } from "@/lib/reports/report-model";
import { previewModel, previewRequest } from "@/lib/reports/request";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

// The preview IS the document: today's figures for the chosen commune, province or service
// center and period. A unit outside the viewer's scope does not exist.
export default async function ReportPreviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const request = previewRequest(viewer, params);
  const { period, error } = request;
  const today = todayInVietnam();
  const model = await previewModel(viewer, request);
  if (model === "noCommune") redirect("/reports");
  if (!model) notFound();
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const doc = await reportDocumentFor(
    model,
    { assessment: null, nextSteps: null, recipients: null, signer: viewer.displayName },
    { number: null, dated: today },
  );
  const query = new URLSearchParams({ ...unitParams(model), ...reportPeriodParams(period) });
  const issue = period.from > today ? null : issueFor(model);
  function issueFor(m: ReportModel) {
    switch (m.kind) {
      case "province":
        return can(viewer, "reports.issue.province")
          ? {
              action: issueProvinceReportAction,
              hidden: { provinceId: String(m.unit.provinceId), ...reportPeriodParams(period) },
              recipients: t("province.defaultRecipients", { province: m.unit.provinceName }),
            }
          : null;
      case "center":
        return can(viewer, "reports.issue.center")
          ? {
              action: issueCenterReportAction,
              hidden: { centerId: String(m.unit.centerId), ...reportPeriodParams(period) },
              recipients: t("center.defaultRecipients", {
                commune: m.unit.communeName,
                province: m.unit.provinceName,
              }),
            }
          : null;
      default:
        return can(viewer, "reports.issue.commune")
          ? {
              action: issueReportAction,
              hidden: { communeId: String(m.unit.communeId), ...reportPeriodParams(period) },
              recipients: t("doc.defaultRecipients", {
                province: m.unit.provinceName,
                commune: m.unit.communeName,
              }),
            }
          : null;
    }
  }
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

/** The URL parameters that name the report's unit again (the download links). */
function unitParams(model: ReportModel): Record<string, string> {
  switch (model.kind) {
    case "province":
      return { kind: "province", province: String(model.unit.provinceId) };
    case "center":
      return { kind: "center", center: String(model.unit.centerId) };
    default:
      return { commune: String(model.unit.communeId) };
  }
}
