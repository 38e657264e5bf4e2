import ExcelJS from "exceljs";

// Downloadable templates: the headers the import reads (Vietnamese) and one example row, as CSV
// (UTF-8 with a BOM so Excel shows Vietnamese; comma separated) or .xlsx. Pure apart from exceljs.

export interface TemplateText {
  headers: string[];
  /** Example rows: how each column is filled in (the records' second row shows a mobile desk). */
  examples: string[][];
  /** Short explanations of some columns, shown as their header cell's note in the .xlsx. */
  notes?: { column: string; text: string }[];
  sheet: string;
  fileName: string;
}

const csvField = (text: string) => (/[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export async function importTemplate(kind: string, format: "csv" | "xlsx", text: TemplateText) {
  if (format === "csv") {
    const lines = [text.headers, ...text.examples].map((cells) => cells.map(csvField).join(","));
    return {
      body: new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`),
      contentType: "text/csv; charset=utf-8",
      fileName: `${text.fileName}.csv`,
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "1+20";
  const sheet = workbook.addWorksheet(text.sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  const header = sheet.addRow(text.headers);
  header.font = { bold: true };
  text.headers.forEach((h, i) => {
    const note = text.notes?.find((n) => n.column === h);
    if (note) header.getCell(i + 1).note = note.text;
  });
  // Text cells, as people type them (dates dd/MM/yyyy): the import reads both text and real dates.
  for (const example of text.examples) sheet.addRow(example);
  sheet.columns.forEach(
    (column, i) => (column.width = Math.max(12, Math.min(32, (text.headers[i]?.length ?? 10) + 4))),
  );
  return {
    body: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${text.fileName}.xlsx`,
    kind,
  };
}
