import { and, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog, dutyRosterEntries, rosterSwapRequests, serviceCenters } from "@/lib/db/schema";
import { addDays } from "@/lib/db/seed/demo-calendar";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { todayInVietnam } from "@/lib/i18n/format";
import { viewerFor } from "@/lib/testing/viewers";
import { checkSwapPair, swapEntries, updateEntry, type Entry } from "./commands";
import { generateForPeriod } from "./generate";
import { monthEnd, monthStart } from "./period";
import { swapRequestsFor, centerById } from "./queries";
import { acceptSwap, declineSwap, proposeSwap, withdrawSwap } from "./swap-requests";

// Swap proposals on the seeded demo: the Hải Vân secretary proposes, the Hải Vân director accepts
// (both entries change), declines or finds the proposal stale; the proposer withdraws. Other
// communes' ids are not found, the provincial officer writes nothing, and no refusal leaves a row.

let t: TestDatabase;
let director: Viewer;
let secretary: Viewer;
let center: number;
// A month wholly in the future, whatever day the demo was seeded on.
const from = monthStart(addDays(todayInVietnam(), 40));
const to = monthEnd(from);

beforeAll(async () => {
  t = await createDemoDatabase();
  director = await viewerFor(t.db, "giamdoc.haivan");
  secretary = await viewerFor(t.db, "bithu.haivan");
  center = (
    await t.db
      .select({ id: serviceCenters.id })
      .from(serviceCenters)
      .where(eq(serviceCenters.communeId, director.communeId!))
      .limit(1)
  )[0]!.id;
  await generateForPeriod(t.db, director, {
    centerId: String(center),
    from,
    to,
    mode: "pool",
    perDay: "2",
    saturday: "0",
    sunday: "0",
  });
});
afterAll(() => t?.close());

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

const entries = () =>
  t.db
    .select()
    .from(dutyRosterEntries)
    .where(
      and(
        eq(dutyRosterEntries.serviceCenterId, center),
        gte(dutyRosterEntries.day, from),
        lte(dutyRosterEntries.day, to),
      ),
    )
    .orderBy(dutyRosterEntries.day, dutyRosterEntries.id);
const entry = async (id: number) =>
  (await t.db.select().from(dutyRosterEntries).where(eq(dutyRosterEntries.id, id)))[0]!;
const request = async (id: number) =>
  (await t.db.select().from(rosterSwapRequests).where(eq(rosterSwapRequests.id, id)))[0]!;
const requestCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(rosterSwapRequests))[0]!.n;
const auditOf = (entity: string, action: string, entityId: string | number) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))));

/** Two entries that may trade members (different days and members, each free on the other's day), not yet used. */
const used = new Set<number>();
async function pair(): Promise<[Entry, Entry]> {
  const all = await entries();
  for (const a of all) {
    for (const b of all) {
      if (used.has(a.id) || used.has(b.id) || a.id === b.id || a.day === b.day || a.memberId === b.memberId) continue;
      if (
        all.some(
          (x) => (x.day === a.day && x.memberId === b.memberId) || (x.day === b.day && x.memberId === a.memberId),
        )
      )
        continue;
      const free = await t.db
        .transaction(async (tx) => {
          await checkSwapPair(tx, a, b);
          return true;
        })
        .catch(() => false);
      if (!free) continue;
      used.add(a.id).add(b.id);
      return [a, b];
    }
  }
  throw new Error("no swappable pair left");
}
const proposal = (a: Entry, b: Entry, reason = "Đoàn viên bận thi học kỳ") => ({
  firstId: String(a.id),
  firstVersion: String(a.version),
  secondId: String(b.id),
  secondVersion: String(b.version),
  reason,
});

describe("swap proposals", () => {
  it("the secretary proposes, the director accepts: both entries trade members in one go, audited", async () => {
    const [a, b] = await pair();
    const proposed = await proposeSwap(t.db, secretary, proposal(a, b));
    expect(proposed).toMatchObject({ status: "pending", proposedBy: secretary.id, communeId: secretary.communeId });
    expect(await auditOf("roster_swap_request", "propose", proposed.id)).toHaveLength(1);
    // Proposing does not touch the roster.
    expect(await entry(a.id)).toEqual(a);

    // The director sees it pending on the center's page.
    const listed = await swapRequestsFor(director, (await centerById(director, center))!);
    expect(listed.pending.map((r) => r.id)).toContain(proposed.id);

    const accepted = await acceptSwap(t.db, director, { id: proposed.id, version: proposed.version });
    expect(accepted).toMatchObject({ status: "accepted", decidedBy: director.id, version: proposed.version + 1 });
    expect(accepted.decidedAt).not.toBeNull();
    const [x, y] = [await entry(a.id), await entry(b.id)];
    expect([x.memberId, y.memberId]).toEqual([b.memberId, a.memberId]);
    expect([x.version, y.version]).toEqual([a.version + 1, b.version + 1]);
    expect(await auditOf("roster_swap_request", "accept", proposed.id)).toHaveLength(1);
    expect(await auditOf("roster_entry", "swap", `${a.id},${b.id}`)).toHaveLength(1);

    // Accepting twice is refused plainly.
    expect(await rejection(acceptSwap(t.db, director, { id: proposed.id, version: accepted.version }))).toMatchObject({
      key: "roster.swapRequests.notPending",
    });
  });

  it("refuses to accept after an entry changed since the proposal, and changes nothing", async () => {
    const [a, b] = await pair();
    const proposed = await proposeSwap(t.db, secretary, proposal(a, b));
    // The director edits the first entry's task meanwhile: its version moves on.
    const edited = await updateEntry(t.db, director, {
      id: a.id,
      version: a.version,
      day: a.day,
      shift: a.shift,
      memberId: a.memberId,
      task: "Tra cứu mã hồ sơ",
    });
    const swapsBefore = (await t.db.select().from(auditLog).where(eq(auditLog.action, "swap"))).length;
    expect(await rejection(acceptSwap(t.db, director, { id: proposed.id, version: proposed.version }))).toMatchObject({
      key: "roster.swapRequests.stale",
    });
    expect(await entry(a.id)).toEqual(edited);
    expect(await entry(b.id)).toEqual(b);
    expect(await request(proposed.id)).toMatchObject({ status: "pending", version: proposed.version });
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, "swap"))).length).toBe(swapsBefore);
    expect(await auditOf("roster_swap_request", "accept", proposed.id)).toHaveLength(0);

    // ...so the director declines it, saying why (a note is required).
    expect(
      await rejection(declineSwap(t.db, director, { id: proposed.id, version: proposed.version, note: "  " })),
    ).toMatchObject({ fields: { note: ["roster.errors.swapNoteRequired"] } });
    const declined = await declineSwap(t.db, director, {
      id: proposed.id,
      version: proposed.version,
      note: "Lịch đã thay đổi, đề nghị đề xuất lại.",
    });
    expect(declined).toMatchObject({ status: "declined", decisionNote: "Lịch đã thay đổi, đề nghị đề xuất lại." });
    expect(await auditOf("roster_swap_request", "decline", proposed.id)).toHaveLength(1);
    expect(await entry(b.id)).toEqual(b);
  });

  it("lets the proposer withdraw while pending, and nobody else", async () => {
    const [a, b] = await pair();
    const proposed = await proposeSwap(t.db, secretary, proposal(a, b));
    const ref = { id: proposed.id, version: proposed.version };
    expect(await rejection(withdrawSwap(t.db, director, ref))).toMatchObject({ key: "errors.forbidden" });
    expect(await rejection(withdrawSwap(t.db, await viewerFor(t.db, "bithu.cairang"), ref))).toMatchObject({
      key: "errors.notFound",
    });
    // A stale form (the proposal moved on) is a conflict.
    expect(await rejection(withdrawSwap(t.db, secretary, { ...ref, version: ref.version + 5 }))).toMatchObject({
      key: "errors.conflict",
    });
    const withdrawn = await withdrawSwap(t.db, secretary, ref);
    expect(withdrawn).toMatchObject({ status: "withdrawn", decidedBy: secretary.id });
    expect(await auditOf("roster_swap_request", "withdraw", proposed.id)).toHaveLength(1);
    expect(await rejection(acceptSwap(t.db, director, { id: proposed.id, version: withdrawn.version }))).toMatchObject({
      key: "roster.swapRequests.notPending",
    });
    expect(await entry(a.id)).toEqual(a);
  });

  it("validates a proposal like the director's swap, with a field error each, writing nothing", async () => {
    const all = await entries();
    const [a, b] = await pair();
    const sameMember = all.find((e) => e.memberId === a.memberId && e.id !== a.id)!;
    const sameShift = all.find((e) => e.day === a.day && e.shift === a.shift && e.id !== a.id)!;
    const [past] = await t.db
      .select()
      .from(dutyRosterEntries)
      .where(and(eq(dutyRosterEntries.serviceCenterId, center), lt(dutyRosterEntries.day, todayInVietnam())))
      .limit(1);
    const before = await requestCount();
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [proposal(a, sameMember), { secondId: ["roster.errors.swapSameMember"] }],
      [proposal(a, sameShift), { secondId: ["roster.errors.swapSameShift"] }],
      [proposal(a, a), { secondId: ["roster.errors.swapSame"] }],
      [proposal(a, b, "   "), { reason: ["roster.errors.swapReasonRequired"] }],
      [proposal(a, b, "x".repeat(501)), { reason: ["roster.errors.swapReasonTooLong"] }],
      [
        { ...proposal(a, b), firstId: "abc", secondId: "" },
        { firstId: ["roster.errors.entryRequired"], secondId: ["roster.errors.entryRequired"] },
      ],
      [
        { ...proposal(a, b), firstId: "", secondId: "" },
        { firstId: ["roster.errors.entryRequired"], secondId: ["roster.errors.entryRequired"] },
      ],
      [proposal(past!, b), { firstId: ["roster.errors.swapPast"] }],
    ];
    for (const [input, fields] of cases)
      expect(await rejection(proposeSwap(t.db, secretary, input))).toMatchObject({ fields });
    // A stale form: an entry changed since it was read.
    expect(
      await rejection(proposeSwap(t.db, secretary, { ...proposal(a, b), firstVersion: String(a.version + 9) })),
    ).toMatchObject({ key: "errors.conflict" });
    expect(await requestCount()).toBe(before);

    // The same pair twice while pending (either way round) is one proposal.
    await proposeSwap(t.db, secretary, proposal(a, b));
    expect(await rejection(proposeSwap(t.db, secretary, proposal(b, a)))).toMatchObject({
      fields: { secondId: ["roster.errors.swapAlreadyProposed"] },
    });
    expect(await requestCount()).toBe(before + 1);
  });

  it("answers other communes' ids as not found, refuses the officer and a secretary's direct swap", async () => {
    const [a, b] = await pair();
    const before = await requestCount();
    const caiRang = await viewerFor(t.db, "bithu.cairang");
    const officer = await viewerFor(t.db, "tinhdoan.danang");
    expect(await rejection(proposeSwap(t.db, caiRang, proposal(a, b)))).toMatchObject({ key: "errors.notFound" });
    expect(await rejection(proposeSwap(t.db, officer, proposal(a, b)))).toMatchObject({ key: "errors.forbidden" });
    expect(await rejection(proposeSwap(t.db, director, proposal(a, b)))).toMatchObject({ key: "errors.forbidden" });
    // Cái Răng's entries, proposed by the Hải Vân secretary: not found.
    const foreign = await t.db
      .select()
      .from(dutyRosterEntries)
      .where(inArray(dutyRosterEntries.communeId, [caiRang.communeId!]))
      .limit(2);
    expect(await rejection(proposeSwap(t.db, secretary, proposal(foreign[0]!, foreign[1]!)))).toMatchObject({
      key: "errors.notFound",
    });
    expect(await requestCount()).toBe(before);

    const proposed = await proposeSwap(t.db, secretary, proposal(a, b));
    const ref = { id: proposed.id, version: proposed.version };
    const note = "Không đồng ý";
    expect(await rejection(acceptSwap(t.db, secretary, ref))).toMatchObject({ key: "errors.forbidden" });
    expect(await rejection(acceptSwap(t.db, officer, ref))).toMatchObject({ key: "errors.forbidden" });
    expect(await rejection(declineSwap(t.db, officer, { ...ref, note }))).toMatchObject({ key: "errors.forbidden" });
    expect(await rejection(withdrawSwap(t.db, officer, ref))).toMatchObject({ key: "errors.forbidden" });
    // Another commune's director (none in the demo but the admin's scope is wide): a Cái Răng
    // secretary cannot decide, and cannot see it.
    expect(await rejection(declineSwap(t.db, caiRang, { ...ref, note }))).toMatchObject({ key: "errors.forbidden" });
    expect(await swapRequestsFor(caiRang, (await centerById(director, center))!)).toEqual({ pending: [], decided: [] });
    // The secretary cannot apply a swap herself.
    expect(
      await rejection(
        swapEntries(t.db, secretary, {
          firstId: a.id,
          firstVersion: a.version,
          secondId: b.id,
          secondVersion: b.version,
        }),
      ),
    ).toMatchObject({ key: "errors.forbidden" });
    expect(await request(proposed.id)).toMatchObject({ status: "pending", version: proposed.version });
    expect([await entry(a.id), await entry(b.id)]).toEqual([a, b]);
    // Garbage ids in a decision: not found, no crash.
    expect(await rejection(acceptSwap(t.db, director, { id: "9999999", version: "1" }))).toMatchObject({
      key: "errors.notFound",
    });
    expect(await rejection(acceptSwap(t.db, director, { id: "-1; drop", version: "x" }))).toMatchObject({
      key: "errors.invalid",
    });
  });
});
