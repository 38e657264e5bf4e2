import { createInflateRaw } from "node:zlib";
import { ImportFileError } from "./types";

// An .xlsx is a ZIP, and a ZIP can be a bomb: a 1.5 MB file once drove the app to ≈4.2 GB and
// 25 s inside ExcelJS (which inflates every part in memory), taking the one Node process and the
// embedded database down with it. So before ExcelJS sees a byte:
//   1. the central directory is read and the file refused when its parts add up to more than
//      MAX_XLSX_INFLATED_BYTES, compress more than MAX_COMPRESSION_RATIO times, or include parts a
//      data sheet never needs (pictures, macros, embedded objects, ActiveX, external links …);
//   2. every part we keep is really inflated, streaming, counting bytes and stopping as soon as it
//      goes past what the directory declared (sizes in a ZIP header are only claims);
//   3. ExcelJS gets a ZIP rebuilt from exactly those verified parts (fresh headers, same compressed
//      bytes), so what it inflates is what was counted: no second, different reading of the file.

/** 100 MB of XML: 200,000 rows × 15 columns fit several times over. */
export const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;
/** Real workbooks compress 5–30×; a bomb compresses thousands of times. */
export const MAX_COMPRESSION_RATIO = 100;
const MAX_ENTRIES = 2000;
/** Below this a part's ratio says nothing (a 2 KB styles.xml may well compress 150×). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  dosTime: number;
  dosDate: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

// Parts a data sheet is made of. Anything else (xl/media, xl/embeddings, xl/activeX, vbaProject.bin,
// customUI, externalLinks, connections …) is refused: the import reads cells, nothing more.
const allowedParts = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/[\w.-]+\.xml$/,
  /^customXml\/[\w./-]+\.(xml|rels)$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/(styles|sharedStrings|calcChain|metadata)\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/(tables|comments\d*|threadedComments|persons|printerSettings|drawings)\/[\w./-]+\.(xml|rels|vml|bin)$/,
  /^xl\/comments\d+\.xml$/,
];
/** What ExcelJS needs to read cells: the rest of the allowed parts is checked, then left out. */
const neededParts =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

const damaged = () => new ImportFileError("import.errors.notSpreadsheet");
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The central directory's entries. Refuses what is no plain ZIP (split, ZIP64, encrypted). */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: no workbook of ours needs it.
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) throw damaged();
  if (count > MAX_ENTRIES) throw new ImportFileError("import.errors.xlsxTooManyParts", { limit: MAX_ENTRIES });
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw damaged();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
      throw damaged();
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refusals the directory alone can give: too big, too compressed, unexpected parts. */
export function checkDirectory(entries: readonly ZipEntry[]): void {
  let total = 0;
  let compressed = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    if (!allowedParts.some((p) => p.test(e.name)))
      throw new ImportFileError("import.errors.xlsxUnexpectedPart", { part: e.name });
    if (e.flags & 0x1) throw new ImportFileError("import.errors.xlsxEncrypted");
    if (e.method !== 0 && e.method !== 8) throw damaged();
    total += e.size;
    compressed += e.compressedSize;
    if (total > MAX_XLSX_INFLATED_BYTES)
      throw new ImportFileError("import.errors.xlsxTooLarge", { limit: mb(MAX_XLSX_INFLATED_BYTES) });
    if (e.size > RATIO_FLOOR_BYTES && e.size > MAX_COMPRESSION_RATIO * Math.max(1, e.compressedSize)) {
      throw new ImportFileError("import.errors.xlsxRatio", { limit: MAX_COMPRESSION_RATIO });
    }
  }
  if (total > RATIO_FLOOR_BYTES && total > MAX_COMPRESSION_RATIO * Math.max(1, compressed)) {
    throw new ImportFileError("import.errors.xlsxRatio", { limit: MAX_COMPRESSION_RATIO });
  }
}

/** The compressed bytes of an entry, found through its local header. */
function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged();
  return bytes.subarray(start, end);
}

/**
 * Inflates `data` and counts: past `declared` bytes (a lying header) or past what the whole file
 * may still hold, it stops at once. Memory stays at one zlib chunk whatever the entry claims.
 */
function countInflated(data: Uint8Array, declared: number, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let seen = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      inflate.destroy();
      reject(error);
    };
    inflate.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > budget)
        fail(new ImportFileError("import.errors.xlsxTooLarge", { limit: mb(MAX_XLSX_INFLATED_BYTES) }));
      else if (seen > declared) fail(new ImportFileError("import.errors.xlsxSizeMismatch"));
    });
    inflate.on("error", () => fail(damaged()));
    inflate.on("end", () => {
      if (failed) return;
      if (seen !== declared) fail(new ImportFileError("import.errors.xlsxSizeMismatch"));
      else resolve(seen);
    });
    inflate.end(data);
  });
}

/** A ZIP of the given parts, with headers written from verified values (no data descriptors). */
function rebuild(parts: { entry: ZipEntry; data: Uint8Array }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { entry, data } of parts) {
    const name = new TextEncoder().encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, entry.flags & 0x0800, true); // keep only "name is UTF-8"
    local.setUint16(8, entry.method, true);
    local.setUint16(10, entry.dosTime, true);
    local.setUint16(12, entry.dosDate, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.compressedSize, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, CENTRAL, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    for (let i = 6; i < 26; i += 2) cd.setUint16(i + 2, local.getUint16(i, true), true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, EOCD, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A workbook's bytes made safe for ExcelJS: refused with a message when the file is a bomb, lies
 * about its sizes or carries unexpected parts; otherwise the parts a reader needs, verified.
 */
export async function guardedWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const entries = readCentralDirectory(bytes);
  checkDirectory(entries);
  const kept: { entry: ZipEntry; data: Uint8Array }[] = [];
  let inflated = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const data = dataOf(bytes, entry);
    // Stored parts are their own size; a mismatch is a damaged or doctored file.
    if (entry.method === 0) {
      if (data.length !== entry.size) throw new ImportFileError("import.errors.xlsxSizeMismatch");
      inflated += data.length;
    } else {
      inflated += await countInflated(data, entry.size, MAX_XLSX_INFLATED_BYTES - inflated);
    }
    if (neededParts.test(entry.name)) kept.push({ entry, data });
  }
  return rebuild(kept);
}
