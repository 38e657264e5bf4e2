import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { vietnamHolidays } from "@/lib/core/vietnam-holidays";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { createSupportRecord } from "@/lib/records/commands";
import { communeFixture, type CommuneFixture } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { buildCenterReport } from "./center-report";
import { issueCenterReport, issueCommuneReport } from "./commands";
import { reportCounters } from "./commune-report-types";
import { figuresOf } from "./figures";
import { lastMonth } from "./period";
import { issuedReport, issuedReportList } from "./queries";

// The service-center director's report against recounts made here from the raw rows
// (support_records of channel "center", duty_roster_entries, mobile_desk_staff; the report reads
// the rollups and lib/roster/gaps.ts), its scope, and issuing it.

const today = "2026-11-21"; // vitest pins the demo to this seed day
const period = lastMonth(today); // October 2026
let t: TestDatabase;
let director: Viewer;
let hv: CommuneFixture;
let hvCenter: number;
let hxCenter: number;

beforeAll(async () => {
  t = await createDemoDatabase();
  director = await viewerFor(t.db, "giamdoc.haivan");
  hv = await communeFixture(t.db, "HAI-VAN");
  const centers = await queryRows<{ id: number; code: string }>(
    t.db,
    sql`select s.id, c.code from service_centers s join communes c on c.id = s.commune_id order by s.id`,
  );
  hvCenter = Number(centers.find((c) => c.code === "HAI-VAN")!.id);
  hxCenter = Number(centers.find((c) => c.code === "HOA-XUAN")!.id);
}, 240_000);
afterAll(() => t?.close());

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

async function rawCenterTotals(communeId: number) {
  const columns = reportCounters.map((c) => sql.raw(`coalesce(sum(${snake(c)}),0)::int as "${c}"`));
  const [row] = await queryRows<Record<string, number>>(
    t.db,
    sql`select ${sql.join(columns, sql`, `)}, count(*)::int as records, count(distinct served_on)::int as days
        from support_records where commune_id = ${communeId} and channel = 'center'
          and served_on between ${period.from} and ${period.to}`,
  );
  return row!;
}

describe("the center report", () => {
  it("its figures equal a recount from the raw records, roster and desk staff", async () => {
    const model = (await buildCenterReport(director, { communeId: hv.communeId, centerId: null }, period, t.db))!;
    expect(model.unit).toMatchObject({
      centerId: hvCenter,
      centerName: "Trung tâm Phục vụ hành chính công phường Hải Vân",
      communeName: "Phường Hải Vân",
      provinceName: "Thành phố Đà Nẵng",
    });

    // Support at the center.
    const raw = await rawCenterTotals(hv.communeId);
    expect(raw.peopleServed).toBeGreaterThan(0);
    for (const c of reportCounters) expect(model.records.current[c], c).toBe(raw[c]);
    expect(model.records.count).toBe(raw.records);
    expect(model.records.days).toBe(raw.days);
    expect(model.trend.unit).toBe("day");
    expect(model.trend.points.reduce((s, p) => s + p.peopleServed, 0)).toBe(raw.peopleServed);
    expect(model.trend.points.reduce((s, p) => s + p.records, 0)).toBe(raw.records);
    const procedures = await queryRows<{ code: string; n: number }>(
      t.db,
      sql`select p.procedure_code as code, count(*)::int as n from support_record_procedures p
          join support_records r on r.id = p.record_id
          where r.commune_id = ${hv.communeId} and r.channel = 'center' and r.served_on between ${period.from} and ${period.to}
          group by 1`,
    );
    expect(new Map(model.procedures.map((p) => [p.code, p.records]))).toEqual(
      new Map(procedures.map((p) => [p.code, p.n])),
    );

    // The roster: shifts and days per member, and gaps on the open weekdays (the center is
    // closed on weekends and public holidays).
    const perMember = await queryRows<{ id: number; m: number; a: number; f: number; d: number }>(
      t.db,
      sql`select member_id as id, count(*) filter (where shift = 'morning')::int as m,
                 count(*) filter (where shift = 'afternoon')::int as a, count(*) filter (where shift = 'full_day')::int as f,
                 count(distinct day)::int as d
          from duty_roster_entries where service_center_id = ${hvCenter} and day between ${period.from} and ${period.to}
          group by member_id`,
    );
    expect(perMember.length).toBeGreaterThan(0);
    expect(model.helpers.map((h) => [h.memberId, h.morning, h.afternoon, h.fullDay, h.days]).sort()).toEqual(
      perMember.map((r) => [Number(r.id), r.m, r.a, r.f, r.d]).sort(),
    );
    const holidays = [...vietnamHolidays([2026])];
    const byDay = await queryRows<{ day: string; people: number; need: number }>(
      t.db,
      sql`select d::date::text as day, count(distinct e.member_id)::int as people, s.duty_per_day as need
          from generate_series(${period.from}::date, ${period.to}::date, interval '1 day') d
          cross join service_centers s
          left join duty_roster_entries e on e.service_center_id = s.id and e.day = d::date
          where s.id = ${hvCenter} and extract(isodow from d) < 6
            and not (d::date::text = any(${`{${holidays.join(",")}}`}::text[]))
          group by d, s.duty_per_day order by d`,
    );
    expect(model.roster.months).toHaveLength(1);
    const month = model.roster.months[0]!;
    expect(month.openDays).toBe(byDay.length);
    expect(month.peopleNeeded).toBe(byDay.reduce((s, r) => s + r.need, 0));
    expect(month.peopleOnDuty).toBe(byDay.reduce((s, r) => s + r.people, 0));
    expect(model.roster.gaps).toEqual(
      byDay.filter((r) => r.people < r.need).map((r) => ({ day: r.day, need: r.need, have: r.people })),
    );
    expect(month.staffedDays).toBe(byDay.filter((r) => r.people >= r.need).length);
    const [shifts] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from duty_roster_entries where service_center_id = ${hvCenter} and day between ${period.from} and ${period.to}`,
    );
    expect(month.shifts).toBe(shifts!.n);

    // Civil servants at mobile desks.
    const staff = await queryRows<{ id: number; held: number; planned: number }>(
      t.db,
      sql`select s.member_id as id, count(*) filter (where d.status = 'held')::int as held,
                 count(*) filter (where d.status = 'planned')::int as planned
          from mobile_desk_staff s join mobile_desks d on d.id = s.desk_id
          where s.commune_id = ${hv.communeId} and s.role = 'civil_servant' and d.status <> 'cancelled'
            and (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date between ${period.from} and ${period.to}
          group by s.member_id`,
    );
    expect(model.desks.civilServants.map((c) => [c.memberId, c.held, c.planned]).sort()).toEqual(
      staff.map((r) => [Number(r.id), r.held, r.planned]).sort(),
    );
    const [desks] = await queryRows<{ held: number }>(
      t.db,
      sql`select count(*) filter (where d.status = 'held')::int as held from mobile_desks d
          where d.commune_id = ${hv.communeId}
            and (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date between ${period.from} and ${period.to}
            and exists (select 1 from mobile_desk_staff s where s.desk_id = d.id and s.role = 'civil_servant')`,
    );
    expect(model.desks.held).toBe(desks!.held);
  });

  it("exists only in scope: another commune's center is not there", async () => {
    const admin = await viewerFor(t.db, "admin");
    const other = await viewerFor(t.db, "bithu.hoaxuan");
    expect(await buildCenterReport(director, { communeId: null, centerId: hxCenter }, period, t.db)).toBeNull();
    // A center of another commune named with one's own commune: not there either.
    expect(await buildCenterReport(director, { communeId: hv.communeId, centerId: hxCenter }, period, t.db)).toBeNull();
    expect(await buildCenterReport(other, { communeId: null, centerId: hvCenter }, period, t.db)).toBeNull();
    expect(
      await buildCenterReport(
        await viewerFor(t.db, "tinhdoan.cantho"),
        { communeId: null, centerId: hvCenter },
        period,
        t.db,
      ),
    ).toBeNull();
    expect(await buildCenterReport(admin, { communeId: null, centerId: null }, period, t.db)).toBeNull();
    expect((await buildCenterReport(admin, { communeId: null, centerId: hxCenter }, period, t.db))?.unit.centerId).toBe(
      hxCenter,
    );
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    expect(
      (await buildCenterReport(officer, { communeId: null, centerId: hvCenter }, period, t.db))?.unit.centerId,
    ).toBe(hvCenter);
  });

  it("issuing freezes the figures; the secretary and the province read it, other communes do not", async () => {
    const input = {
      centerId: String(hvCenter),
      period: "month",
      at: "2026-10",
      assessment: "Trung tâm bố trí đủ người trực.",
      nextSteps: "Tăng cường ca chiều.",
      recipients: "- UBND phường Hải Vân;\n- Lưu: VT.",
      signer: "Trần Thị Minh Thư",
    };
    const secretary = await viewerFor(t.db, "bithu.haivan");
    await expect(issueCenterReport(t.db, secretary, input)).rejects.toMatchObject({ key: "errors.forbidden" });
    await expect(
      issueCenterReport(t.db, director, { ...input, centerId: String(hxCenter) }, new Date(`${today}T01:00:00Z`)),
    ).rejects.toMatchObject({ key: "errors.notFound" });
    const [{ n: before }] = (await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from issued_reports`,
    )) as [{ n: number }];
    expect(before).toBe(0);

    const issued = await issueCenterReport(t.db, director, input, new Date(`${today}T01:15:00Z`));
    expect(issued.number).toBe(1);
    const row = (await issuedReport(director, issued.id, t.db))!;
    expect(row.snapshot.model.kind).toBe("center");
    expect(row.snapshot.signer).toBe("Trần Thị Minh Thư");
    const frozen = JSON.stringify(row.snapshot);
    const [kind] = await queryRows<{ kind: string; commune_id: number }>(
      t.db,
      sql`select kind, commune_id from issued_reports where id = ${issued.id}`,
    );
    expect(kind).toMatchObject({ kind: "center", commune_id: hv.communeId });

    // Read in scope: the commune's secretary and the province's officer, not another commune or province.
    expect(await issuedReport(secretary, issued.id, t.db)).not.toBeNull();
    expect(await issuedReport(await viewerFor(t.db, "tinhdoan.danang"), issued.id, t.db)).not.toBeNull();
    expect(await issuedReport(await viewerFor(t.db, "bithu.hoaxuan"), issued.id, t.db)).toBeNull();
    expect(await issuedReport(await viewerFor(t.db, "tinhdoan.cantho"), issued.id, t.db)).toBeNull();
    const listed = (await issuedReportList(secretary, { communeId: null }, t.db)).find((r) => r.id === issued.id);
    expect(listed).toMatchObject({ kind: "center", communeName: "Trung tâm Phục vụ hành chính công phường Hải Vân" });

    // A record at the center afterwards: the issued report keeps its figures, today's differ.
    await createSupportRecord(
      t.db,
      director,
      {
        servedOn: "15/10/2026",
        channel: "center",
        villageId: String(hv.villageIds[0]),
        householdCode: "",
        memberId: String(hv.memberIds[0]),
        procedures: ["eid_level2"],
        peopleServed: "5",
        householdsServed: "1",
        eidActivated: "1",
        signaturesInstalled: "0",
        simsGiven: "0",
        dossiersSubmitted: "0",
        paymentAppsInstalled: "0",
        smartphonesDonated: "0",
        note: "",
      },
      { today },
    );
    const after = (await issuedReport(director, issued.id, t.db))!;
    expect(JSON.stringify(after.snapshot)).toBe(frozen);
    const now = (await buildCenterReport(director, { communeId: null, centerId: hvCenter }, period, t.db))!;
    expect(now.records.current.peopleServed).toBe(
      row.snapshot.model.kind === "center" ? row.snapshot.model.records.current.peopleServed + 5 : -1,
    );
    expect(figuresOf(now)).not.toBe(figuresOf(after.snapshot.model));

    // Issuing again supersedes it; the commune report's numbers are its own.
    const second = await issueCenterReport(t.db, director, { ...input, assessment: "Bản sửa." });
    expect(second).toMatchObject({ number: 2, superseded: [issued.id] });
    const commune = await issueCommuneReport(t.db, secretary, {
      communeId: String(hv.communeId),
      period: "month",
      at: "2026-10",
      assessment: "x",
      nextSteps: "x",
      recipients: "x",
      signer: "x",
    });
    expect(commune).toMatchObject({ number: 1, superseded: [] });
    expect((await issuedReport(director, second.id, t.db))!.supersededBy).toBeNull();
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where entity = 'report' and action = 'issue' and entity_id = ${String(issued.id)} and changes #>> '{details,after,kind}' = 'center'`,
    );
    expect(audit!.n).toBe(1);
  });

  it("the document and its PDF carry the heading lines, the period, the signature block and the total", async () => {
    const { createTranslator } = await import("next-intl");
    const { loadMessages } = await import("@/lib/i18n/catalogue");
    const { buildCenterDocument } = await import("./center-document");
    const { reportPdf } = await import("./pdf");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const tr = createTranslator({
      locale: "vi",
      messages: loadMessages("vi"),
      namespace: "reports",
    } as never) as unknown as (k: string, v?: Record<string, string | number>) => string;
    const model = (await buildCenterReport(
      director,
      { communeId: hv.communeId, centerId: null },
      period,
      t.db,
      new Date("2026-11-21T01:15:00Z"),
    ))!;
    const doc = buildCenterDocument(
      model,
      { assessment: null, nextSteps: null, recipients: null, signer: "Trần Thị Minh Thư" },
      { number: 3, dated: "2026-11-21" },
      tr,
      "vi",
    );
    expect(doc.parentBody).toBe("UBND PHƯỜNG HẢI VÂN");
    expect(doc.body).toBe("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
    expect(doc.number).toBe("Số: 03/BC-TTPVHCC");
    expect(doc.placeDate).toBe("Hải Vân, ngày 21 tháng 11 năm 2026");
    expect(doc.title).toBe("Kết quả hỗ trợ người dân tại Trung tâm Phục vụ hành chính công tháng 10 năm 2026");
    expect(doc.signature).toEqual({ onBehalf: "", title: "GIÁM ĐỐC", name: "Trần Thị Minh Thư" });
    const vi = new Intl.NumberFormat("vi-VN");
    const people = model.records.current.peopleServed;
    const headline = doc.blocks.find((b) => b.type === "table" && b.id === "center-records");
    if (headline?.type !== "table") throw new Error("no records table");
    expect(headline.rows[0]![1]).toBe(vi.format(people));
    const helpers = doc.blocks.find((b) => b.type === "table" && b.id === "center-helpers");
    if (helpers?.type !== "table") throw new Error("no helpers table");
    const parse = (s: string) => Number(s.replace(/\./g, ""));
    for (let col = 2; col < helpers.head.length; col++)
      expect(parse(helpers.total![col]!)).toBe(helpers.rows.reduce((s, r) => s + parse(r[col]!), 0));

    const bytes = await reportPdf(doc, { title: doc.title, author: "test" });
    const pdf = await getDocumentProxy(bytes.slice());
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const s of [
      "UBND PHƯỜNG HẢI VÂN",
      "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 03/BC-TTPVHCC",
      "tháng 10 năm 2026",
      "GIÁM ĐỐC",
      "Trần Thị Minh Thư",
      "Nơi nhận:",
      vi.format(people),
    ])
      expect(flat).toContain(s);
    expect(flat).not.toContain("T/M");
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(6);
    if (process.env.REPORT_PDF_OUT)
      await (await import("node:fs/promises")).writeFile(process.env.REPORT_PDF_OUT, bytes);
  });
});
