import type { Bar } from "./document";

// The report's two charts laid out once, in points, as rectangles, lines and labels: the HTML
// draws them as an inline SVG and the PDF with the same coordinates, so both show the same chart.
// Fixed sizes: nothing depends on the browser, so the SVG is complete in the server's HTML. Pure.

export interface ChartShape {
  width: number;
  height: number;
  rects: { x: number; y: number; w: number; h: number; marked: boolean }[];
  lines: { x1: number; y1: number; x2: number; y2: number }[];
  texts: { x: number; y: number; text: string; anchor: "start" | "middle" | "end"; size: number }[];
}

export const chartWidth = 450; // points: the A4 text block between Decree 30's margins (~160 mm)
const fontSize = 7.5;

/** Columns over time: one per bucket, its value above it, labels thinned to stay legible. */
export function columnsLayout(bars: readonly Bar[], width = chartWidth, height = 150): ChartShape {
  const [top, bottom, left] = [14, 16, 4];
  const plotH = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = bars.length > 0 ? (width - left) / bars.length : 0;
  const barW = Math.max(2, step * 0.7);
  const every = Math.ceil(bars.length / 16);
  const shape: ChartShape = {
    width,
    height,
    rects: [],
    lines: [{ x1: left, y1: top + plotH, x2: width, y2: top + plotH }],
    texts: [],
  };
  bars.forEach((b, i) => {
    const h = (b.value / max) * plotH;
    const x = left + i * step + (step - barW) / 2;
    shape.rects.push({ x, y: top + plotH - h, w: barW, h, marked: !!b.marked });
    const cx = x + barW / 2;
    if (i % every === 0) {
      shape.texts.push({ x: cx, y: height - 4, text: b.label, anchor: "middle", size: fontSize });
      if (bars.length <= 16 || b.value === max)
        shape.texts.push({ x: cx, y: top + plotH - h - 3, text: b.valueText, anchor: "middle", size: fontSize });
    }
  });
  return shape;
}

/** Horizontal bars, one per row (villages), label left and value right of the bar. */
export function barsLayout(bars: readonly Bar[], width = chartWidth, rowHeight = 14): ChartShape {
  const labelW = 130;
  const valueW = 40;
  const height = Math.max(30, bars.length * rowHeight + 6);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = width - labelW - valueW;
  const shape: ChartShape = {
    width,
    height,
    rects: [],
    lines: [{ x1: labelW, y1: 2, x2: labelW, y2: height - 2 }],
    texts: [],
  };
  bars.forEach((b, i) => {
    const y = 3 + i * rowHeight;
    const w = (b.value / max) * plotW;
    shape.rects.push({ x: labelW + 1, y: y + 2, w, h: rowHeight - 5, marked: !!b.marked });
    shape.texts.push({ x: labelW - 4, y: y + rowHeight - 4, text: b.label, anchor: "end", size: fontSize });
    shape.texts.push({ x: labelW + 4 + w, y: y + rowHeight - 4, text: b.valueText, anchor: "start", size: fontSize });
  });
  return shape;
}
