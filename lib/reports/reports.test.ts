import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { createSupportRecord } from "@/lib/records/commands";
import { communeFixture, type CommuneFixture } from "@/lib/testing/support-fixtures";
import { viewerFor } from "@/lib/testing/viewers";
import { issueCommuneReport } from "./commands";
import { buildCommuneReport, figuresOf, villageTotals } from "./commune-report";
import { lastMonth } from "./period";
import { issuedReport, issuedReportList } from "./queries";

// The commune report's figures against a recount from raw support_records and mobile_desks (the
// report itself reads only rollups), and the issued report's snapshot against later records.

const today = "2026-11-21"; // vitest pins the demo to this seed day
const period = lastMonth(today); // October 2026: a whole month of demo records
let t: TestDatabase;
let secretary: Viewer;
let hv: CommuneFixture;

beforeAll(async () => {
  t = await createDemoDatabase();
  secretary = await viewerFor(t.db, "bithu.haivan");
  hv = await communeFixture(t.db, "HAI-VAN");
}, 240_000);
afterAll(() => t?.close());
const db = () => t.db;

async function rawTotals(communeId: number, from: string, to: string) {
  const [row] = await queryRows<Record<string, number>>(
    t.db,
    sql`select coalesce(sum(people_served),0)::int as "peopleServed", coalesce(sum(households_served),0)::int as "householdsServed",
               coalesce(sum(eid_activated),0)::int as "eidActivated", coalesce(sum(signatures_installed),0)::int as "signaturesInstalled",
               coalesce(sum(sims_given),0)::int as "simsGiven", coalesce(sum(dossiers_submitted),0)::int as "dossiersSubmitted"
        from support_records where commune_id = ${communeId} and served_on between ${from} and ${to}`,
  );
  return row!;
}

describe("the commune report", () => {
  it("totals equal a recount from the raw records, village by village and for the desks", async () => {
    const model = (await buildCommuneReport(secretary, hv.communeId, period, t.db))!;
    expect(model.unit).toMatchObject({
      communeId: hv.communeId,
      communeName: "Phường Hải Vân",
      provinceName: "Thành phố Đà Nẵng",
    });
    const raw = await rawTotals(hv.communeId, period.from, period.to);
    expect(raw.peopleServed).toBeGreaterThan(0);
    expect(model.counters.current).toEqual(raw);
    expect(model.trend.points.reduce((s, p) => s + p.householdsServed, 0)).toBe(raw.householdsServed);

    const perVillage = await queryRows<{ villageId: number; people: number; served: number }>(
      t.db,
      sql`select v.id as "villageId", coalesce(sum(r.people_served),0)::int as people, coalesce(sum(r.households_served),0)::int as served
          from villages v left join support_records r on r.village_id = v.id and r.served_on between ${period.from} and ${period.to}
          where v.commune_id = ${hv.communeId} and v.active group by v.id`,
    );
    expect(model.villages.map((v) => [v.villageId, v.peopleServed, v.householdsServed]).sort()).toEqual(
      perVillage.map((v) => [Number(v.villageId), v.people, v.served]).sort(),
    );
    expect(villageTotals(model).peopleServed).toBe(raw.peopleServed);

    const desks = await queryRows<{ held: number; planned: number }>(
      t.db,
      sql`select count(*) filter (where d.status = 'held')::int as held, count(*) filter (where d.status = 'planned')::int as planned
          from mobile_desks d join villages v on v.id = d.village_id
          where d.commune_id = ${hv.communeId} and v.remote and v.active
            and (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date between ${period.from} and ${period.to}`,
    );
    expect(model.desks.villages.reduce((s, v) => s + v.held, 0)).toBe(desks[0]!.held);
    expect(model.desks.villages.reduce((s, v) => s + v.planned, 0)).toBe(desks[0]!.planned);
    expect(desks[0]!.held).toBeGreaterThan(0);
  });

  it("an issued report keeps its figures after new records, and today's figures then differ", async () => {
    const issued = await issueCommuneReport(
      t.db,
      secretary,
      {
        communeId: String(hv.communeId),
        period: "month",
        at: period.from.slice(0, 7),
        assessment: "Đạt yêu cầu.",
        nextSteps: "Tiếp tục.",
        recipients: "- Lưu VP.",
        signer: "Nguyễn Văn A",
      },
      new Date(`${today}T01:15:00Z`),
    );
    expect(issued.number).toBe(1);
    const before = (await issuedReport(secretary, issued.id, t.db))!;
    const frozen = JSON.stringify(before.snapshot);
    const frozenModel = before.snapshot.model;
    if (frozenModel.kind !== "commune") throw new Error("a commune report was issued");
    expect(frozenModel.counters.current).toEqual(await rawTotals(hv.communeId, period.from, period.to));
    const audit = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where entity = 'report' and action = 'issue' and entity_id = ${String(issued.id)}`,
    );
    expect(audit[0]!.n).toBe(1);

    const household = hv.freshHouseholds[0]!;
    await createSupportRecord(
      t.db,
      secretary,
      {
        servedOn: "15/10/2026",
        channel: "door_to_door",
        villageId: String(household.villageId),
        householdCode: "",
        memberId: String(hv.memberIds[0]),
        procedures: ["eid_level2"],
        peopleServed: "4",
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
    const after = (await issuedReport(secretary, issued.id, t.db))!;
    expect(JSON.stringify(after.snapshot)).toBe(frozen);
    const now = (await buildCommuneReport(secretary, hv.communeId, period, t.db))!;
    expect(now.counters.current.peopleServed).toBe(frozenModel.counters.current.peopleServed + 4);
    expect(figuresOf(now)).not.toBe(figuresOf(after.snapshot.model));

    // Issuing the same period again supersedes the first; numbers run on.
    const second = await issueCommuneReport(t.db, secretary, {
      communeId: String(hv.communeId),
      period: "month",
      at: period.from.slice(0, 7),
      assessment: "Bản sửa.",
      nextSteps: "Tiếp tục.",
      recipients: "- Lưu VP.",
      signer: "Nguyễn Văn A",
    });
    expect(second).toMatchObject({ number: 2, superseded: [issued.id] });
    expect((await issuedReport(secretary, issued.id, t.db))!.supersededBy).toBe(second.id);
  });

  it("another commune's report, or its commune, does not exist for a secretary", async () => {
    const [row] = await queryRows<{ id: number }>(t.db, sql`select id from issued_reports order by id limit 1`);
    const other = await viewerFor(t.db, "bithu.hoaxuan");
    expect(await issuedReport(other, Number(row!.id), t.db)).toBeNull();
    expect(await issuedReportList(other, { communeId: null }, t.db)).toEqual([]);
    expect(await buildCommuneReport(other, hv.communeId, period, t.db)).toBeNull();
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    expect(await issuedReport(officer, Number(row!.id), t.db)).not.toBeNull();
    expect(await issuedReport(await viewerFor(t.db, "tinhdoan.cantho"), Number(row!.id), t.db)).toBeNull();

    const input = {
      communeId: String(hv.communeId),
      period: "month",
      at: "2026-10",
      assessment: "x",
      nextSteps: "x",
      recipients: "x",
      signer: "x",
    };
    await expect(issueCommuneReport(t.db, other, input)).rejects.toMatchObject({ key: "errors.notFound" });
    await expect(issueCommuneReport(t.db, await viewerFor(t.db, "giamdoc.haivan"), input)).rejects.toMatchObject({
      key: "errors.forbidden",
    });
    const bad = await issueCommuneReport(t.db, secretary, { ...input, assessment: " " }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ExpectedError);
    expect((bad as ExpectedError).fieldErrors?.assessment).toEqual(["reports.errors.assessmentRequired"]);
  });
});

describe("the document and its PDF", () => {
  it("carry the heading lines, the period, the signature block and the totals", async () => {
    const { createTranslator } = await import("next-intl");
    const { loadMessages } = await import("@/lib/i18n/catalogue");
    const { buildDocument } = await import("./document");
    const { reportPdf } = await import("./pdf");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const tr = createTranslator({
      locale: "vi",
      messages: loadMessages("vi"),
      namespace: "reports",
    } as never) as unknown as (k: string, v?: Record<string, string | number>) => string;
    const model = (await buildCommuneReport(secretary, hv.communeId, period, db(), new Date("2026-11-21T01:15:00Z")))!;
    const doc = buildDocument(
      model,
      { assessment: null, nextSteps: null, recipients: null, signer: "Nguyễn Văn A" },
      { number: null, dated: "2026-11-21" },
      tr,
      "vi",
    );
    expect(doc.parentBody).toBe("BCH ĐOÀN THÀNH PHỐ ĐÀ NẴNG");
    expect(doc.body).toBe("BCH ĐOÀN PHƯỜNG HẢI VÂN");
    expect(doc.placeDate).toBe("Hải Vân, ngày 21 tháng 11 năm 2026");
    expect(doc.title).toBe("Kết quả thực hiện mô hình “1+20” tháng 10 năm 2026");
    expect(doc.dataAsOf).toBe("(Số liệu tính đến 08:15 ngày 21/11/2026)");
    const bytes = await reportPdf(doc, { title: doc.title, author: "test" });
    // unpdf takes over the buffer it reads: give it a copy.
    const pdf = await getDocumentProxy(bytes.slice());
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const s of [
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "BCH ĐOÀN PHƯỜNG HẢI VÂN",
      "BÁO CÁO",
      "tháng 10 năm 2026",
      "T/M BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "Nguyễn Văn A",
      "Nơi nhận:",
    ])
      expect(flat).toContain(s);
    const people = (await rawTotals(hv.communeId, period.from, period.to)).peopleServed;
    expect(flat).toContain(new Intl.NumberFormat("vi-VN").format(people!));
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(6);
    if (process.env.REPORT_PDF_OUT)
      await (await import("node:fs/promises")).writeFile(process.env.REPORT_PDF_OUT, bytes);
  });
});
