import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";

// What the report specs share: last month as a report names it, a recount of people served from
// the raw records' CSV export (the reports read the rollups, the export reads support_records),
// a PDF's text, and a file behind a download button.

export const vn = new Intl.NumberFormat("vi-VN");

/** The month before today's in Vietnam, as the report names it and as dd/MM/yyyy bounds. */
export function lastMonth() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const [y, m] = today.split("-").map(Number) as [number, number];
  const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const days = new Date(Date.UTC(ly, lm, 0)).getUTCDate();
  const mm = String(lm).padStart(2, "0");
  return { label: `tháng ${lm} năm ${ly}`, from: `01/${mm}/${ly}`, to: `${days}/${mm}/${ly}` };
}

/** Fields of one CSV line (RFC 4180 quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

/**
 * People served in the period in every commune the viewer sees (optionally one channel, e.g.
 * "center"), summed from the raw records' CSV export.
 */
export async function recountPeople(
  request: APIRequestContext,
  from: string,
  to: string,
  channel?: "center",
): Promise<number> {
  const response = await request.get(
    `/records/export?format=csv&from=${from}&to=${to}${channel ? `&channel=${channel}` : ""}`,
  );
  expect(response.status()).toBe(200);
  const [head, ...rows] = (await response.text())
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);
  const fields = csvFields(head!);
  const column = fields.indexOf("Lượt người");
  expect(column).toBeGreaterThan(0);
  if (channel) {
    // The filter held: every row is of that channel.
    const channelColumn = fields.indexOf("Hình thức");
    expect(channelColumn).toBeGreaterThan(0);
    for (const line of rows) expect(csvFields(line)[channelColumn]).toBe("Tại Trung tâm");
  }
  return rows.reduce((s, line) => s + Number(csvFields(line)[column] ?? 0), 0);
}

export async function pdfText(bytes: Uint8Array) {
  const { text, totalPages } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { text: text.replace(/\s+/g, " "), totalPages };
}

export async function download(page: Page, testId: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return new Uint8Array(await readFile((await file.path())!));
}
