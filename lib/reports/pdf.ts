import path from "node:path";
import PDFDocument from "pdfkit";
import { barsLayout, columnsLayout, type ChartShape } from "./chart-layout";
import type { Block, ReportDocument } from "./document";

// The report as a PDF file, drawn on the server with pdfkit from the same ReportDocument the HTML
// page shows (no browser on the server: Chromium is not part of `npm install`). Noto Serif is
// embedded from an npm package (full Vietnamese coverage, subset into the file by pdfkit).
// A4 portrait, Decree 30/2020 margins, body 13 pt, page numbers at the top centre from page 2;
// a table row, a chart and the signature block never break across pages, and a table's header
// is drawn again on each page it continues on.

const mm = 72 / 25.4;
const page = { width: 595.28, height: 841.89 };
const margin = { top: 20 * mm, bottom: 20 * mm, left: 30 * mm, right: 15 * mm };
const textWidth = page.width - margin.left - margin.right;
const bottomY = page.height - margin.bottom;

const fontDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-serif");
const fonts = {
  regular: path.join(fontDir, "400Regular", "NotoSerif_400Regular.ttf"),
  bold: path.join(fontDir, "700Bold", "NotoSerif_700Bold.ttf"),
  italic: path.join(fontDir, "400Regular_Italic", "NotoSerif_400Regular_Italic.ttf"),
  boldItalic: path.join(fontDir, "700Bold_Italic", "NotoSerif_700Bold_Italic.ttf"),
};
type Face = keyof typeof fonts;
type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottomY) doc.addPage();
}

function line(doc: Doc, text: string, face: Face, size: number, options: PDFKit.Mixins.TextOptions = {}) {
  doc
    .font(face)
    .fontSize(size)
    .text(text, { width: textWidth, ...options });
}

function drawChart(doc: Doc, shape: ChartShape, caption: string) {
  const captionH = doc.font("italic").fontSize(11).heightOfString(caption, { width: textWidth });
  ensureRoom(doc, shape.height + captionH + 8);
  const x0 = margin.left + (textWidth - shape.width) / 2;
  const y0 = doc.y + 2;
  doc.save().lineWidth(0.6).strokeColor("#475569");
  for (const l of shape.lines)
    doc
      .moveTo(x0 + l.x1, y0 + l.y1)
      .lineTo(x0 + l.x2, y0 + l.y2)
      .stroke();
  for (const r of shape.rects)
    if (r.h > 0 && r.w > 0) doc.rect(x0 + r.x, y0 + r.y, r.w, r.h).fill(r.marked ? "#1e293b" : "#94a3b8");
  doc.restore().fillColor("#000").font("regular");
  for (const t of shape.texts) {
    doc.fontSize(t.size);
    const w = doc.widthOfString(t.text);
    const x = t.anchor === "middle" ? t.x - w / 2 : t.anchor === "end" ? t.x - w : t.x;
    // SVG places text by its baseline; pdfkit by the line's top.
    doc.text(t.text, x0 + x, y0 + t.y - t.size * 0.8, { lineBreak: false });
  }
  doc.x = margin.left;
  doc.y = y0 + shape.height + 2;
  line(doc, caption, "italic", 11, { align: "center" });
  doc.moveDown(0.4);
}

function drawTable(doc: Doc, block: Extract<Block, { type: "table" }>) {
  const size = 10.5;
  const pad = 2.5;
  const widths = block.widths.map((w) => (w / 100) * textWidth);
  const rowHeight = (cells: string[], face: Face) => {
    doc.font(face).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], face: Face, header: boolean) => {
    const h = rowHeight(cells, face);
    let x = margin.left;
    const y = doc.y;
    doc.lineWidth(0.6).strokeColor("#000");
    cells.forEach((cell, i) => {
      const w = widths[i]!;
      doc.rect(x, y, w, h).stroke();
      doc
        .font(face)
        .fontSize(size)
        .fillColor("#000")
        .text(cell, x + pad, y + pad, {
          width: w - 2 * pad,
          align: header ? "center" : block.numeric[i] ? "right" : "left",
        });
      x += w;
    });
    doc.x = margin.left;
    doc.y = y + h;
  };
  const headH = rowHeight(block.head, "bold");
  const rows: [string[], Face][] = [
    ...block.rows.map((r) => [r, "regular"] as [string[], Face]),
    ...(block.total ? [[block.total, "bold"] as [string[], Face]] : []),
  ];
  ensureRoom(doc, headH + (rows[0] ? rowHeight(rows[0][0], rows[0][1]) : 0));
  drawRow(block.head, "bold", true);
  for (const [cells, face] of rows) {
    if (doc.y + rowHeight(cells, face) > bottomY) {
      doc.addPage();
      drawRow(block.head, "bold", true);
    }
    drawRow(cells, face, false);
  }
  doc.moveDown(0.5);
}

/** The PDF's bytes. */
export async function reportPdf(report: ReportDocument, meta: { title: string; author: string }): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: margin,
    bufferPages: true,
    font: fonts.regular,
    info: { Title: meta.title, Author: meta.author, Creator: "1+20" },
  });
  for (const [name, file] of Object.entries(fonts)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  // The heading: issuing bodies and number on the left, the union's name and the date line on the right.
  const leftW = textWidth * 0.45;
  const rightW = textWidth - leftW;
  const top = doc.y;
  // A province's own body has no parent body line above it.
  if (report.parentBody)
    doc.font("regular").fontSize(12).text(report.parentBody, margin.left, top, { width: leftW, align: "center" });
  doc.font("bold").fontSize(12).text(report.body, margin.left, doc.y, { width: leftW, align: "center" });
  doc.font("regular").text("***", { width: leftW, align: "center" });
  doc.text(report.number, { width: leftW, align: "center" });
  const leftBottom = doc.y;
  // The underlined line is the union's name, or for a state body the motto under the nation's name.
  doc
    .font("bold")
    .fontSize(12)
    .text(report.union, margin.left + leftW, top, { width: rightW, align: "center", underline: !report.motto });
  if (report.motto)
    doc.text(report.motto, margin.left + leftW, doc.y, { width: rightW, align: "center", underline: true });
  doc.moveDown(1);
  doc
    .font("italic")
    .fontSize(12)
    .text(report.placeDate, margin.left + leftW, doc.y, { width: rightW, align: "center" });
  doc.x = margin.left;
  doc.y = Math.max(leftBottom, doc.y) + 14;

  if (report.draft) line(doc, report.draft, "bold", 11, { align: "center", characterSpacing: 3 });
  line(doc, report.titleKind, "bold", 14, { align: "center" });
  line(doc, report.title, "bold", 14, { align: "center" });
  line(doc, report.dataAsOf, "italic", 12, { align: "center" });
  doc.moveDown(0.8);

  report.blocks.forEach((block, i) => {
    if (block.type === "heading") {
      // A heading keeps at least two lines of what follows on its page, or the whole chart that follows it.
      const next = report.blocks[i + 1];
      const chart =
        next?.type === "chart" ? (next.kind === "columns" ? columnsLayout(next.bars) : barsLayout(next.bars)) : null;
      ensureRoom(doc, chart ? 13 * 2 + chart.height + 30 : 13 * 4);
      line(doc, block.text, block.level === 1 ? "bold" : "boldItalic", 13);
      doc.moveDown(0.2);
    } else if (block.type === "paragraph") {
      line(doc, block.text, block.placeholder ? "italic" : "regular", 13, {
        align: "justify",
        indent: 1 * 28.35,
        lineGap: 1.5,
      });
      doc.moveDown(0.3);
    } else if (block.type === "chart") {
      drawChart(doc, block.kind === "columns" ? columnsLayout(block.bars) : barsLayout(block.bars), block.caption);
    } else {
      drawTable(doc, block);
    }
  });

  // The signature block, whole on one page: recipients on the left, the signer on the right.
  doc.font("regular").fontSize(11);
  const recipientsH = report.recipients.reduce((h, r) => h + doc.heightOfString(r, { width: leftW }), 16);
  ensureRoom(doc, Math.max(recipientsH, 14 * 4 + 60) + 12);
  doc.moveDown(0.8);
  const sigTop = doc.y;
  doc.font("boldItalic").fontSize(12).text(report.recipientsLabel, margin.left, sigTop, { width: leftW });
  doc.font("regular").fontSize(11);
  for (const r of report.recipients) doc.text(r, { width: leftW });
  doc.font("bold").fontSize(13);
  if (report.signature.onBehalf)
    doc.text(report.signature.onBehalf, margin.left + leftW, sigTop, { width: rightW, align: "center" });
  doc.text(report.signature.title, margin.left + leftW, report.signature.onBehalf ? doc.y : sigTop, {
    width: rightW,
    align: "center",
  });
  doc.moveDown(3.5);
  doc.text(report.signature.name, { width: rightW, align: "center" });

  // Page numbers at the top centre, from the second page (Decree 30).
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font("regular")
      .fontSize(13)
      .text(String(i + 1), margin.left, 10 * mm, { width: textWidth, align: "center", lineBreak: false });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
