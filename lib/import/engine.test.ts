import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { expectRollupsExact } from "@/lib/testing/rollup-check";
import { countRows } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { commitImport, ImportRejected, previewImport, sha256Of } from "./engine";
import { communeNames, csvBytes, type CommuneNames } from "./test-files";

// Support-record imports against the seeded demo: preview writes nothing, commit is all or
// nothing (a bad row near the end leaves no record, no rollup change, no audit row), duplicates
// are found in the file and against stored records, and every id resolves inside the commune.

const options = { today: "2026-11-20" };
const header = "Ngay ho tro;Hinh thuc;Thon, to dan pho;MA_HO;Tinh nguyen vien;Thu tuc;Luot nguoi;So ho;Dinh danh muc 2";

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let hv: CommuneNames;
let hx: CommuneNames;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  secretary = await viewerFor(db, "bithu.haivan");
  hv = await communeNames(db, "HAI-VAN");
  hx = await communeNames(db, "HOA-XUAN");
}, 120_000);
afterAll(() => test?.close());

/** n valid rows of Hải Vân, each distinct (day and volunteer vary). */
function goodLines(n: number, names = hv): string[] {
  return Array.from({ length: n }, (_, i) => {
    const v = names.villages[i % names.villages.length]!;
    return `${1 + (i % 28)}/${1 + Math.floor(i / 28)}/2025;Tận nhà (1+20);${v.name};${v.household};${names.volunteers[i % names.volunteers.length]};Chữ ký số;2;1;1`;
  });
}

const snapshot = async () => ({
  records: await countRows(db, "support_records"),
  procedures: await countRows(db, "support_record_procedures"),
  audit: await countRows(db, "audit_log"),
  stats: (
    await queryRows<{ s: string }>(
      db,
      sql`select coalesce(sum(records), 0)::text || '/' || coalesce(sum(people_served), 0)::text as s from village_daily_stats`,
    )
  )[0]!.s,
});

async function commit(bytes: Uint8Array, viewer = secretary, extra: { communeId?: number } = {}) {
  return commitImport(
    db,
    viewer,
    { kind: "records", bytes, fileName: "t.csv", sha256: sha256Of(bytes), ...extra },
    options,
  );
}

describe("support-record import", () => {
  it("previews without writing anything", async () => {
    const before = await snapshot();
    const summary = await previewImport(
      db,
      secretary,
      { kind: "records", bytes: csvBytes([header, ...goodLines(30)]), fileName: "t.csv" },
      options,
    );
    expect(summary).toMatchObject({ rows: 30, valid: 30, withErrors: 0, duplicates: 0, format: "csv" });
    expect(summary.sample).toHaveLength(20);
    expect(await snapshot()).toEqual(before);
  });

  it("reports each bad row with its line, column and message", async () => {
    const [a, b] = goodLines(2);
    const v = hv.villages[0]!;
    const lines = [
      header,
      a!,
      `1/2/2025;Tận nhà;${hx.villages[0]!.name};;${hv.volunteers[0]};;2;1;0`, // another commune's village
      `1/2/2025;Tận nhà;${v.name};;${hx.volunteers[0]};;2;1;0`, // another commune's volunteer
      `1/2/2025;Tận nhà;${v.name};;${hv.volunteers[0]};Phép thuật;-2;0;0`, // unknown procedure, negative counter
      `1/12/2030;Tận nhà;${v.name};;${hv.volunteers[0]};;2;1;0`, // future
      `31/12/2024;Tận nhà;${v.name};;${hv.volunteers[0]};;2;1;0`, // before the programme
      `2/2/2025;Tận nhà;${v.name};KHONG-CO;${hv.volunteers[0]};;2;1;0`, // unknown household
      a!, // the same record twice in the file
      b!,
    ];
    const summary = await previewImport(
      db,
      secretary,
      { kind: "records", bytes: csvBytes(lines), fileName: "t.csv" },
      options,
    );
    const at = (row: number) => summary.errors.filter((e) => e.row === row).map((e) => `${e.column}: ${e.message}`);
    expect(at(3)).toEqual(["Thon, to dan pho: records.errors.villageUnknown"]);
    expect(at(4)).toEqual(["Tinh nguyen vien: records.errors.volunteerUnknown"]);
    expect(at(5)).toEqual(
      expect.arrayContaining([
        "Thu tuc: records.errors.procedureUnknown",
        "Luot nguoi: records.errors.counterNegative",
      ]),
    );
    expect(at(6)).toEqual(["Ngay ho tro: records.errors.dateInFuture"]);
    expect(at(7)).toEqual(["Ngay ho tro: records.errors.dateBeforeProgramme"]);
    expect(at(8)).toEqual(["MA_HO: records.errors.householdUnknown"]);
    expect(summary.errors.find((e) => e.row === 9)).toMatchObject({
      message: "import.errors.recordRepeated",
      values: { row: 2 },
    });
    expect(summary).toMatchObject({ rows: 9, valid: 2, withErrors: 7, duplicates: 1 });
  });

  it("commits all rows in one step: rollups exact, one audit row with the counts", async () => {
    const before = await snapshot();
    const bytes = csvBytes([header, ...goodLines(120)]);
    const { written } = await commit(bytes);
    expect(written).toBe(120);
    const after = await snapshot();
    expect(after.records - before.records).toBe(120);
    expect(after.procedures - before.procedures).toBe(120);
    expect(after.audit - before.audit).toBe(1);
    await expectRollupsExact(db);
    const [audit] = await queryRows<{
      action: string;
      entity: string;
      changes: { details: { after: Record<string, unknown> } };
    }>(db, sql`select action, entity, changes from audit_log order by id desc limit 1`);
    expect(audit).toMatchObject({ action: "import", entity: "support_record" });
    expect(audit!.changes.details.after).toMatchObject({
      kind: "records",
      rows: 120,
      written: 120,
      sha256: sha256Of(bytes),
    });

    // The same file again: every row is already stored, and nothing more is written.
    const again = await previewImport(db, secretary, { kind: "records", bytes, fileName: "t.csv" }, options);
    expect(again).toMatchObject({ valid: 0, duplicates: 120 });
    expect(again.errors[0]!.message).toBe("import.errors.recordExists");
    await expect(commit(bytes)).rejects.toBeInstanceOf(ImportRejected);
    expect(await snapshot()).toEqual(after);
  });

  it("writes nothing when one row near the end is bad", async () => {
    const before = await snapshot();
    const lines = [header, ...goodLines(400).map((l) => l.replace(/2025;/, "2026;"))];
    lines[399] = lines[399]!.replace(/;2;1;1$/, ";2;1;9999");
    await expect(commit(csvBytes(lines))).rejects.toBeInstanceOf(ImportRejected);
    expect(await snapshot()).toEqual(before);
    await expectRollupsExact(db);
  });

  it("refuses a file other than the one previewed", async () => {
    const bytes = csvBytes([header, ...goodLines(3)]);
    const error = await commitImport(
      db,
      secretary,
      { kind: "records", bytes, fileName: "t.csv", sha256: "0".repeat(64) },
      options,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error.key).toBe("import.errors.fileChanged");
  });
});

describe("who may import where", () => {
  const key = (e: unknown) => (e instanceof ExpectedError ? e.key : String(e));
  const bytes = () => csvBytes([header, ...goodLines(2).map((l) => l.replace("/2025;", "/2026;"))]);

  it("another commune's secretary finds none of Hải Vân's names", async () => {
    const summary = await previewImport(
      db,
      await viewerFor(db, "bithu.hoaxuan"),
      { kind: "records", bytes: bytes(), fileName: "t.csv" },
      options,
    );
    expect(summary.valid).toBe(0);
    expect(summary.errors.map((e) => e.message)).toContain("records.errors.villageUnknown");
  });

  it("a provincial officer is refused; an admin must name a commune", async () => {
    const officer = await viewerFor(db, "tinhdoan.danang");
    expect(key(await commit(bytes(), officer, { communeId: hv.communeId }).catch((e) => e))).toBe("errors.forbidden");
    const admin = await viewerFor(db, "admin");
    expect(key(await commit(bytes(), admin).catch((e) => e))).toBe("import.errors.communeRequired");
    const before = await countRows(db, "support_records");
    await commit(bytes(), admin, { communeId: hv.communeId });
    expect(await countRows(db, "support_records")).toBe(before + 2);
  });

  it("a center director may import center records only", async () => {
    const director = await viewerFor(db, "giamdoc.haivan");
    const summary = await previewImport(db, director, { kind: "records", bytes: bytes(), fileName: "t.csv" }, options);
    expect(summary.errors.map((e) => e.message)).toEqual([
      "import.errors.channelForbidden",
      "import.errors.channelForbidden",
    ]);
    const center = csvBytes([header, `3/3/2026;Tại Trung tâm;${hv.villages[0]!.name};;${hv.volunteers[1]};;4;2;1`]);
    expect(
      (
        await commitImport(
          db,
          director,
          { kind: "records", bytes: center, fileName: "c.csv", sha256: sha256Of(center) },
          options,
        )
      ).written,
    ).toBe(1);
    const households = csvBytes(["Mã hộ;Chủ hộ;Thôn", `HV-NEW-1;Trần Bình;${hv.villages[0]!.name}`]);
    expect(
      key(
        await previewImport(db, director, { kind: "households", bytes: households, fileName: "h.csv" }).catch((e) => e),
      ),
    ).toBe("errors.forbidden");
  });
});
