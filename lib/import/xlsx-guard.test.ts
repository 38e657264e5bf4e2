import { describe, expect, it } from "vitest";
import {
  bombSheet,
  claiming,
  part,
  rowXml,
  sheetHead,
  sheetTail,
  workbookParts,
  zipOf,
} from "@/lib/testing/zip-fixtures";
import { parseCsv } from "./csv";
import { readTable } from "./file-read";
import { MAX_IMPORT_ROWS } from "./limits";
import { ImportFileError } from "./types";
import { MAX_COMPRESSION_RATIO, MAX_XLSX_INFLATED_BYTES } from "./zip-guard";

// ZIP bombs and oversized files through the import's real reading path (readTable → zip guard →
// ExcelJS's streaming reader). The fixtures are built here: a few hundred KB on disk, hundreds of
// MB once inflated. Before the guard, each of these made ExcelJS inflate everything in memory.

async function refusal(
  work: () => unknown,
): Promise<{ key: string; values: Record<string, string | number> } | "accepted"> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ImportFileError) return { key: error.key, values: error.values };
    throw error;
  }
  return "accepted";
}

const MB = 1024 * 1024;
const sheet = (rows: string[][]) =>
  part("xl/worksheets/sheet1.xml", sheetHead + rows.map((r, i) => rowXml(i + 1, r)).join("") + sheetTail);

describe("an .xlsx is checked before it is read", () => {
  it("reads a plain hand-made workbook (the fixtures are real workbooks)", async () => {
    const { format, rows } = await readTable(
      zipOf(
        workbookParts(
          sheet([
            ["Mã hộ", "Chủ hộ"],
            ["HV-1", "Hồ Văn Bốn"],
          ]),
        ),
      ),
    );
    expect(format).toBe("xlsx");
    expect(rows).toEqual([
      ["Mã hộ", "Chủ hộ"],
      ["HV-1", "Hồ Văn Bốn"],
    ]);
  });

  it("refuses a file whose parts add up to more than the inflated limit", async () => {
    const bomb = zipOf(workbookParts(await bombSheet(MAX_XLSX_INFLATED_BYTES + MB)));
    expect(bomb.length).toBeLessThan(MAX_XLSX_INFLATED_BYTES / 200);
    expect(await refusal(() => readTable(bomb))).toEqual({
      key: "import.errors.xlsxTooLarge",
      values: { limit: MAX_XLSX_INFLATED_BYTES / MB },
    });
  });

  it("refuses a part compressed far more than a real workbook is, even below the size limit", async () => {
    const dense = await bombSheet(8 * MB);
    expect(dense.size / dense.data.length).toBeGreaterThan(MAX_COMPRESSION_RATIO);
    expect(await refusal(() => readTable(zipOf(workbookParts(dense))))).toMatchObject({
      key: "import.errors.xlsxRatio",
    });
  });

  it("catches a header that lies about the inflated size: inflation stops past the claim", async () => {
    // 300 MB of XML whose directory claims 20× its compressed size: the directory looks harmless.
    const truth = await bombSheet(3 * MAX_XLSX_INFLATED_BYTES);
    const liar = claiming(truth, truth.data.length * 20);
    expect(await refusal(() => readTable(zipOf(workbookParts(liar))))).toMatchObject({
      key: "import.errors.xlsxSizeMismatch",
    });
    // A lie that claims more than there is is caught as well (a damaged or doctored file).
    const small = sheet([["Mã hộ"], ["HV-1"]]);
    expect(await refusal(() => readTable(zipOf(workbookParts(claiming(small, small.size + 10)))))).toMatchObject({
      key: "import.errors.xlsxSizeMismatch",
    });
  });

  it("refuses pictures, macros, embedded objects and ActiveX, naming the part", async () => {
    const base = sheet([["Mã hộ"], ["HV-1"]]);
    for (const name of [
      "xl/media/image1.png",
      "xl/vbaProject.bin",
      "xl/embeddings/oleObject1.bin",
      "xl/activeX/activeX1.xml",
      "xl/externalLinks/externalLink1.xml",
    ]) {
      const file = zipOf(workbookParts(base, [part(name, "x".repeat(100))]));
      expect(await refusal(() => readTable(file))).toEqual({
        key: "import.errors.xlsxUnexpectedPart",
        values: { part: name },
      });
    }
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} data rows, read as a stream`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => rowXml(i + 2, [`HV-${i}`])).join("");
    const file = zipOf(
      workbookParts(part("xl/worksheets/sheet1.xml", sheetHead + rowXml(1, ["Mã hộ"]) + rows + sheetTail)),
    );
    expect(await refusal(() => readTable(file))).toEqual({
      key: "import.errors.tooManyRows",
      values: { limit: MAX_IMPORT_ROWS },
    });
  }, 60_000);
});

describe("a CSV has the same row cap", () => {
  it(`takes ${MAX_IMPORT_ROWS} data rows and refuses one more`, async () => {
    const lines = (n: number) =>
      new TextEncoder().encode(["Mã hộ", ...Array.from({ length: n }, (_, i) => `HV-${i}`)].join("\n"));
    expect((await readTable(lines(MAX_IMPORT_ROWS))).rows).toHaveLength(MAX_IMPORT_ROWS + 1);
    expect(await refusal(() => readTable(lines(MAX_IMPORT_ROWS + 1)))).toEqual({
      key: "import.errors.tooManyRows",
      values: { limit: MAX_IMPORT_ROWS },
    });
  });

  it("stops at millions of blank lines instead of making a row of each", () => {
    expect(() => parseCsv("Mã hộ\n" + "\n".repeat(5 * MAX_IMPORT_ROWS))).toThrow(ImportFileError);
  });
});

describe("the app's own files pass the guard", () => {
  it("reads back the records template (.xlsx with notes on its headers)", async () => {
    const messages = (await import("@/lib/i18n/messages/vi/import.json")).default.import.templates.records;
    const { importTemplate } = await import("./templates");
    const file = await importTemplate("records", "xlsx", { ...messages, notes: messages.notes });
    const { rows } = await readTable(file.body);
    expect(rows[0]).toEqual(messages.headers);
    expect(rows.slice(1)).toEqual(messages.examples);
  });
});
