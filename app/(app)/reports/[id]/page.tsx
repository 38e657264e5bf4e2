import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportDocumentView } from "@/components/reports/report-document";
import { ReportToolbar } from "@/components/reports/report-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId } from "@/lib/core/url-params";
import { formatDate, todayInVietnam } from "@/lib/i18n/format";
import { figuresOf } from "@/lib/reports/figures";
import { issuedReport } from "@/lib/reports/queries";
import { reportDocumentFor } from "@/lib/reports/render";
import { currentModel } from "@/lib/reports/request";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

// An issued report: drawn from its frozen snapshot; a note says when today's figures differ.
export default async function IssuedReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const report = id === undefined ? null : await issuedReport(viewer, id);
  if (!report) notFound();
  const { model, assessment, nextSteps, recipients, signer } = report.snapshot;
  const [t, locale, today, newer] = await Promise.all([
    getTranslations("reports"),
    getLocale(),
    currentModel(viewer, model),
    report.supersededBy ? issuedReport(viewer, report.supersededBy) : null,
  ]);
  const doc = await reportDocumentFor(
    model,
    { assessment, nextSteps, recipients, signer },
    { number: report.number, dated: todayInVietnam(report.issuedAt) },
  );
  const differs = today !== null && figuresOf(today) !== figuresOf(model);
  return (
    <div>
      <ReportToolbar
        exportQuery={`id=${report.id}`}
        labels={{ back: t("toolbar.back"), print: t("toolbar.print"), pdf: t("toolbar.pdf"), xlsx: t("toolbar.xlsx") }}
        notes={
          <div className="space-y-1 text-sm">
            <p className="text-slate-600" data-testid="report-frozen">
              {t("toolbar.frozen", { date: formatDate(report.issuedAt) })}
            </p>
            <p
              className={differs ? "font-medium text-amber-800" : "text-slate-600"}
              data-testid={differs ? "report-differs" : "report-same"}
              role={differs ? "status" : undefined}
            >
              {differs ? t("toolbar.differs") : t("toolbar.same")}
            </p>
            {newer ? (
              <p className="font-medium text-amber-800" data-testid="report-superseded">
                {t("toolbar.superseded", { number: newer.number })}{" "}
                <Link href={`/reports/${newer.id}`} className="text-union-600 underline">
                  {t("toolbar.openNewer")}
                </Link>
              </p>
            ) : null}
          </div>
        }
      />
      <ReportDocumentView doc={doc} lang={locale} />
    </div>
  );
}
