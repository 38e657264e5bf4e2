import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { reportCounters as counters } from "./commune-report-types";
import {
  paragraphs,
  placeOf,
  timeAndDate,
  type Block,
  type DocumentMeta,
  type DocumentTexts,
  type ReportDocument,
  type Translate,
} from "./document";
import { periodLabelParts } from "./period";
import type { CenterReportModel } from "./center-report-types";

// The service-center director's report as the same blocks the commune report is made of
// (lib/reports/document.ts), drawn by the same HTML and PDF renderers. The center is a state
// body under the commune's People's Committee, so its heading follows Decree 30 for state bodies:
// the national name and motto on the right, "Số: 01/BC-TTPVHCC", and the director signing as
// "GIÁM ĐỐC" (a head signs in their own name; "T/M" is for collective bodies). Pure.

/** "Trung tâm Phục vụ hành chính công phường Hải Vân" under "Phường Hải Vân" → "Trung tâm Phục vụ hành chính công". */
export function centerBody(centerName: string, communeName: string) {
  const suffix = ` ${communeName}`.toLocaleLowerCase("vi-VN");
  return centerName.toLocaleLowerCase("vi-VN").endsWith(suffix)
    ? centerName.slice(0, centerName.length - suffix.length)
    : centerName;
}

/** At most this many gap days are named one by one; the rest are counted. */
const gapDaysListed = 31;

export function buildCenterDocument(
  model: CenterReportModel,
  texts: DocumentTexts,
  meta: DocumentMeta,
  t: Translate,
  locale: Locale,
): ReportDocument {
  const n = (v: number) => formatNumber(v, locale);
  const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
  const label = periodLabelParts(model.period);
  const periodText = t(`periodLabel.${label.key}`, label.values);
  const { unit, records, roster } = model;
  const asOf = timeAndDate(model.readAt);
  const [y, m, d] = meta.dated.split("-");
  const dayMonth = (iso: string) => formatDate(iso).slice(0, 5);
  const blocks: Block[] = [];

  blocks.push({
    type: "paragraph",
    text: t("center.intro", { center: unit.centerName, period: periodText }),
  });
  blocks.push({ type: "heading", level: 1, text: t("doc.s1") });

  // 1. Support given at the center.
  blocks.push({ type: "heading", level: 2, text: t("center.s1a") });
  blocks.push({
    type: "table",
    id: "center-records",
    head: [t("doc.indicator"), t("doc.inPeriod"), t("doc.previous"), t("center.change")],
    numeric: [false, true, true, true],
    widths: [46, 18, 18, 18],
    rows: counters.map((c) => {
      const [now, before] = [records.current[c], records.previous[c]];
      return [
        t(`doc.counters.${c}`),
        n(now),
        n(before),
        before > 0 ? `${now > before ? "+" : ""}${formatPercent((now - before) / before, locale)}` : "—",
      ];
    }),
  });
  const openDays = roster.months.reduce((s, x) => s + x.openDays, 0);
  blocks.push({
    type: "paragraph",
    text: t("center.recordsLine", {
      records: n(records.count),
      days: n(records.days),
      openDays: n(openDays),
      perDay: openDays > 0 ? formatNumber(records.current.peopleServed / openDays, locale, 1) : "—",
    }),
  });
  if (model.dailyDossiersTypical !== null)
    blocks.push({ type: "paragraph", text: t("center.typicalLine", { dossiers: n(model.dailyDossiersTypical) }) });

  // 2. Over the period.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1b") });
  const bucketLabel = (p: { from: string }) =>
    model.trend.unit === "month"
      ? `${p.from.slice(5, 7)}/${p.from.slice(0, 4)}`
      : model.trend.unit === "week"
        ? dayMonth(p.from)
        : p.from.slice(8, 10);
  blocks.push({
    type: "chart",
    id: "center-trend",
    kind: "columns",
    caption: t("center.trendCaption", { unit: t(`doc.units.${model.trend.unit}`) }),
    bars: model.trend.points.map((p) => ({
      label: bucketLabel(p),
      value: p.peopleServed,
      valueText: n(p.peopleServed),
    })),
  });

  // 3. Procedures.
  blocks.push({ type: "heading", level: 2, text: t("center.s1c") });
  if (model.procedures.length === 0) blocks.push({ type: "paragraph", text: t("doc.noRecords") });
  else
    blocks.push({
      type: "table",
      id: "center-procedures",
      head: [t("center.procedure"), t("center.procedureRecords")],
      numeric: [false, true],
      widths: [78, 22],
      rows: model.procedures.map((p) => [locale === "vi" ? p.nameVi : p.nameEn, n(p.records)]),
    });

  // 4. The duty roster against the center's staffing.
  blocks.push({ type: "heading", level: 2, text: t("center.s1d") });
  const s = roster.staffing;
  blocks.push({
    type: "paragraph",
    text: t("center.staffingLine", {
      weekday: n(s.dutyPerDay),
      saturday: s.saturdayDuty > 0 ? n(s.saturdayDuty) : t("center.closed"),
      sunday: s.sundayDuty > 0 ? n(s.sundayDuty) : t("center.closed"),
    }),
  });
  const sum = (k: "openDays" | "staffedDays" | "peopleNeeded" | "peopleOnDuty" | "shifts") =>
    roster.months.reduce((acc, x) => acc + x[k], 0);
  blocks.push({
    type: "table",
    id: "center-roster",
    head: [
      t("center.month"),
      t("center.openDays"),
      t("center.staffedDays"),
      t("center.gapDays"),
      t("center.peopleNeeded"),
      t("center.peopleOnDuty"),
      t("center.shifts"),
    ],
    numeric: [false, true, true, true, true, true, true],
    widths: [16, 14, 14, 13, 15, 15, 13],
    rows: roster.months.map((x) => [
      `${x.month.slice(5, 7)}/${x.month.slice(0, 4)}`,
      n(x.openDays),
      n(x.staffedDays),
      n(x.openDays - x.staffedDays),
      n(x.peopleNeeded),
      n(x.peopleOnDuty),
      n(x.shifts),
    ]),
    total: [
      t("doc.total"),
      n(sum("openDays")),
      n(sum("staffedDays")),
      n(sum("openDays") - sum("staffedDays")),
      n(sum("peopleNeeded")),
      n(sum("peopleOnDuty")),
      n(sum("shifts")),
    ],
  });
  if (roster.gaps.length === 0) blocks.push({ type: "paragraph", text: t("center.noGaps") });
  else {
    const listed = roster.gaps
      .slice(0, gapDaysListed)
      .map((g) => `${dayMonth(g.day)} (${n(g.have)}/${n(g.need)})`)
      .join(", ");
    const more = roster.gaps.length - gapDaysListed;
    blocks.push({
      type: "paragraph",
      text: t("center.gapsLine", {
        count: n(roster.gaps.length),
        days: more > 0 ? `${listed}, … (+${n(more)})` : listed,
      }),
    });
  }

  // 5. Members on duty.
  blocks.push({ type: "heading", level: 2, text: t("center.s1e") });
  if (model.helpers.length === 0) blocks.push({ type: "paragraph", text: t("center.noHelpers") });
  else {
    const total = model.helpers.reduce(
      (acc, h) => ({
        morning: acc.morning + h.morning,
        afternoon: acc.afternoon + h.afternoon,
        fullDay: acc.fullDay + h.fullDay,
        days: acc.days + h.days,
      }),
      { morning: 0, afternoon: 0, fullDay: 0, days: 0 },
    );
    blocks.push({
      type: "table",
      id: "center-helpers",
      head: [
        t("center.member"),
        t("center.team"),
        t("center.morning"),
        t("center.afternoon"),
        t("center.fullDay"),
        t("center.dutyDays"),
      ],
      numeric: [false, false, true, true, true, true],
      widths: [28, 28, 11, 11, 11, 11],
      rows: model.helpers.map((h) => [h.name, h.team ?? "", n(h.morning), n(h.afternoon), n(h.fullDay), n(h.days)]),
      total: [
        t("center.membersTotal", { count: n(model.helpers.length) }),
        "",
        n(total.morning),
        n(total.afternoon),
        n(total.fullDay),
        n(total.days),
      ],
    });
  }

  // 6. Civil servants at mobile desks.
  blocks.push({ type: "heading", level: 2, text: t("center.s1f") });
  const desks = model.desks;
  if (desks.civilServants.length === 0 && desks.held + desks.planned + desks.cancelled === 0)
    blocks.push({ type: "paragraph", text: t("center.desksNone") });
  else {
    blocks.push({
      type: "paragraph",
      text: t("center.desksLine", {
        held: n(desks.held),
        planned: n(desks.planned),
        cancelled: n(desks.cancelled),
        people: n(desks.civilServants.length),
      }),
    });
    if (desks.civilServants.length > 0)
      blocks.push({
        type: "table",
        id: "center-desks",
        head: [t("center.civilServant"), t("doc.desksHeld"), t("doc.desksPlanned")],
        numeric: [false, true, true],
        widths: [52, 24, 24],
        rows: desks.civilServants.map((c) => [c.name, n(c.held), n(c.planned)]),
      });
  }

  blocks.push({ type: "heading", level: 1, text: t("doc.s2") });
  if (texts.assessment) for (const p of paragraphs(texts.assessment)) blocks.push({ type: "paragraph", text: p });
  else blocks.push({ type: "paragraph", text: t("center.placeholder"), placeholder: true });
  blocks.push({ type: "heading", level: 1, text: t("doc.s3") });
  if (texts.nextSteps) for (const p of paragraphs(texts.nextSteps)) blocks.push({ type: "paragraph", text: p });
  else blocks.push({ type: "paragraph", text: t("center.placeholder"), placeholder: true });

  return {
    parentBody: upper(t("center.parentBody", { commune: unit.communeName })),
    body: upper(centerBody(unit.centerName, unit.communeName)),
    number:
      meta.number === null
        ? t("center.numberBlank")
        : t("center.number", { number: String(meta.number).padStart(2, "0") }),
    union: t("center.nation"),
    motto: t("center.motto"),
    placeDate: t("doc.placeDate", { place: placeOf(unit.communeName), day: d!, month: m!, year: y! }),
    draft: meta.number === null ? t("doc.draftMark") : null,
    titleKind: t("doc.titleKind"),
    title: t("center.title", { period: periodText }),
    dataAsOf: t("doc.dataAsOf", asOf),
    blocks,
    signature: { onBehalf: "", title: t("center.director"), name: texts.signer },
    recipientsLabel: t("doc.recipients"),
    recipients: paragraphs(
      texts.recipients ?? t("center.defaultRecipients", { commune: unit.communeName, province: unit.provinceName }),
    ),
  };
}
