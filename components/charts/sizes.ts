// Chart sizes that a server component needs before the chart exists: a skeleton takes the chart's
// final size (no layout shift when it streams in). Kept out of the "use client" chart modules,
// whose exports are client references on the server.

/** The height of a BarListChart of `rows` bars `rowHeight` apart (axis included). */
export function barListHeight(rows: number, rowHeight: number): number {
  return Math.max(60, rows * rowHeight + 28);
}
