import type { Locale } from "@/lib/i18n/config";
import { timeZone } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { reportCounters as counters, type CommuneReportModel } from "./commune-report-types";
import { periodLabelParts } from "./period";

// The printed document as a sequence of blocks, built once from the report model: the HTML page
// and the PDF file both draw this, so the two carry the same words and figures. Pure.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Bar {
  label: string;
  value: number;
  valueText: string;
  marked?: boolean;
}

export type Block =
  | { type: "heading"; level: 1 | 2; text: string }
  | { type: "paragraph"; text: string; placeholder?: boolean }
  | {
      type: "table";
      id: string;
      head: string[];
      rows: string[][];
      total?: string[];
      numeric: boolean[];
      widths: number[];
    }
  | { type: "chart"; id: string; kind: "columns" | "bars"; caption: string; bars: Bar[] };

export interface ReportDocument {
  parentBody: string;
  body: string;
  number: string;
  union: string;
  /** Under `union`, underlined in its place: a state body's "Độc lập - Tự do - Hạnh phúc". */
  motto?: string;
  placeDate: string;
  draft: string | null;
  titleKind: string;
  title: string;
  dataAsOf: string;
  blocks: Block[];
  /** `onBehalf` is empty when the signer signs as the head ("GIÁM ĐỐC"), not for a collective body. */
  signature: { onBehalf: string; title: string; name: string };
  recipientsLabel: string;
  recipients: string[];
}

export interface DocumentTexts {
  assessment: string | null;
  nextSteps: string | null;
  recipients: string | null;
  signer: string;
}

export interface DocumentMeta {
  /** The issued report's number, or null for a preview. */
  number: number | null;
  /** The day the document is dated (issue day, or today for a preview), "yyyy-MM-dd". */
  dated: string;
}

const communePrefix = /^(phường|xã|đặc khu|thị trấn)\s+/i;
/** "Phường Hải Vân" → "Hải Vân": the place name of the date line. */
export const placeOf = (communeName: string) => communeName.replace(communePrefix, "");

/** "08:15" and "04/12/2026" in Vietnam's time for an instant. */
export function timeAndDate(iso: string) {
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(
    at,
  );
  return { time, date: formatDate(at) };
}

/** A typed text becomes one paragraph per non-empty line. */
export const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function buildDocument(
  model: CommuneReportModel,
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
  const asOf = timeAndDate(model.readAt);
  const [y, m, d] = meta.dated.split("-");
  const blocks: Block[] = [];

  blocks.push({ type: "paragraph", text: t("doc.intro", { commune: model.unit.communeName, period: periodText }) });
  blocks.push({ type: "heading", level: 1, text: t("doc.s1") });

  // 1. Headline figures against targets.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1a") });
  const target = (indicator: string) => model.targets.find((x) => x.indicator === indicator);
  const targetCells = (indicator: string): [string, string] => {
    const x = target(indicator);
    if (!x || x.achieved === null) return ["—", "—"];
    return [n(x.value), formatPercent(x.achieved / x.value, locale)];
  };
  const { households: hh } = model;
  const indicatorOf: Record<string, string> = {
    peopleServed: "people_served",
    eidActivated: "eid_activated",
    signaturesInstalled: "signatures_installed",
    simsGiven: "sims_given",
    dossiersSubmitted: "dossiers_submitted",
  };
  blocks.push({
    type: "table",
    id: "headline",
    head: [t("doc.indicator"), t("doc.inPeriod"), t("doc.previous"), t("doc.target"), t("doc.progress")],
    numeric: [false, true, true, true, true],
    widths: [40, 15, 15, 15, 15],
    rows: [
      [
        t("doc.coverage"),
        `${n(hh.reached)}/${n(hh.total)} (${pct(hh.reached, hh.total)})`,
        "",
        ...targetCells("households_reached"),
      ],
      [t("doc.newlyReached"), n(hh.reachedInPeriod), "", "", ""],
      [
        t("doc.proficient"),
        `${n(hh.proficient)} (${pct(hh.proficient, hh.total)})`,
        "",
        ...targetCells("proficient_households"),
      ],
      ...counters.map((c) => [
        t(`doc.counters.${c}`),
        n(model.counters.current[c]),
        n(model.counters.previous[c]),
        ...(indicatorOf[c] ? targetCells(indicatorOf[c]) : ["", ""]),
      ]),
    ],
  });

  // 2. Over time.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1b") });
  const bucketLabel = (p: { from: string; to: string }) =>
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

  // 3. By village.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1c") });
  blocks.push({
    type: "chart",
    id: "villages",
    kind: "bars",
    caption: t("doc.villageCaption"),
    bars: model.villages.map((v) => ({
      label: v.name,
      value: v.peopleServed,
      valueText: n(v.peopleServed),
      marked: v.remote,
    })),
  });
  const totals = model.villages.reduce(
    (s, v) => ({
      hh: s.hh + v.householdsTotal,
      reached: s.reached + v.reached,
      served: s.served + v.householdsServed,
      people: s.people + v.peopleServed,
    }),
    { hh: 0, reached: 0, served: 0, people: 0 },
  );
  blocks.push({
    type: "table",
    id: "villages",
    head: [
      t("doc.village"),
      t("doc.households"),
      t("doc.reached"),
      t("doc.coverageShort"),
      t("doc.servedShort"),
      t("doc.peopleShort"),
    ],
    numeric: [false, true, true, true, true, true],
    widths: [34, 12, 14, 12, 15, 13],
    rows: model.villages.map((v) => [
      v.remote ? `${v.name} ${t("doc.remote")}` : v.name,
      n(v.householdsTotal),
      n(v.reached),
      pct(v.reached, v.householdsTotal),
      n(v.householdsServed),
      n(v.peopleServed),
    ]),
    total: [
      t("doc.total"),
      n(totals.hh),
      n(totals.reached),
      pct(totals.reached, totals.hh),
      n(totals.served),
      n(totals.people),
    ],
  });

  // 4. Mobile desks held vs planned vs target.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1d") });
  const desks = model.desks;
  if (desks.villages.length === 0) blocks.push({ type: "paragraph", text: t("doc.desksNone") });
  else {
    const min = desks.targetPerMonthMin * desks.months;
    const max = desks.targetPerMonthMax * desks.months;
    blocks.push({
      type: "table",
      id: "desks",
      head: [t("doc.village"), t("doc.desksHeld"), t("doc.desksPlanned"), t("doc.desksTarget")],
      numeric: [false, true, true, true],
      widths: [40, 20, 20, 20],
      rows: desks.villages.map((v) => [v.name, n(v.held), n(v.planned), `${n(min)}–${n(max)}`]),
      total: [
        t("doc.total"),
        n(desks.villages.reduce((s, v) => s + v.held, 0)),
        n(desks.villages.reduce((s, v) => s + v.planned, 0)),
        "",
      ],
    });
    blocks.push({
      type: "paragraph",
      text: `${t("doc.desksTarget")}: ${t("doc.desksTargetLine", { min: n(desks.targetPerMonthMin), max: n(desks.targetPerMonthMax), months: n(desks.months) })}`,
    });
  }

  // 5. Members.
  blocks.push({ type: "heading", level: 2, text: t("doc.s1e") });
  blocks.push({
    type: "paragraph",
    text: t("doc.volunteers", {
      volunteers: n(model.volunteers.volunteers),
      households: n(model.volunteers.householdsAssigned),
      atNorm: n(model.volunteers.atOrAboveNorm),
    }),
  });

  blocks.push({ type: "heading", level: 1, text: t("doc.s2") });
  if (texts.assessment) for (const p of paragraphs(texts.assessment)) blocks.push({ type: "paragraph", text: p });
  else blocks.push({ type: "paragraph", text: t("doc.placeholder"), placeholder: true });
  blocks.push({ type: "heading", level: 1, text: t("doc.s3") });
  if (texts.nextSteps) for (const p of paragraphs(texts.nextSteps)) blocks.push({ type: "paragraph", text: p });
  else blocks.push({ type: "paragraph", text: t("doc.placeholder"), placeholder: true });

  return {
    parentBody: upper(t("doc.parentBody", { province: model.unit.provinceName })),
    body: upper(t("doc.body", { commune: model.unit.communeName })),
    number:
      meta.number === null ? t("doc.numberBlank") : t("doc.number", { number: String(meta.number).padStart(2, "0") }),
    union: t("doc.union"),
    placeDate: t("doc.placeDate", { place: placeOf(model.unit.communeName), day: d!, month: m!, year: y! }),
    draft: meta.number === null ? t("doc.draftMark") : null,
    titleKind: t("doc.titleKind"),
    title: t("doc.title", { period: periodText }),
    dataAsOf: t("doc.dataAsOf", asOf),
    blocks,
    signature: { onBehalf: t("doc.onBehalf"), title: t("doc.secretary"), name: texts.signer },
    recipientsLabel: t("doc.recipients"),
    recipients: paragraphs(
      texts.recipients ??
        t("doc.defaultRecipients", { province: model.unit.provinceName, commune: model.unit.communeName }),
    ),
  };
}
