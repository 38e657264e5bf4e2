import { getTranslations } from "next-intl/server";
import { notFound as refusedNotFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { positiveId } from "@/lib/core/url-params";
import { db } from "@/lib/db";
import { downloadRoute } from "@/lib/export/download-route";
import { exportFile, fileResponse, paramsOf, type Table } from "@/lib/export/table";
import { todayInVietnam } from "@/lib/i18n/format";
import { reportCounters } from "@/lib/reports/commune-report-types";
import { reportPdf } from "@/lib/reports/pdf";
import { provinceTotals } from "@/lib/reports/province-totals";
import { issuedReport } from "@/lib/reports/queries";
import { reportDocumentFor } from "@/lib/reports/render";
import { previewModel, previewRequest } from "@/lib/reports/request";

// The report as a file: ?id=<issued report> (its frozen figures) or the preview's parameters
// (today's figures, kind=province for the province report, kind=center for a service center's);
// format=pdf (the document) or xlsx (its village table, the province's commune table, or the
// center's people on duty and at mobile desks). In scope, audited.
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
    const model = await previewModel(viewer, previewRequest(viewer, paramsOf(url)));
    if (!model || model === "noCommune") throw refusedNotFound();
    source = {
      model,
      texts: { assessment: null, nextSteps: null, recipients: null, signer: viewer.displayName },
      meta: { number: null, dated: todayInVietnam() },
    };
  }
  const { model } = source;
  const unitId =
    model.kind === "province"
      ? `tinh-${model.unit.provinceId}`
      : model.kind === "center"
        ? `trung-tam-${model.unit.centerId}`
        : String(model.unit.communeId);
  const stem = `bao-cao-${unitId}-${model.period.from}-${model.period.to}`;
  await recordAudit(db, viewer, {
    action: "export",
    entity: "report",
    entityId: id ?? null,
    communeId: model.kind === "province" ? null : model.unit.communeId,
    provinceId: model.unit.provinceId,
    details: { kind: model.kind, format, periodFrom: model.period.from, periodTo: model.period.to },
  });
  if (format === "pdf") {
    const doc = await reportDocumentFor(model, source.texts, source.meta);
    const body = await reportPdf(doc, { title: `${doc.titleKind} ${doc.title}`, author: doc.body });
    const rows =
      model.kind === "province"
        ? model.communes.length
        : model.kind === "center"
          ? model.helpers.length + model.desks.civilServants.length
          : model.villages.length;
    return fileResponse({ body, contentType: "application/pdf", filename: `${stem}.pdf`, rows });
  }
  const t = await getTranslations("reports");
  if (model.kind === "center") {
    // The people of the report: who was on duty at the center (shifts and days), then the civil
    // servants at mobile desks (desks held and planned).
    const table: Table = {
      header: [
        t("center.member"),
        t("center.sheetRole"),
        t("center.team"),
        t("center.morning"),
        t("center.afternoon"),
        t("center.fullDay"),
        t("center.dutyDays"),
        t("sheetColumns.held"),
        t("sheetColumns.planned"),
      ],
      body: [
        ...model.helpers.map((h) => [
          h.name,
          t("center.roleDuty"),
          h.team ?? "",
          h.morning,
          h.afternoon,
          h.fullDay,
          h.days,
          "",
          "",
        ]),
        ...model.desks.civilServants.map((c) => [c.name, t("center.roleDesks"), "", "", "", "", "", c.held, c.planned]),
      ],
    };
    return fileResponse(await exportFile(table, "xlsx", stem, t("sheet"), [28, 24, 20, 10, 10, 10, 12, 14, 14]));
  }
  if (model.kind === "province") {
    // One row per commune in ranking order, every figure of the document's commune tables, and the total.
    const total = provinceTotals(model);
    const ranked = [...model.communes].sort((a, b) => a.rank - b.rank);
    const table: Table = {
      header: [
        t("province.rank"),
        t("province.commune"),
        t("sheetColumns.households"),
        t("sheetColumns.reached"),
        t("province.proficientShort"),
        t("province.sheetTarget"),
        ...reportCounters.map((c) => t(`province.counters.${c}`)),
        t("province.remoteVillages"),
        t("sheetColumns.held"),
        t("sheetColumns.planned"),
      ],
      body: [
        ...ranked.map((c) => [
          c.rank,
          c.name,
          c.householdsTotal,
          c.reached,
          c.proficient,
          c.reachTarget ?? "",
          ...reportCounters.map((k) => c.counters[k]),
          c.remoteVillages,
          c.desks.held,
          c.desks.planned,
        ]),
        [
          "",
          t("doc.total"),
          total.householdsTotal,
          total.reached,
          total.proficient,
          total.reachTarget?.value ?? "",
          ...reportCounters.map((k) => total.counters[k]),
          total.remoteVillages,
          total.desksHeld,
          total.desksPlanned,
        ],
      ],
    };
    return fileResponse(
      await exportFile(table, "xlsx", stem, t("sheet"), [9, 28, 10, 12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 14, 14]),
    );
  }
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
