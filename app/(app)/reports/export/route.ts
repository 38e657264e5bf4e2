import { getTranslations } from "next-intl/server";
import { notFound as refusedNotFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { positiveId } from "@/lib/core/url-params";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse, paramsOf, type Table } from "@/lib/export/table";
import { todayInVietnam } from "@/lib/i18n/format";
import { buildCommuneReport } from "@/lib/reports/commune-report";
import { reportPdf } from "@/lib/reports/pdf";
import { issuedReport } from "@/lib/reports/queries";
import { reportDocumentFor } from "@/lib/reports/render";
import { previewRequest } from "@/lib/reports/request";

// The report as a file: ?id=<issued report> (its frozen figures) or the preview's parameters
// (today's figures); format=pdf (the document) or xlsx (its village table). In scope, audited.
export const GET = downloadRoute("report", async (request, viewer) => {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "pdf";
  const id = positiveId(url.searchParams.get("id") ?? undefined);
  let source;
  if (url.searchParams.has("id")) {
    const report = id === undefined ? null : await issuedReport(viewer, id);
    if (!report) throw refusedNotFound();
    const s = report.snapshot;
    source = {
      model: s.model,
      texts: { assessment: s.assessment, nextSteps: s.nextSteps, recipients: s.recipients, signer: s.signer },
      meta: { number: report.number, dated: todayInVietnam(report.issuedAt) },
    };
  } else {
    const { communeId, period } = previewRequest(viewer, paramsOf(url));
    const model = communeId === null ? null : await buildCommuneReport(viewer, communeId, period);
    if (!model) throw refusedNotFound();
    source = {
      model,
      texts: { assessment: null, nextSteps: null, recipients: null, signer: viewer.displayName },
      meta: { number: null, dated: todayInVietnam() },
    };
  }
  const { model } = source;
  const stem = `bao-cao-${model.unit.communeId}-${model.period.from}-${model.period.to}`;
  await recordAudit(db, viewer, {
    action: "export",
    entity: "report",
    entityId: id ?? null,
    communeId: model.unit.communeId,
    provinceId: model.unit.provinceId,
    details: { format, periodFrom: model.period.from, periodTo: model.period.to },
  });
  if (format === "pdf") {
    const doc = await reportDocumentFor(model, source.texts, source.meta);
    const body = await reportPdf(doc, { title: `${doc.titleKind} ${doc.title}`, author: doc.body });
    return fileResponse({ body, contentType: "application/pdf", filename: `${stem}.pdf`, rows: model.villages.length });
  }
  const t = await getTranslations("reports");
  const byDesk = new Map(model.desks.villages.map((d) => [d.villageId, d]));
  const table: Table = {
    header: ["village", "remote", "households", "reached", "served", "people", "held", "planned"].map((k) =>
      t(`sheetColumns.${k}`),
    ),
    body: model.villages.map((v) => [
      v.name,
      v.remote ? t("yes") : t("no"),
      v.householdsTotal,
      v.reached,
      v.householdsServed,
      v.peopleServed,
      byDesk.get(v.villageId)?.held ?? 0,
      byDesk.get(v.villageId)?.planned ?? 0,
    ]),
  };
  return fileResponse(await exportFile(table, "xlsx", stem, t("sheet"), [28, 10, 10, 14, 18, 12, 14, 14]));
});
