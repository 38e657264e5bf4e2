import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { issueProvinceReport } from "./commands";
import { reportCounters } from "./commune-report-types";
import { figuresOf } from "./figures";
import { lastMonth } from "./period";
import { buildProvinceReport } from "./province-report";
import { provinceTotals } from "./province-totals";
import { issuedReport, issuedReportList } from "./queries";

// The province report's figures against a recount from raw support_records and mobile_desks (the
// report reads only the overview's rollups), its scope, and issuing it.

const today = "2026-11-21"; // vitest pins the demo to this seed day
const period = lastMonth(today); // October 2026
let t: TestDatabase;
let officer: Viewer;
let daNang: number;
let canTho: number;

beforeAll(async () => {
  t = await createDemoDatabase();
  officer = await viewerFor(t.db, "tinhdoan.danang");
  const rows = await queryRows<{ id: number; code: string }>(t.db, sql`select id, code from provinces`);
  daNang = Number(rows.find((r) => r.code === "DA-NANG")!.id);
  canTho = Number(rows.find((r) => r.code === "CAN-THO")!.id);
}, 240_000);
afterAll(() => t?.close());

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

describe("the province report", () => {
  it("each commune's figures and the total row equal a recount from the raw records", async () => {
    const model = (await buildProvinceReport(officer, null, period, t.db))!;
    expect(model.unit).toEqual({ provinceId: daNang, provinceName: "Thành phố Đà Nẵng" });
    const columns = reportCounters.map((c) => sql.raw(`coalesce(sum(r.${snake(c)}),0)::int as "${c}"`));
    const raw = await queryRows<Record<string, number> & { communeId: number }>(
      t.db,
      sql`select c.id as "communeId", ${sql.join(columns, sql`, `)}
          from communes c left join support_records r on r.commune_id = c.id and r.served_on between ${period.from} and ${period.to}
          where c.province_id = ${daNang} and c.active group by c.id`,
    );
    expect(model.communes.map((c) => c.communeId).sort()).toEqual(raw.map((r) => Number(r.communeId)).sort());
    for (const r of raw) {
      const line = model.communes.find((c) => c.communeId === Number(r.communeId))!;
      for (const c of reportCounters) expect(line.counters[c], `${line.name} ${c}`).toBe(r[c]);
    }
    const totals = provinceTotals(model);
    for (const c of reportCounters) expect(totals.counters[c]).toBe(raw.reduce((s, r) => s + r[c]!, 0));
    expect(totals.counters.peopleServed).toBeGreaterThan(0);
    // The trend's buckets add up to the same total.
    expect(model.trend.points.reduce((s, p) => s + p.householdsServed, 0)).toBe(totals.counters.householdsServed);

    const [desks] = await queryRows<{ held: number; planned: number }>(
      t.db,
      sql`select count(*) filter (where d.status = 'held')::int as held, count(*) filter (where d.status = 'planned')::int as planned
          from mobile_desks d join villages v on v.id = d.village_id join communes c on c.id = v.commune_id
          where c.province_id = ${daNang} and v.remote and v.active and c.active
            and (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date between ${period.from} and ${period.to}`,
    );
    expect(totals.desksHeld).toBe(desks!.held);
    expect(totals.desksPlanned).toBe(desks!.planned);
    expect(desks!.held).toBeGreaterThan(0);

    const [households] = await queryRows<{ n: number }>(
      t.db,
      sql`select coalesce(sum(v.households_total),0)::int as n from villages v join communes c on c.id = v.commune_id
          where c.province_id = ${daNang} and v.active and c.active`,
    );
    expect(totals.householdsTotal).toBe(households!.n);

    // Ranks are 1..n, by coverage.
    const ranked = [...model.communes].sort((a, b) => a.rank - b.rank);
    expect(ranked.map((c) => c.rank)).toEqual(model.communes.map((_, i) => i + 1));
    const cov = (c: (typeof ranked)[number]) => (c.householdsTotal > 0 ? c.reached / c.householdsTotal : -1);
    for (let i = 1; i < ranked.length; i++) expect(cov(ranked[i - 1]!)).toBeGreaterThanOrEqual(cov(ranked[i]!));
  });

  it("exists only for the province's officer and an admin", async () => {
    const secretary = await viewerFor(t.db, "bithu.haivan");
    expect(await buildProvinceReport(secretary, null, period, t.db)).toBeNull();
    expect(await buildProvinceReport(secretary, daNang, period, t.db)).toBeNull();
    expect(await buildProvinceReport(await viewerFor(t.db, "giamdoc.haivan"), daNang, period, t.db)).toBeNull();
    expect(await buildProvinceReport(officer, canTho, period, t.db)).toBeNull();
    expect(await buildProvinceReport(officer, "invalid", period, t.db)).toBeNull();
    expect((await buildProvinceReport(officer, daNang, period, t.db))?.unit.provinceId).toBe(daNang);
    const admin = await viewerFor(t.db, "admin");
    expect((await buildProvinceReport(admin, canTho, period, t.db))?.unit.provinceId).toBe(canTho);
  });

  it("issuing freezes it; only the province's officer and an admin see the issued report", async () => {
    const input = {
      provinceId: String(daNang),
      period: "month",
      at: "2026-10",
      assessment: "Các đơn vị hoàn thành tốt.",
      nextSteps: "Tiếp tục.",
      recipients: "- Lưu VP.",
      signer: "Trần Thị B",
    };
    const issued = await issueProvinceReport(t.db, officer, input, new Date(`${today}T01:15:00Z`));
    expect(issued.number).toBe(1);
    const row = (await issuedReport(officer, issued.id, t.db))!;
    expect(row.snapshot.model.kind).toBe("province");
    const now = (await buildProvinceReport(officer, daNang, period, t.db))!;
    expect(figuresOf(now)).toBe(figuresOf(row.snapshot.model));
    expect((await issuedReportList(officer, { communeId: null }, t.db)).map((r) => r.id)).toContain(issued.id);
    expect(await issuedReport(await viewerFor(t.db, "bithu.haivan"), issued.id, t.db)).toBeNull();
    expect(await issuedReport(await viewerFor(t.db, "tinhdoan.cantho"), issued.id, t.db)).toBeNull();
    expect(await issuedReport(await viewerFor(t.db, "admin"), issued.id, t.db)).not.toBeNull();
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where entity = 'report' and action = 'issue' and entity_id = ${String(issued.id)}`,
    );
    expect(audit!.n).toBe(1);
    const second = await issueProvinceReport(t.db, officer, input, new Date(`${today}T02:00:00Z`));
    expect(second.number).toBe(2);
    expect(second.superseded).toEqual([issued.id]);
    await expect(issueProvinceReport(t.db, officer, { ...input, provinceId: String(canTho) })).rejects.toMatchObject({
      key: "errors.notFound",
    });
    await expect(issueProvinceReport(t.db, await viewerFor(t.db, "bithu.haivan"), input)).rejects.toMatchObject({
      key: "errors.forbidden",
    });
  });

  it("the document and its PDF carry the heading lines, the period, the signature block and the total", async () => {
    const { createTranslator } = await import("next-intl");
    const { loadMessages } = await import("@/lib/i18n/catalogue");
    const { buildProvinceDocument } = await import("./province-document");
    const { reportPdf } = await import("./pdf");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const tr = createTranslator({
      locale: "vi",
      messages: loadMessages("vi"),
      namespace: "reports",
    } as never) as unknown as (k: string, v?: Record<string, string | number>) => string;
    const model = (await buildProvinceReport(officer, null, period, t.db, new Date("2026-11-21T01:15:00Z")))!;
    const doc = buildProvinceDocument(
      model,
      { assessment: null, nextSteps: null, recipients: null, signer: "Trần Thị B" },
      { number: 7, dated: "2026-11-21" },
      tr,
      "vi",
    );
    expect(doc.body).toBe("BCH ĐOÀN THÀNH PHỐ ĐÀ NẴNG");
    expect(doc.number).toBe("Số: 07-BC/TĐTN");
    expect(doc.placeDate).toBe("Đà Nẵng, ngày 21 tháng 11 năm 2026");
    expect(doc.title).toBe("Kết quả thực hiện mô hình “1+20” tháng 10 năm 2026 trên địa bàn thành phố");
    const table = doc.blocks.find((b) => b.type === "table" && b.id === "communes");
    if (table?.type !== "table") throw new Error("no commune table");
    const vi = new Intl.NumberFormat("vi-VN");
    const people = provinceTotals(model).counters.peopleServed;
    expect(table.rows).toHaveLength(model.communes.length);
    expect(table.total?.[1]).toBe(vi.format(people));
    // The total row is the sum of the rows above it.
    const parse = (s: string) => Number(s.replace(/\./g, ""));
    for (let col = 1; col < table.head.length; col++)
      expect(parse(table.total![col]!)).toBe(table.rows.reduce((s, r) => s + parse(r[col]!), 0));

    const bytes = await reportPdf(doc, { title: doc.title, author: "test" });
    const pdf = await getDocumentProxy(bytes.slice());
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const s of [
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "BCH ĐOÀN THÀNH PHỐ ĐÀ NẴNG",
      "Số: 07-BC/TĐTN",
      "tháng 10 năm 2026",
      "T/M BAN THƯỜNG VỤ",
      "Trần Thị B",
      "Nơi nhận:",
      vi.format(people),
    ])
      expect(flat).toContain(s);
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(totalPages).toBeLessThanOrEqual(8);
    if (process.env.REPORT_PDF_OUT)
      await (await import("node:fs/promises")).writeFile(process.env.REPORT_PDF_OUT, bytes);
  });
});
