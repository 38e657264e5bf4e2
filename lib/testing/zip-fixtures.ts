import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

// Hostile .xlsx files for the import's tests and its bomb measurement (scripts/measure-xlsx-bomb.ts),
// built on the fly: small on disk, huge when inflated. No committed binaries.

export interface ZipPart {
  name: string;
  /** Deflated bytes (method 8). */
  data: Uint8Array;
  /** The inflated size the headers claim (a lying header claims less than the truth). */
  size: number;
  crc: number;
}

const text = (s: string) => new TextEncoder().encode(s);

/** A part deflated from `content`, headers honest. */
export function part(name: string, content: string | Uint8Array): ZipPart {
  const raw = typeof content === "string" ? text(content) : content;
  return { name, data: new Uint8Array(deflateRawSync(raw)), size: raw.length, crc: crc32(raw) };
}

/** `head`, then `chunk` repeated to about `size` bytes, then `tail`, deflated as a stream (never held inflated). */
export async function repeatedPart(
  name: string,
  head: string,
  chunk: string,
  size: number,
  tail: string,
): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const block = Buffer.from(chunk.repeat(Math.max(1, Math.floor((1 << 20) / chunk.length))));
  let crc = crc32(head);
  deflate.write(head);
  let written = Buffer.byteLength(head);
  // Whole chunks only, so the XML stays well-formed.
  const body = Math.floor((size - written - Buffer.byteLength(tail)) / chunk.length) * chunk.length;
  for (let left = body; left > 0;) {
    const piece = left >= block.length ? block : block.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
    left -= piece.length;
    written += piece.length;
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  return { name, data: new Uint8Array(Buffer.concat(out)), size: written + Buffer.byteLength(tail), crc };
}

/** A ZIP of the parts, central directory included, as any zip tool writes it. */
export function zipOf(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(p.crc >>> 0, 16);
    cd.writeUInt32LE(p.data.length, 20);
    cd.writeUInt32LE(p.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(p.data));
    central.push(cd, name);
    offset += 30 + name.length + p.data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, end]));
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const sheetTail = "</sheetData></worksheet>";

/** A row of inline-string cells, as the sheet's XML holds it. */
export function rowXml(number: number, cells: readonly string[]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const c = cells.map((v, i) => `<c r="${col(i)}${number}" t="inlineStr"><is><t>${v}</t></is></c>`).join("");
  return `<row r="${number}">${c}</row>`;
}

/** The parts of a one-sheet workbook around the given sheet part. */
export function workbookParts(sheet: ZipPart, extra: readonly ZipPart[] = []): ZipPart[] {
  return [
    part("[Content_Types].xml", contentTypes),
    part("_rels/.rels", rootRels),
    part("xl/workbook.xml", workbook),
    part("xl/_rels/workbook.xml.rels", workbookRels),
    sheet,
    ...extra,
  ];
}

/**
 * A bomb sheet: a header row, then `size` bytes of XML whitespace (legal between rows, so a
 * reader must inflate all of it), deflated to about a thousandth of that.
 */
export function bombSheet(size: number): Promise<ZipPart> {
  return repeatedPart("xl/worksheets/sheet1.xml", sheetHead + rowXml(1, ["Mã hộ", "Chủ hộ"]), " ", size, sheetTail);
}

/** The same part with headers that claim `claimed` bytes inflated (a lying header). */
export const claiming = (p: ZipPart, claimed: number): ZipPart => ({ ...p, size: claimed });
