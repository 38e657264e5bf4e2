import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { reportCounters as counters } from "./commune-report-types";
import {
  paragraphs,
  timeAndDate,
  type Block,
  type DocumentMeta,
  type DocumentTexts,
  type ReportDocument,
  type Translate,
} from "./document";
import { periodLabelParts } from "./period";
import { provinceTotals } from "./province-totals";
import type { ProvinceReportModel } from "./province-report-types";

// The province report as the same blocks the commune report is made of (lib/reports/document.ts),
// so the HTML page, the print view and the PDF draw it with the same renderers. Pure.

const provincePrefix = /^(thành phố|tỉnh)\s+/i;
/** "Thành phố Đà Nẵng" → "Đà Nẵng": the place name of the date line. */
export const provincePlace = (provinceName: string) => provinceName.replace(provincePrefix, "");
/** "thành phố" or "tỉnh": how the title names the area ("trên địa bàn thành phố"). */
export const provinceArea = (provinceName: string) =>
  /^thành phố\s/i.test(provinceName) ? ("city" as const) : ("province" as const);

export function buildProvinceDocument(
  model: ProvinceReportModel,
  texts: DocumentTexts,
  meta: DocumentMeta,
  t: Translate,
  locale: Locale,
): ReportDocument {
  const n = (v: number) => formatNumber(v, locale);
  const pct = (a: number, b: number) => (b > 0 ? formatPercent(a / b, locale) : "—");
  const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
  const label = periodLabelParts(model.period);
  const periodText = t(`periodLabel.${label.key}`, label.values);
  const province = model.unit.provinceName;
  const area = t(`province.area.${provinceArea(province)}`);
  const asOf = timeAndDate(model.readAt);
  const [y, m, d] = meta.dated.split("-");
  const total = provinceTotals(model);
  const blocks: Block[] = [];

  blocks.push({
    type: "paragraph",
    text: t("province.intro", { province, period: periodText, communes: n(model.communes.length) }),
  });
  blocks.push({ type: "heading", level: 1, text: t("doc.s1") });

  // 1. Headline figures against the province's targets (the communes' targets summed).
  blocks.push({ type: "heading", level: 2, text: t("doc.s1a") });
  const reach = total.reachTarget;
  blocks.push({
    type: "table",
    id: "headline",
    head: [t("doc.indicator"), t("doc.inPeriod"), t("doc.previous"), t("doc.target"), t("doc.progress")],
    numeric: [false, true, true, true, true],
    widths: [40, 15, 15, 15, 15],
    rows: [
      [
        t("doc.coverage"),
        `${n(total.reached)}/${n(total.householdsTotal)} (${pct(total.reached, total.householdsTotal)})`,
        "",
        reach ? n(reach.value) : "—",
        reach ? pct(reach.achieved, reach.value) : "—",
      ],
      [t("doc.proficient"), `${n(total.proficient)} (${pct(total.proficient, total.householdsTotal)})`, "", "", ""],
      ...counters.map((c) => [t(`doc.counters.${c}`), n(total.counters[c]), n(model.previous[c]), "", ""]),
    ],
  });
  blocks.push({
    type: "paragraph",
    text: reach
      ? t("province.targetNote", {
          communes: n(reach.communes),
          all: n(model.communes.length),
          achieved: n(reach.achieved),
        })
      : t("province.noTargets"),
  });

  // 2. Over time.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1b") });
  const bucketLabel = (p: { from: string }) =>
    model.trend.unit === "month"
      ? `${p.from.slice(5, 7)}/${p.from.slice(0, 4)}`
      : model.trend.unit === "week"
        ? formatDate(p.from).slice(0, 5)
        : p.from.slice(8, 10);
  blocks.push({
    type: "chart",
    id: "trend",
    kind: "columns",
    caption: t("doc.trendCaption", { unit: t(`doc.units.${model.trend.unit}`) }),
    bars: model.trend.points.map((p) => ({
      label: bucketLabel(p),
      value: p.householdsServed,
      valueText: n(p.householdsServed),
    })),
  });

  // 3. By commune: the chart, the ranking by coverage, and the period's services.
  blocks.push({ type: "heading", level: 2, text: t("province.s1c") });
  blocks.push({
    type: "chart",
    id: "communes",
    kind: "bars",
    caption: t("province.communeCaption"),
    bars: model.communes.map((c) => ({
      label: c.name,
      value: c.counters.peopleServed,
      valueText: n(c.counters.peopleServed),
    })),
  });
  const ranked = [...model.communes].sort((a, b) => a.rank - b.rank);
  blocks.push({
    type: "table",
    id: "ranking",
    head: [
      t("province.rank"),
      t("province.commune"),
      t("doc.households"),
      t("doc.reached"),
      t("doc.coverageShort"),
      t("province.proficientShort"),
      t("province.targetProgress"),
    ],
    numeric: [true, false, true, true, true, true, true],
    widths: [9, 27, 13, 13, 11, 13, 14],
    rows: ranked.map((c) => [
      n(c.rank),
      c.name,
      n(c.householdsTotal),
      n(c.reached),
      pct(c.reached, c.householdsTotal),
      n(c.proficient),
      c.reachTarget ? pct(c.reached, c.reachTarget) : "—",
    ]),
    total: [
      "",
      t("doc.total"),
      n(total.householdsTotal),
      n(total.reached),
      pct(total.reached, total.householdsTotal),
      n(total.proficient),
      reach ? pct(reach.achieved, reach.value) : "—",
    ],
  });
  blocks.push({ type: "paragraph", text: t("province.rankingNote") });
  blocks.push({
    type: "table",
    id: "communes",
    head: [
      t("province.commune"),
      t("province.counters.peopleServed"),
      t("province.counters.householdsServed"),
      t("province.counters.eidActivated"),
      t("province.counters.signaturesInstalled"),
      t("province.counters.simsGiven"),
      t("province.counters.dossiersSubmitted"),
    ],
    numeric: [false, true, true, true, true, true, true],
    widths: [28, 12, 12, 12, 12, 12, 12],
    rows: model.communes.map((c) => [c.name, ...counters.map((k) => n(c.counters[k]))]),
    total: [t("doc.total"), ...counters.map((k) => n(total.counters[k]))],
  });

  // 4. Mobile desks held vs planned vs target, per commune with remote villages.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1d") });
  const withRemote = model.communes.filter((c) => c.remoteVillages > 0);
  if (withRemote.length === 0) blocks.push({ type: "paragraph", text: t("province.desksNone") });
  else {
    const range = (c: (typeof withRemote)[number]) => {
      const min = c.desks.targetPerMonthMin * c.remoteVillages * model.months;
      const max = c.desks.targetPerMonthMax * c.remoteVillages * model.months;
      return { min, max };
    };
    const sums = withRemote.reduce((s, c) => ({ min: s.min + range(c).min, max: s.max + range(c).max }), {
      min: 0,
      max: 0,
    });
    blocks.push({
      type: "table",
      id: "desks",
      head: [
        t("province.commune"),
        t("province.remoteVillages"),
        t("doc.desksHeld"),
        t("doc.desksPlanned"),
        t("doc.desksTarget"),
      ],
      numeric: [false, true, true, true, true],
      widths: [34, 15, 15, 15, 21],
      rows: withRemote.map((c) => [
        c.name,
        n(c.remoteVillages),
        n(c.desks.held),
        n(c.desks.planned),
        `${n(range(c).min)}–${n(range(c).max)}`,
      ]),
      total: [
        t("doc.total"),
        n(total.remoteVillages),
        n(total.desksHeld),
        n(total.desksPlanned),
        `${n(sums.min)}–${n(sums.max)}`,
      ],
    });
    blocks.push({ type: "paragraph", text: t("province.desksTargetLine", { months: n(model.months) }) });
  }

  // 5. Members.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1e") });
  blocks.push({
    type: "paragraph",
    text: t("province.volunteers", {
      volunteers: n(total.activeVolunteers),
      communes: n(model.communes.filter((c) => c.activeVolunteers > 0).length),
    }),
  });

  blocks.push({ type: "heading", level: 1, text: t("doc.s2") });
  if (texts.assessment) for (const p of paragraphs(texts.assessment)) blocks.push({ type: "paragraph", text: p });
  else blocks.push({ type: "paragraph", text: t("province.placeholder"), placeholder: true });
  blocks.push({ type: "heading", level: 1, text: t("doc.s3") });
  if (texts.nextSteps) for (const p of paragraphs(texts.nextSteps)) blocks.push({ type: "paragraph", text: p });
  else blocks.push({ type: "paragraph", text: t("province.placeholder"), placeholder: true });

  return {
    parentBody: "",
    body: upper(t("doc.parentBody", { province })),
    number:
      meta.number === null
        ? t("province.numberBlank")
        : t("province.number", { number: String(meta.number).padStart(2, "0") }),
    union: t("doc.union"),
    placeDate: t("doc.placeDate", { place: provincePlace(province), day: d!, month: m!, year: y! }),
    draft: meta.number === null ? t("doc.draftMark") : null,
    titleKind: t("doc.titleKind"),
    title: t("province.title", { period: periodText, area }),
    dataAsOf: t("doc.dataAsOf", asOf),
    blocks,
    signature: { onBehalf: t("doc.onBehalf"), title: t("doc.secretary"), name: texts.signer },
    recipientsLabel: t("doc.recipients"),
    recipients: paragraphs(texts.recipients ?? t("province.defaultRecipients", { province })),
  };
}
