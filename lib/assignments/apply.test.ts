import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog, communes, households, members } from "@/lib/db/schema";
import { seedDemo } from "@/lib/db/seed/demo";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { exportHouseholds, type ExportLabels } from "@/lib/households/export";
import { setMemberActive } from "@/lib/members/commands";
import { viewerFor } from "@/lib/testing/viewers";
import { balance } from "./balancer";
import { applyBalance } from "./commands";
import { loadBalancerState } from "./state";

// The balancer and the export on the demo data: Hải Vân's ~1,350 households and 70 volunteers.
let db: TestDatabase;
let haiVan: Viewer;
let haiVanId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.db);
  haiVan = await viewerFor(db.db, "bithu.haivan");
  haiVanId = haiVan.communeId!;
}, 240_000);
afterAll(() => db?.close());

const loads = async (communeId: number) =>
  db.db
    .select({ member: households.assignedMemberId, n: count() })
    .from(households)
    .where(eq(households.communeId, communeId))
    .groupBy(households.assignedMemberId);

describe("applying the balancer on the demo", () => {
  it("refuses another commune's secretary's fingerprint: nothing written in Hải Vân", async () => {
    const hoaXuan = await viewerFor(db.db, "bithu.hoaxuan");
    const haiVanPrint = (await loadBalancerState(db.db, haiVanId)).fingerprint;
    // Hòa Xuân's secretary naming Hải Vân's commune still works on Hòa Xuân only, so the print does not match.
    await expect(
      applyBalance(db.db, hoaXuan, { cap: "20", fingerprint: haiVanPrint, communeId: String(haiVanId) }),
    ).rejects.toBeInstanceOf(ExpectedError);
    expect(await db.db.select().from(auditLog).where(eq(auditLog.action, "apply_balance"))).toHaveLength(0);
  });

  it("after a deactivation, applies the proposal in one step: nobody over 20, the volunteer's households moved, one audit row", async () => {
    const [busiest] = await db.db
      .select({ id: members.id, n: count() })
      .from(members)
      .innerJoin(households, eq(households.assignedMemberId, members.id))
      .where(and(eq(members.communeId, haiVanId), eq(members.active, true)))
      .groupBy(members.id)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    await setMemberActive(db.db, haiVan, { id: busiest!.id, active: "false" });

    const state = await loadBalancerState(db.db, haiVanId);
    const expected = balance({ ...state, cap: 20 });
    expect(expected.filter((m) => m.fromVolunteerId === busiest!.id)).toHaveLength(busiest!.n);

    const { applied } = await applyBalance(db.db, haiVan, { cap: "20", fingerprint: state.fingerprint });
    expect(applied).toBe(expected.length);
    const after = await loads(haiVanId);
    expect(after.find((l) => l.member === busiest!.id)).toBeUndefined();
    for (const l of after) if (l.member != null) expect(l.n).toBeLessThanOrEqual(20);
    const audits = await db.db.select().from(auditLog).where(eq(auditLog.action, "apply_balance"));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ userId: haiVan.id, communeId: haiVanId });

    // Applied once, the next proposal is empty (stability on real data).
    expect(balance({ ...(await loadBalancerState(db.db, haiVanId)), cap: 20 })).toEqual([]);
  });
});

describe("exporting the household list", () => {
  const labels: ExportLabels = {
    columns: ["Mã hộ", "Chủ hộ", "Thôn", "Cao tuổi", "Nghèo", "DTTS", "ĐTTM", "Thành thạo", "TNV", "Tiếp cận"],
    yes: "Có",
    no: "Không",
    sheet: "Hộ",
  };
  const filters = { flags: [], sort: "code" as const, dir: "asc" as const, page: 1 };

  it("writes CSV with a BOM, only the viewer's commune, and an audit row", async () => {
    const before = (await db.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "export")))[0]!.n;
    const file = await exportHouseholds(db.db, haiVan, filters, "csv", labels);
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.body);
    expect(text.split("\r\n")[0]).toBe("\uFEFFMã hộ,Chủ hộ,Thôn,Cao tuổi,Nghèo,DTTS,ĐTTM,Thành thạo,TNV,Tiếp cận");
    const n = (await db.db.select({ n: count() }).from(households).where(eq(households.communeId, haiVanId)))[0]!.n;
    expect(file.rows).toBe(n);
    const [hoaXuan] = await db.db.select({ id: communes.id }).from(communes).where(eq(communes.code, "HOA-XUAN"));
    const [foreign] = await db.db
      .select({ code: households.code })
      .from(households)
      .where(eq(households.communeId, hoaXuan!.id))
      .limit(1);
    expect(text).not.toContain(foreign!.code);
    const after = (await db.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "export")))[0]!.n;
    expect(after).toBe(before + 1);
  });

  it("writes a real .xlsx (zip) and refuses roles without households.export", async () => {
    const file = await exportHouseholds(db.db, haiVan, { ...filters, flags: ["notReached"] }, "xlsx", labels);
    expect(String.fromCharCode(file.body[0]!, file.body[1]!)).toBe("PK");
    const director = await viewerFor(db.db, "giamdoc.haivan");
    await expect(exportHouseholds(db.db, director, filters, "csv", labels)).rejects.toMatchObject({
      key: "errors.forbidden",
    });
  });
});
