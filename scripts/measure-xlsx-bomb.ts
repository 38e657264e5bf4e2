import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { readTable } from "@/lib/import/file-read";
import { ImportFileError } from "@/lib/import/types";
import { claiming, repeatedPart, rowXml, sheetHead, sheetTail, workbookParts, zipOf } from "@/lib/testing/zip-fixtures";

// Peak memory and time of reading an .xlsx bomb: the import's reading path as it is now (zip guard,
// streaming reader) against ExcelJS's in-memory load (how the import read files before). Each side
// runs in a child process of its own so its peak RSS is its own.
//   npx tsx scripts/measure-xlsx-bomb.ts [--mb 150] [--lie] [--only before|after]
//   --mb: the bomb sheet's inflated size; --lie: its headers claim 20× its compressed size (a
//   lying header, which the directory checks alone would let through).

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

/** Rows of 20 numeric cells without row numbers (allowed by the format): what ExcelJS must build. */
async function bomb(mb: number, lie: boolean): Promise<Uint8Array> {
  const cells = Array.from({ length: 20 }, () => "<c><v>1</v></c>").join("");
  const sheet = await repeatedPart(
    "xl/worksheets/sheet1.xml",
    sheetHead + rowXml(1, ["Mã hộ", "Chủ hộ"]),
    `<row>${cells}</row>`,
    mb * 1024 * 1024,
    sheetTail,
  );
  return zipOf(workbookParts(lie ? claiming(sheet, sheet.data.length * 20) : sheet));
}

async function child(side: string, mb: number, lie: boolean) {
  const bytes = await bomb(mb, lie);
  const started = performance.now();
  let outcome: string;
  try {
    if (side === "before") {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      outcome = `read ${workbook.worksheets[0]?.rowCount ?? 0} rows`;
    } else {
      outcome = `read ${(await readTable(bytes)).rows.length} rows`;
    }
  } catch (error) {
    outcome = error instanceof ImportFileError ? `refused: ${error.key}` : `failed: ${String(error).slice(0, 80)}`;
  }
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      side,
      lie,
      fileKB: Math.round(bytes.length / 1024),
      inflatedMB: mb,
      ms: Math.round(ms),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      outcome,
    }),
  );
}

if (args[0] === "--child") {
  await child(args[1]!, Number(args[2]), args[3] === "lie");
} else {
  const mb = Number(arg("mb", "150"));
  const self = fileURLToPath(import.meta.url);
  const lie = args.includes("--lie") ? "lie" : "honest";
  for (const side of ["before", "after"].filter((s) => arg("only", s) === s)) {
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=8192", "--import", "tsx", self, "--child", side, String(mb), lie],
      {
        encoding: "utf8",
        timeout: 300_000,
      },
    );
    const line = run.stdout.trim().split("\n").pop();
    console.log(line || `${side}: exited ${run.status ?? run.signal} ${run.stderr.slice(-300)}`);
  }
}
