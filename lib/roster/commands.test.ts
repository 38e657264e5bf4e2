import { and, eq, gte, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog, communes, dutyRosterEntries, memberLeave, members, serviceCenters } from "@/lib/db/schema";
import { addDays } from "@/lib/db/seed/demo-calendar";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { createEntry, deleteEntry, recordLeave, swapEntries, updateEntry } from "./commands";
import { generateForPeriod } from "./generate";
import { monthEnd, monthStart } from "./period";
import { centerById, rosterEntries, rosterGaps, rosterGapsThisMonth } from "./queries";

// The roster's writes on the seeded demo: the director of Hải Vân generates, edits, swaps and
// records leave; another commune's ids and stale versions change nothing.

let t: TestDatabase;
let director: Viewer;
let secretary: Viewer;
let haiVanCenter: number;
let otherCenter: number;
let otherMember: number;
const from = monthStart(addDays(process.env.DEMO_SEED_DATE!, 31));
const to = monthEnd(from);

beforeAll(async () => {
  t = await createDemoDatabase();
  director = await viewerFor(t.db, "giamdoc.haivan");
  secretary = await viewerFor(t.db, "bithu.haivan");
  const centers = await t.db
    .select({ id: serviceCenters.id, communeId: serviceCenters.communeId, code: communes.code })
    .from(serviceCenters)
    .innerJoin(communes, eq(communes.id, serviceCenters.communeId));
  haiVanCenter = centers.find((c) => c.communeId === director.communeId)!.id;
  const other = centers.find((c) => c.code === "CAI-RANG")!;
  otherCenter = other.id;
  otherMember = (
    await t.db.select({ id: members.id }).from(members).where(eq(members.communeId, other.communeId)).limit(1)
  )[0]!.id;
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

const periodEntries = (centerId = haiVanCenter) =>
  t.db
    .select()
    .from(dutyRosterEntries)
    .where(
      and(
        eq(dutyRosterEntries.serviceCenterId, centerId),
        gte(dutyRosterEntries.day, from),
        lte(dutyRosterEntries.day, to),
      ),
    )
    .orderBy(dutyRosterEntries.id);
const generate = (over: Record<string, string> = {}) =>
  generateForPeriod(t.db, director, {
    centerId: String(haiVanCenter),
    from,
    to,
    mode: "pool",
    perDay: "2",
    saturday: "0",
    sunday: "0",
    ...over,
  });

describe("roster commands", () => {
  it("generates next month for the director's center, replacing the period, audited, without gaps", async () => {
    const first = await generate();
    expect(first.created).toBeGreaterThan(0);
    const again = await generate();
    expect(again.removed).toBe(first.created);
    expect((await periodEntries()).length).toBe(again.created);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "duty_roster"), eq(auditLog.action, "generate")))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(audit).toMatchObject({ userId: director.id, communeId: director.communeId });
    const center = (await centerById(director, haiVanCenter))!;
    const { eachDay } = await import("@/lib/db/seed/demo-calendar");
    expect(await rosterGaps(director, { ...center, dutyPerDay: 2 }, { from, to, days: eachDay(from, to) })).toEqual([]);
  });

  it("respects recorded leave when the period is generated again", async () => {
    await generate();
    const busiest = (await periodEntries())[0]!;
    await recordLeave(t.db, director, { memberId: String(busiest.memberId), from, to, reason: "Thi học kỳ" });
    await generate();
    const after = await periodEntries();
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((e) => e.memberId === busiest.memberId)).toBe(false);
    // A hand-made entry on leave is refused beside the member field.
    expect(
      await rejection(
        createEntry(t.db, director, {
          centerId: String(haiVanCenter),
          day: from,
          shift: "morning",
          memberId: String(busiest.memberId),
          task: "",
        }),
      ),
    ).toMatchObject({
      fields: { memberId: ["roster.errors.onLeave"] },
    });
    await t.db.delete(memberLeave).where(eq(memberLeave.memberId, busiest.memberId));
  });

  it("swaps two members' entries, both in one transaction or neither", async () => {
    await generate();
    const entries = await periodEntries();
    const a = entries[0]!;
    const b = entries.find(
      (e) =>
        e.memberId !== a.memberId &&
        e.day !== a.day &&
        !entries.some((x) => x.day === a.day && x.memberId === e.memberId) &&
        !entries.some((x) => x.day === e.day && x.memberId === a.memberId),
    )!;
    const [x, y] = await swapEntries(t.db, director, {
      firstId: a.id,
      firstVersion: a.version,
      secondId: b.id,
      secondVersion: b.version,
    });
    expect([x.memberId, y.memberId]).toEqual([b.memberId, a.memberId]);
    expect([x.version, y.version]).toEqual([a.version + 1, b.version + 1]);

    // A clash on the second entry (its new member already holds that shift) rolls back the first.
    const before = await periodEntries();
    const on = (day: string, memberId: number) => before.some((e) => e.day === day && e.memberId === memberId);
    const pair = before.flatMap((c) =>
      before
        .filter((d) => d.day !== c.day && d.memberId !== c.memberId && on(d.day, c.memberId) && !on(c.day, d.memberId))
        .map((d) => [c, d] as const),
    )[0]!;
    const [c, d] = pair;
    const clash = await rejection(
      swapEntries(t.db, director, { firstId: c.id, firstVersion: c.version, secondId: d.id, secondVersion: d.version }),
    );
    expect(clash).toMatchObject({ key: "errors.invalid", fields: { firstId: ["roster.errors.alreadyOnDuty"] } });
    expect(await periodEntries()).toEqual(before);
  });

  it("refuses another commune's center, entry or member as not found, and changes nothing", async () => {
    const before = await periodEntries(otherCenter);
    const [foreign] = await t.db
      .select()
      .from(dutyRosterEntries)
      .where(eq(dutyRosterEntries.serviceCenterId, otherCenter))
      .limit(1);
    const mine = (await periodEntries())[0]!;
    expect(await rejection(generate({ centerId: String(otherCenter) }))).toMatchObject({ key: "errors.notFound" });
    expect(
      await rejection(
        updateEntry(t.db, director, {
          id: foreign!.id,
          version: foreign!.version,
          day: foreign!.day,
          shift: "morning",
          memberId: foreign!.memberId,
          task: "",
        }),
      ),
    ).toMatchObject({ key: "errors.notFound" });
    expect(
      await rejection(
        swapEntries(t.db, director, {
          firstId: mine.id,
          firstVersion: mine.version,
          secondId: foreign!.id,
          secondVersion: foreign!.version,
        }),
      ),
    ).toMatchObject({ key: "errors.notFound" });
    expect(
      await rejection(
        createEntry(t.db, director, {
          centerId: haiVanCenter,
          day: from,
          shift: "afternoon",
          memberId: otherMember,
          task: "",
        }),
      ),
    ).toMatchObject({ key: "errors.notFound" });
    expect(await rejection(recordLeave(t.db, director, { memberId: otherMember, from, to }))).toMatchObject({
      key: "errors.notFound",
    });
    expect(await periodEntries(otherCenter)).toEqual(before);
    expect((await t.db.select().from(dutyRosterEntries).where(eq(dutyRosterEntries.id, mine.id)))[0]).toEqual(mine);
  });

  it("lets the secretary read but not write", async () => {
    const center = (await centerById(secretary, haiVanCenter))!;
    expect((await rosterEntries(secretary, center, { from, to })).length).toBeGreaterThan(0);
    expect(
      await rejection(
        generateForPeriod(t.db, secretary, {
          centerId: haiVanCenter,
          from,
          to,
          mode: "pool",
          perDay: 2,
          saturday: 0,
          sunday: 0,
        }),
      ),
    ).toMatchObject({ key: "errors.forbidden" });
    expect(await centerById(await viewerFor(t.db, "bithu.cairang"), haiVanCenter)).toBeNull();
  });

  it("answers two directors editing the same entry with a conflict, the first edit kept", async () => {
    const entry = (await periodEntries())[0]!;
    const form = { id: entry.id, version: entry.version, day: entry.day, shift: entry.shift, memberId: entry.memberId };
    const saved = await updateEntry(t.db, director, { ...form, task: "Tra cứu mã hồ sơ" });
    expect(await rejection(updateEntry(t.db, director, { ...form, task: "In ấn" }))).toMatchObject({
      key: "errors.conflict",
    });
    expect(await rejection(deleteEntry(t.db, director, { id: entry.id, version: entry.version }))).toMatchObject({
      key: "errors.conflict",
    });
    const [now] = await t.db.select().from(dutyRosterEntries).where(eq(dutyRosterEntries.id, entry.id));
    expect(now).toMatchObject({ task: "Tra cứu mã hồ sơ", version: saved.version });
    await deleteEntry(t.db, director, { id: entry.id, version: saved.version });
    expect(await t.db.select().from(dutyRosterEntries).where(eq(dutyRosterEntries.id, entry.id))).toEqual([]);
  });

  it("refuses a member twice on one shift beside the field", async () => {
    const entry = (await periodEntries())[0]!;
    expect(
      await rejection(
        createEntry(t.db, director, {
          centerId: haiVanCenter,
          day: entry.day,
          shift: entry.shift,
          memberId: entry.memberId,
          task: "",
        }),
      ),
    ).toMatchObject({
      fields: { memberId: ["roster.errors.alreadyOnDuty"] },
    });
    expect(
      await rejection(
        createEntry(t.db, director, {
          centerId: haiVanCenter,
          day: "31/02/2027",
          shift: "nap",
          memberId: entry.memberId,
        }),
      ),
    ).toMatchObject({
      fields: { day: ["roster.errors.dateInvalid"], shift: ["roster.errors.shiftRequired"] },
    });
  });
});

describe("the overview's count of roster gaps", () => {
  it("counts the month's gap days of the commune's center, and a day emptied becomes one", async () => {
    await generate();
    const center = (await centerById(director, haiVanCenter))!;
    const { eachDay } = await import("@/lib/db/seed/demo-calendar");
    const month = { from, to, days: eachDay(from, to) };
    const [before] = await rosterGapsThisMonth(director, director.communeId!, from);
    expect(before!.center.id).toBe(haiVanCenter);
    expect(before!.gaps).toEqual(await rosterGaps(director, center, month));
    // Empty one open day: it is counted, from that day on too.
    const day = (await periodEntries())[0]!.day;
    await t.db
      .delete(dutyRosterEntries)
      .where(and(eq(dutyRosterEntries.serviceCenterId, haiVanCenter), eq(dutyRosterEntries.day, day)));
    const [after] = await rosterGapsThisMonth(director, director.communeId!, day);
    expect(after!.gaps.length).toBe(before!.gaps.length + 1);
    expect(after!.gaps.find((g) => g.day === day)).toMatchObject({ have: 0 });
    expect(after!.upcoming.every((g) => g.day >= day)).toBe(true);
    expect(after!.upcoming.map((g) => g.day)).toContain(day);
  });

  it("shows nothing of another commune's center", async () => {
    const other = await t.db
      .select({ communeId: serviceCenters.communeId })
      .from(serviceCenters)
      .where(eq(serviceCenters.id, otherCenter));
    expect(await rosterGapsThisMonth(director, other[0]!.communeId, from)).toEqual([]);
  });
});
