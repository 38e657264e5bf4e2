import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { countRows } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { commitImport, ImportRejected, previewImport, sha256Of } from "./engine";
import { communeNames, csvBytes, type CommuneNames } from "./test-files";

// Household and member imports: codes must be new (in the commune and in the file), names resolve
// inside the commune, and a commit writes every row with one audit row, or nothing.

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let hv: CommuneNames;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  secretary = await viewerFor(db, "bithu.haivan");
  hv = await communeNames(db, "HAI-VAN");
}, 120_000);
afterAll(() => test?.close());

const count = async (table: "households" | "members") =>
  Number((await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

describe("household import", () => {
  it("finds codes already used and repeated, then writes a clean file with one audit row", async () => {
    const village = hv.villages[0]!.name;
    const taken = hv.villages[0]!.household;
    const bad = csvBytes([
      "Mã hộ,Chủ hộ,Thôn,Người cao tuổi,Hộ nghèo",
      `${taken},Hồ Văn Một,${village},Có,Không`,
      `HV-IMP-0001,Hồ Văn Hai,${village},x,`,
      `HV-IMP-0001,Hồ Văn Ba,${village},,`,
      `HV-IMP-0002,Hồ Văn Bốn,${village},có lẽ,`,
    ]);
    const summary = await previewImport(db, secretary, { kind: "households", bytes: bad, fileName: "h.csv" });
    expect(summary.errors.map((e) => [e.row, e.message])).toEqual([
      [2, "households.errors.codeTaken"],
      [4, "import.errors.codeRepeated"],
      [5, "import.errors.yesNo"],
    ]);
    const before = { households: await count("households"), audit: await countRows(db, "audit_log") };
    await expect(
      commitImport(db, secretary, { kind: "households", bytes: bad, fileName: "h.csv", sha256: sha256Of(bad) }),
    ).rejects.toBeInstanceOf(ImportRejected);
    expect({ households: await count("households"), audit: await countRows(db, "audit_log") }).toEqual(before);

    const good = csvBytes([
      "ma ho;chu ho;thon;nguoi cao tuoi;tinh nguyen vien",
      `HV-IMP-0001;Hồ Văn Hai;${village};Có;${hv.volunteers[0]}`,
      `HV-IMP-0002;Hồ Văn Bốn;${village};;`,
    ]);
    expect(
      (
        await commitImport(db, secretary, {
          kind: "households",
          bytes: good,
          fileName: "h.csv",
          sha256: sha256Of(good),
        })
      ).written,
    ).toBe(2);
    expect(await count("households")).toBe(before.households + 2);
    expect(await countRows(db, "audit_log")).toBe(before.audit + 1);
    const [row] = await queryRows<{ elderly: boolean; assigned: string | null }>(
      db,
      sql`select h.elderly, m.full_name as assigned from households h left join members m on m.id = h.assigned_member_id where h.code = 'HV-IMP-0001'`,
    );
    expect(row).toEqual({ elderly: true, assigned: hv.volunteers[0] });
  });
});

describe("member import", () => {
  it("writes new members and reports the same person twice", async () => {
    const village = hv.villages[1]!.name;
    const file = csvBytes([
      "Họ và tên,Thành phần,Thôn,Ngày tham gia",
      `Phan Thị Nhập,Sinh viên,${village},02/10/2026`,
      `Phan Văn Nhập,Đoàn viên,,`,
    ]);
    const before = await count("members");
    expect(
      (await commitImport(db, secretary, { kind: "members", bytes: file, fileName: "m.csv", sha256: sha256Of(file) }))
        .written,
    ).toBe(2);
    expect(await count("members")).toBe(before + 2);
    const again = await previewImport(db, secretary, { kind: "members", bytes: file, fileName: "m.csv" });
    expect(again.errors.map((e) => e.message)).toEqual(["import.errors.memberExists", "import.errors.memberExists"]);
    const bad = csvBytes([
      "Họ và tên,Thành phần,Ngày tham gia",
      "Ai Đó,Phi hành gia,",
      "Người Khác,Sinh viên,32/13/2026",
    ]);
    const checked = await previewImport(db, secretary, { kind: "members", bytes: bad, fileName: "m.csv" });
    expect(checked.errors.map((e) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      "2 Thành phần: members.errors.kindRequired",
      "3 Ngày tham gia: fieldUi.errors.dateFormat",
    ]);
  });
});
