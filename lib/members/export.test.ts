import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog, communes, members } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { exportMembers, type MemberExportLabels } from "./export";
import type { MemberFilters } from "./queries";

// The members export against the seeded demo: scope, filters, every page, the audit row, and
// files Excel opens with Vietnamese intact.

let t: TestDatabase;
let haiVan: Viewer;
let hoaXuan: Viewer;
beforeAll(async () => {
  t = await createDemoDatabase();
  haiVan = await viewerFor(t.db, "bithu.haivan");
  hoaXuan = await viewerFor(t.db, "bithu.hoaxuan");
}, 180_000);
afterAll(() => t?.close());

const labels: MemberExportLabels = {
  columns: ["Họ và tên", "Thành phần", "Thôn", "Đơn vị", "Ngày tham gia", "Trạng thái", "Số hộ", "Tập huấn"],
  kind: (k) => `kind:${k}`,
  topic: (c) => `topic:${c}`,
  active: "Đang hoạt động",
  inactive: "Ngừng hoạt động",
  sheet: "Tình nguyện viên",
};
const all: MemberFilters = { sort: "name", dir: "asc", page: 3 };
const csvLines = (body: Uint8Array) => new TextDecoder().decode(body).split("\r\n").filter(Boolean);

async function namesOf(communeCode: string) {
  const rows = await t.db
    .select({ name: members.fullName })
    .from(members)
    .innerJoin(communes, eq(communes.id, members.communeId))
    .where(eq(communes.code, communeCode));
  return rows.map((r) => r.name);
}

describe("exportMembers", () => {
  it("writes every member of the viewer's commune (not one page), none of another, with a BOM and an audit row", async () => {
    const file = await exportMembers(t.db, haiVan, all, "csv", labels);
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.body);
    expect(text.startsWith("Họ và tên,Thành phần")).toBe(true);
    const haiVanNames = await namesOf("HAI-VAN");
    expect(haiVanNames.length).toBeGreaterThan(25);
    expect(file.rows).toBe(haiVanNames.length);
    expect(csvLines(file.body)).toHaveLength(haiVanNames.length + 1);
    const hoaXuanOnly = (await namesOf("HOA-XUAN")).filter((n) => !haiVanNames.includes(n));
    expect(hoaXuanOnly.length).toBeGreaterThan(0);
    for (const name of hoaXuanOnly) expect(text).not.toContain(name);
    expect(file.filename).toMatch(/^tinh-nguyen-vien-\d{4}-\d{2}-\d{2}\.csv$/);

    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "members"), eq(auditLog.action, "export"), eq(auditLog.userId, haiVan.id)));
    expect(audit?.communeId).toBe(haiVan.communeId);
  });

  it("applies the list's filters", async () => {
    const inactive = await exportMembers(t.db, hoaXuan, { ...all, active: "no" }, "csv", labels);
    const lines = csvLines(inactive.body).slice(1);
    for (const line of lines) expect(line).toContain("Ngừng hoạt động");
    const students = await exportMembers(t.db, hoaXuan, { ...all, kind: "student" }, "csv", labels);
    const rows = csvLines(students.body).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const line of rows) expect(line.split(",")[1]).toBe("kind:student");
  });

  it("writes an .xlsx with the same rows, a frozen header and real dates", async () => {
    const file = await exportMembers(t.db, haiVan, all, "xlsx", labels);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      file.body.buffer.slice(file.body.byteOffset, file.body.byteOffset + file.body.byteLength) as ArrayBuffer,
    );
    const sheet = book.getWorksheet("Tình nguyện viên")!;
    expect(sheet.rowCount).toBe(file.rows + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("Họ và tên");
    const joined = [...Array(file.rows).keys()]
      .map((i) => sheet.getRow(i + 2).getCell(5).value)
      .find((v) => v !== "" && v != null);
    expect(joined).toBeInstanceOf(Date);
  });
});
