import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { todayInVietnam } from "@/lib/i18n/format";
import { expectRollupsExact } from "@/lib/testing/rollup-check";
import { countRows } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { bombSheet, workbookParts, zipOf } from "@/lib/testing/zip-fixtures";
import { commitImport, previewImport, sha256Of, type ImportOptions } from "./engine";
import { importResponse } from "./http";
import { communeNames, csvBytes, type CommuneNames } from "./test-files";
import { MAX_XLSX_INFLATED_BYTES } from "./zip-guard";
import type { ImportEvent } from "./types";

// The commit's rules beyond one file's rows: one import per commune at a time (a lease in the
// database, so two app instances see it too), the file read outside the write transaction, rows
// already stored skipped on request, villages written as the app's selects show them, records
// linked to a mobile desk, and the route refusing a request from another origin.

const today = todayInVietnam();
const options: ImportOptions = { today };
const header = "Ngay ho tro;Hinh thuc;Thon, to dan pho;Ma ho;Tinh nguyen vien;Luot nguoi;So ho;Ban luu dong;Ghi chu";

let test: TestDatabase;
let db: Database;
let hvSecretary: Viewer;
let hxSecretary: Viewer;
let hv: CommuneNames;
let hx: CommuneNames;
let day = 0;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  hvSecretary = await viewerFor(db, "bithu.haivan");
  hxSecretary = await viewerFor(db, "bithu.hoaxuan");
  hv = await communeNames(db, "HAI-VAN");
  hx = await communeNames(db, "HOA-XUAN");
}, 120_000);
afterAll(() => test?.close());

/** n valid door-to-door rows on days of 2025 no other test here uses. */
function lines(n: number, names = hv): string[] {
  day++;
  return Array.from({ length: n }, (_, i) => {
    const v = names.villages[i % names.villages.length]!;
    return `${1 + (i % 28)}/${day}/2025;Tận nhà;${v.name};;${names.volunteers[i % names.volunteers.length]};2;1;;dòng ${i}`;
  });
}
const file = (rows: string[]) => csvBytes([header, ...rows]);
const commit = (viewer: Viewer, bytes: Uint8Array, extra: { skipExisting?: boolean } = {}, more: ImportOptions = {}) =>
  commitImport(
    db,
    viewer,
    { kind: "records", bytes, fileName: "t.csv", sha256: sha256Of(bytes), ...extra },
    { ...options, ...more },
  );
const keyOf = (e: unknown) => (e instanceof ExpectedError ? e.key : `unexpected: ${String(e)}`);
const recordsOf = async (communeId: number) =>
  Number(
    (
      await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from support_records where commune_id = ${communeId}`,
      )
    )[0]!.n,
  );

describe("one import per commune at a time", () => {
  it("refuses a second import of the same commune while one runs; another commune's goes through", async () => {
    const first = file(lines(40));
    const second = file(lines(5));
    const other = file(lines(3, hx));
    const hvBefore = await recordsOf(hv.communeId);
    const hxBefore = await recordsOf(hx.communeId);
    let during: { same: unknown; other: unknown } | null = null;
    // While the first import has read its file (and holds no transaction: on PGlite the others
    // could not even start if it did), a second file for the same commune and one for another.
    const onEvent = async (event: ImportEvent) => {
      if (during || event.type !== "progress" || event.phase !== "parsed") return;
      during = {
        same: await commit(hvSecretary, second).catch((e) => e),
        other: await commit(hxSecretary, other).catch((e) => e),
      };
      expect(await recordsOf(hv.communeId)).toBe(hvBefore);
    };
    const result = await commit(hvSecretary, first, {}, { onEvent });
    expect(result.written).toBe(40);
    expect(keyOf(during!.same)).toBe("import.errors.busy");
    expect(during!.other).toMatchObject({ written: 3 });
    expect(await recordsOf(hv.communeId)).toBe(hvBefore + 40);
    expect(await recordsOf(hx.communeId)).toBe(hxBefore + 3);
    // Released: the refused file goes in now, and no lease is left behind.
    expect((await commit(hvSecretary, second)).written).toBe(5);
    expect(await queryRows(db, sql`select * from import_locks`)).toEqual([]);
  });

  it("honours a lease another app instance holds, and takes over one whose holder died", async () => {
    const bytes = file(lines(2));
    const before = await recordsOf(hv.communeId);
    await db.execute(
      sql`insert into import_locks (commune_id, token, kind, expires_at) values (${hv.communeId}, 'other-instance', 'records', now() + interval '1 minute')`,
    );
    expect(keyOf(await commit(hvSecretary, bytes).catch((e) => e))).toBe("import.errors.busy");
    expect(await recordsOf(hv.communeId)).toBe(before);
    // The holder stopped renewing: its lease lapsed.
    await db.execute(
      sql`update import_locks set locked_at = now() - interval '10 minutes', expires_at = now() - interval '1 second' where commune_id = ${hv.communeId}`,
    );
    expect((await commit(hvSecretary, bytes)).written).toBe(2);
    expect(await queryRows(db, sql`select * from import_locks`)).toEqual([]);
  });
});

describe("skipping rows already stored", () => {
  it("previews 'N rows already there', writes the rest and records the count in the audit row", async () => {
    const old = lines(6);
    await commit(hvSecretary, file(old));
    const bytes = file([...old, ...lines(2)]);
    // Without the option the whole file is refused, as before.
    expect(
      (await previewImport(db, hvSecretary, { kind: "records", bytes, fileName: "t.csv" }, options)).withErrors,
    ).toBe(6);
    const preview = await previewImport(
      db,
      hvSecretary,
      { kind: "records", bytes, fileName: "t.csv", skipExisting: true },
      options,
    );
    expect(preview).toMatchObject({ rows: 8, valid: 2, skipped: 6, withErrors: 0, skipExisting: true });
    const before = await countRows(db, "support_records");
    const { written, summary } = await commit(hvSecretary, bytes, { skipExisting: true });
    expect([written, summary.skipped]).toEqual([2, 6]);
    expect(await countRows(db, "support_records")).toBe(before + 2);
    const [audit] = await queryRows<{ changes: { details: { after: Record<string, unknown> } } }>(
      db,
      sql`select changes from audit_log order by id desc limit 1`,
    );
    expect(audit!.changes.details.after).toMatchObject({ written: 2, skipped: 6, skipExisting: true });
    await expectRollupsExact(db);
  });
});

describe("villages and mobile desks as a secretary writes them", () => {
  it("accepts a village written as the app's select shows it, with its former commune", async () => {
    const [village] = await queryRows<{ name: string; former: string }>(
      db,
      sql`select v.name, f.name as former from villages v join former_communes f on f.id = v.former_commune_id
          where v.commune_id = ${hv.communeId} and v.active order by v.id limit 1`,
    );
    const row = `2/${++day}/2025;Tận nhà;${village!.name} (${village!.former} cũ);;${hv.volunteers[0]};2;1;;`;
    const summary = await previewImport(
      db,
      hvSecretary,
      { kind: "records", bytes: file([row]), fileName: "t.csv" },
      options,
    );
    expect(summary).toMatchObject({ valid: 1, withErrors: 0 });
  });

  it("links a row to the desk held in its village that day ('Có') or by number; other villages' desks are row errors", async () => {
    const desks = await queryRows<{ id: number; village: string; other_village: string; served: string }>(
      db,
      sql`select d.id, v.name as village, to_char((d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date, 'DD/MM/YYYY') as served,
                 (select o.name from villages o where o.commune_id = d.commune_id and o.active and o.id <> d.village_id order by o.id limit 1) as other_village
          from mobile_desks d join villages v on v.id = d.village_id
          where d.commune_id = ${hv.communeId} and d.status <> 'cancelled' and (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date <= ${today}::date
            and (select count(*) from mobile_desks s where s.village_id = d.village_id and s.status <> 'cancelled'
                 and (s.starts_at at time zone 'Asia/Ho_Chi_Minh')::date = (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date) = 1
          order by d.id limit 1`,
    );
    const desk = desks[0]!;
    const [foreign] = await queryRows<{ id: number }>(
      db,
      sql`select id from mobile_desks where commune_id <> ${hv.communeId} limit 1`,
    );
    const volunteer = hv.volunteers[1];
    const rows = [
      `${desk.served};Bàn lưu động;${desk.village};;${volunteer};3;2;Có;bàn theo ngày`,
      `${desk.served};Bàn lưu động;${desk.village};;${volunteer};4;2;${desk.id};bàn theo số`,
      `${desk.served};Bàn lưu động;${desk.other_village};;${volunteer};5;2;${desk.id};`, // another village's desk
      `${desk.served};Bàn lưu động;${desk.village};;${volunteer};6;2;${foreign!.id};`, // another commune's desk
      `${desk.served};Tận nhà;${desk.village};;${volunteer};7;2;Có;`, // a desk on a door-to-door row
      `2/${++day}/2025;Bàn lưu động;${desk.village};;${volunteer};8;2;Có;`, // no desk there that day
    ];
    const summary = await previewImport(
      db,
      hvSecretary,
      { kind: "records", bytes: file(rows), fileName: "t.csv" },
      options,
    );
    const at = (row: number) => summary.errors.filter((e) => e.row === row).map((e) => `${e.column}: ${e.message}`);
    expect([2, 3].map(at)).toEqual([[], []]);
    expect(at(4)).toEqual(["Ban luu dong: records.errors.deskOtherVillage"]);
    expect(at(5)).toEqual(["Ban luu dong: records.errors.deskUnknown"]);
    expect(at(6)).toEqual(["Ban luu dong: records.errors.deskOnlyForMobileDesk"]);
    expect(at(7)).toEqual(["Ban luu dong: import.errors.deskNone"]);

    const good = file(rows.slice(0, 2));
    await commit(hvSecretary, good);
    const stored = await queryRows<{ note: string; mobile_desk_id: number }>(
      db,
      sql`select note, mobile_desk_id from support_records where note like 'bàn theo %' order by note`,
    );
    expect(stored).toEqual([
      { note: "bàn theo ngày", mobile_desk_id: desk.id },
      { note: "bàn theo số", mobile_desk_id: desk.id },
    ]);
  });
});

describe("an .xlsx bomb through the engine", () => {
  it("is refused at preview and at commit with its message; nothing is written", async () => {
    const bytes = zipOf(workbookParts(await bombSheet(MAX_XLSX_INFLATED_BYTES + 1024 * 1024)));
    const before = { records: await countRows(db, "support_records"), audit: await countRows(db, "audit_log") };
    const preview = await previewImport(
      db,
      hvSecretary,
      { kind: "records", bytes, fileName: "bom.xlsx" },
      options,
    ).catch((e) => e);
    expect(keyOf(preview)).toBe("import.errors.xlsxTooLarge");
    expect(keyOf(await commit(hvSecretary, bytes).catch((e) => e))).toBe("import.errors.xlsxTooLarge");
    expect({ records: await countRows(db, "support_records"), audit: await countRows(db, "audit_log") }).toEqual(
      before,
    );
    expect(await queryRows(db, sql`select * from import_locks`)).toEqual([]);
  });
});

describe("the import route", () => {
  const t = (key: string) => key;
  async function post(origin: string | null, bytes: Uint8Array) {
    const response = importResponse(
      db,
      hvSecretary,
      {
        kind: "records",
        mode: "commit",
        communeId: null,
        sha256: sha256Of(bytes),
        fileName: "t.csv",
        contentLength: String(bytes.length),
        skipExisting: null,
        origin,
        host: "xa.example.vn",
        body: new Blob([bytes as Uint8Array<ArrayBuffer>]).stream(),
      },
      t,
    );
    const events = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ImportEvent);
    return { status: response.status, last: events.at(-1)! };
  }

  it("refuses a request from another origin (or none) with 403 and writes nothing", async () => {
    const bytes = file(lines(2));
    const before = await countRows(db, "support_records");
    for (const origin of ["https://evil.example", null, "null", "https://xa.example.vn.evil.example"]) {
      expect(await post(origin, bytes)).toEqual({
        status: 403,
        last: { type: "error", message: "import.errors.crossOrigin" },
      });
    }
    expect(await countRows(db, "support_records")).toBe(before);
    expect((await post("https://xa.example.vn", bytes)).last).toMatchObject({ type: "committed", written: 2 });
  });
});
