import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import { applyBalance } from "@/lib/assignments/commands";
import { loadBalancerState } from "@/lib/assignments/state";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog, households, members, teamMembers, teams, trainings } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { assignHousehold, createHousehold, updateHousehold } from "@/lib/households/commands";
import { createMember, setMemberActive, updateMember } from "@/lib/members/commands";
import { getMember, listMembers } from "@/lib/members/queries";
import { addTeamMember, createTeam } from "@/lib/teams/commands";
import { seedFieldFixture } from "@/lib/testing/field-fixture";
import { viewerFor } from "@/lib/testing/viewers";
import { createTraining } from "@/lib/trainings/commands";
import { listTrainings, trainingMatrix } from "@/lib/trainings/queries";

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof seedFieldFixture>>;
let haiVan: Viewer;
let director: Viewer;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFieldFixture(db.db);
  haiVan = await viewerFor(db.db, "bithu.haivan");
  director = await viewerFor(db.db, "giamdoc.haivan");
  // Migrating a fresh PGlite takes ~5 s alone, much longer when the machine is shared.
}, 180_000);
afterAll(() => db?.close());

const auditCount = async () => (await db.db.select({ n: count() }).from(auditLog))[0]!.n;

/** The command's ExpectedError (key and field errors); fails the test if it succeeded. */
async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected the command to be refused");
}

describe("members", () => {
  it("creates a member with an audit row", async () => {
    const before = await auditCount();
    const { id } = await createMember(db.db, haiVan, {
      fullName: " Hồ Thị Duyên ",
      kind: "student",
      villageId: String(fx.taLang.id),
      joinedOn: "05/07/2025",
    });
    const [row] = await db.db.select().from(members).where(eq(members.id, id));
    expect(row).toMatchObject({ fullName: "Hồ Thị Duyên", communeId: fx.haiVan.id, joinedOn: "2025-07-05" });
    expect(await auditCount()).toBe(before + 1);
    const [audit] = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "member"), eq(auditLog.entityId, String(id))));
    expect(audit).toMatchObject({ action: "create", userId: haiVan.id, communeId: fx.haiVan.id });
  });

  it("refuses a Hòa Xuân village, writing nothing", async () => {
    const before = await auditCount();
    const r = await refusal(
      createMember(db.db, haiVan, { fullName: "Người ngoài", kind: "student", villageId: String(fx.hxVillage.id) }),
    );
    expect(r.fields.villageId).toEqual(["fieldUi.errors.villageUnknown"]);
    expect(await db.db.select().from(members).where(eq(members.fullName, "Người ngoài"))).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses to edit or deactivate a Hòa Xuân member (not found), writing nothing", async () => {
    const before = await auditCount();
    expect(
      (await refusal(updateMember(db.db, haiVan, { id: fx.hxMember.id, fullName: "Đổi tên", kind: "student" }))).key,
    ).toBe("errors.notFound");
    expect((await refusal(setMemberActive(db.db, haiVan, { id: fx.hxMember.id, active: "false" }))).key).toBe(
      "errors.notFound",
    );
    const [row] = await db.db.select().from(members).where(eq(members.id, fx.hxMember.id));
    expect(row).toMatchObject({ fullName: "Trần Thị Bình", active: true });
    expect(await auditCount()).toBe(before);
  });

  it("refuses roles without the capability", async () => {
    expect((await refusal(createMember(db.db, director, { fullName: "Ai đó", kind: "student" }))).key).toBe(
      "errors.forbidden",
    );
  });

  it("rejects bad input with message keys: empty name, future date", async () => {
    const r = await refusal(createMember(db.db, haiVan, { fullName: "  ", kind: "pirate", joinedOn: "01/01/2099" }));
    expect(r.fields).toMatchObject({
      fullName: ["members.errors.nameRequired"],
      kind: ["members.errors.kindRequired"],
      joinedOn: ["fieldUi.errors.dateFuture"],
    });
  });
});

describe("households", () => {
  const base = () => ({
    headName: "Alăng Thị Hoa",
    villageId: String(fx.taLang.id),
    elderly: "on",
    ethnicMinority: "on",
  });

  it("creates a household, storing only allowed fields, with an audit row", async () => {
    const before = await auditCount();
    const { id } = await createHousehold(db.db, haiVan, {
      ...base(),
      code: "HV-100",
      phone: "0905123456",
      citizenId: "048123456789",
    });
    const [row] = await db.db.select().from(households).where(eq(households.id, id));
    expect(row).toMatchObject({
      code: "HV-100",
      elderly: true,
      poor: false,
      ethnicMinority: true,
      communeId: fx.haiVan.id,
    });
    expect(JSON.stringify(row)).not.toContain("0905123456");
    expect(await auditCount()).toBe(before + 1);
  });

  it("turns a code already used in the commune into a field error, writing nothing", async () => {
    const before = await auditCount();
    const r = await refusal(createHousehold(db.db, haiVan, { ...base(), code: "HV-001" }));
    expect(r.fields.code).toEqual(["households.errors.codeTaken"]);
    expect(await auditCount()).toBe(before);
    // The same code in another commune is fine: codes are unique per commune.
    const hoaXuan = await viewerFor(db.db, "bithu.hoaxuan");
    await expect(
      createHousehold(db.db, hoaXuan, { ...base(), villageId: String(fx.hxVillage.id), code: "HV-001" }),
    ).resolves.toHaveProperty("id");
  });

  it("refuses a Hòa Xuân village, household or volunteer, writing nothing", async () => {
    const before = await auditCount();
    expect(
      (await refusal(createHousehold(db.db, haiVan, { ...base(), code: "HV-200", villageId: String(fx.hxVillage.id) })))
        .fields.villageId,
    ).toEqual(["fieldUi.errors.villageUnknown"]);
    expect(
      (
        await refusal(
          createHousehold(db.db, haiVan, { ...base(), code: "HV-201", assignedMemberId: String(fx.hxMember.id) }),
        )
      ).fields.assignedMemberId,
    ).toEqual(["fieldUi.errors.memberUnknown"]);
    expect((await refusal(updateHousehold(db.db, haiVan, { ...base(), id: fx.hxHousehold.id, code: "X" }))).key).toBe(
      "errors.notFound",
    );
    expect(
      (
        await refusal(
          assignHousehold(db.db, haiVan, { id: fx.hxHousehold.id, assignedMemberId: String(fx.hvMember.id) }),
        )
      ).key,
    ).toBe("errors.notFound");
    expect(await db.db.select().from(households).where(eq(households.code, "HV-200"))).toHaveLength(0);
    const [hx] = await db.db.select().from(households).where(eq(households.id, fx.hxHousehold.id));
    expect(hx).toMatchObject({ headName: "Lê Văn Cường", assignedMemberId: null });
    expect(await auditCount()).toBe(before);
  });

  it("assigns a household to a volunteer with an audit row", async () => {
    await assignHousehold(db.db, haiVan, { id: fx.hvHousehold.id, assignedMemberId: String(fx.hvMember.id) });
    const [row] = await db.db.select().from(households).where(eq(households.id, fx.hvHousehold.id));
    expect(row!.assignedMemberId).toBe(fx.hvMember.id);
    const audits = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "assign"), eq(auditLog.entityId, String(fx.hvHousehold.id))));
    expect(audits).toHaveLength(1);
  });
});

describe("teams and trainings", () => {
  it("creates a team, refuses a duplicate name and a Hòa Xuân member", async () => {
    const { id } = await createTeam(db.db, haiVan, {
      name: "Tổ 1+20 Tà Lang",
      kind: "door_to_door",
      villageId: String(fx.taLang.id),
    });
    expect(
      (await refusal(createTeam(db.db, haiVan, { name: "Tổ 1+20 Tà Lang", kind: "mobile_desk" }))).fields.name,
    ).toEqual(["teams.errors.nameTaken"]);
    await addTeamMember(db.db, haiVan, { teamId: id, memberId: fx.hvMember.id });
    expect(
      (await refusal(addTeamMember(db.db, haiVan, { teamId: id, memberId: fx.hxMember.id }))).fields.memberId,
    ).toEqual(["fieldUi.errors.memberUnknown"]);
    expect(await db.db.select().from(teamMembers).where(eq(teamMembers.teamId, id))).toHaveLength(1);
    expect(await db.db.select().from(teams).where(eq(teams.name, "Tổ 1+20 Tà Lang"))).toHaveLength(1);
  });

  it("records a training with attendees; a Hòa Xuân attendee refuses the whole training", async () => {
    const input = {
      heldOn: "10/10/2025",
      title: "Chìa khóa số",
      topics: ["vneid", "smart_kiosk"],
      memberIds: [String(fx.hvMember.id)],
    };
    await createTraining(db.db, haiVan, input);
    const r = await refusal(
      createTraining(db.db, haiVan, {
        ...input,
        title: "Lớp sai",
        memberIds: [String(fx.hvMember.id), String(fx.hxMember.id)],
      }),
    );
    expect(r.fields.memberIds).toEqual(["fieldUi.errors.memberUnknown"]);
    expect(await db.db.select().from(trainings).where(eq(trainings.title, "Lớp sai"))).toHaveLength(0);
    expect((await refusal(createTraining(db.db, haiVan, { ...input, topics: ["astrology"] }))).fields.topics).toEqual([
      "trainings.errors.topicUnknown",
    ]);
  });
});

describe("training reads", () => {
  it("shows each member's topics in the matrix and the list filter, in scope only", async () => {
    await createTraining(db.db, haiVan, {
      heldOn: "12/10/2025",
      title: "Ki-ốt",
      topics: ["smart_kiosk"],
      memberIds: [String(fx.hvMember.id)],
    });
    const matrix = await trainingMatrix(haiVan);
    expect(matrix.find((m) => m.id === fx.hvMember.id)?.topics.sort()).toEqual(["smart_kiosk", "vneid"]);
    // Someone who attended nothing has no topics (a subquery not tied to its member gave everyone the same).
    expect(matrix.find((m) => m.fullName === "Hồ Thị Duyên")?.topics).toEqual([]);
    expect(matrix.some((m) => m.id === fx.hxMember.id)).toBe(false);
    const trained = await listMembers(haiVan, { topic: "smart_kiosk", sort: "name", dir: "asc", page: 1 });
    expect(trained.rows.map((r) => r.id)).toEqual([fx.hvMember.id]);
    const list = await listTrainings(haiVan);
    expect(list.find((t) => t.title === "Ki-ốt")?.attendees).toBe(1);
    expect(await getMember(haiVan, fx.hxMember.id)).toBeNull();
  });
});

describe("applying the balancer", () => {
  it("moves a deactivated volunteer's households, audits the moves, and refuses a stale preview", async () => {
    const { id: second } = await createMember(db.db, haiVan, {
      fullName: "Phạm Văn Em",
      kind: "military_youth",
      villageId: String(fx.taLang.id),
    });
    await setMemberActive(db.db, haiVan, { id: fx.hvMember.id, active: "false" });
    const stale = (await loadBalancerState(db.db, fx.haiVan.id)).fingerprint;

    // Something changes after the preview: the apply is refused and nothing moves.
    await createHousehold(db.db, haiVan, { code: "HV-300", headName: "Hộ mới", villageId: String(fx.taLang.id) });
    const before = await auditCount();
    expect((await refusal(applyBalance(db.db, haiVan, { cap: "20", fingerprint: stale }))).key).toBe(
      "assignments.errors.changed",
    );
    expect(await auditCount()).toBe(before);

    const fresh = (await loadBalancerState(db.db, fx.haiVan.id)).fingerprint;
    const { applied } = await applyBalance(db.db, haiVan, { cap: "20", fingerprint: fresh });
    expect(applied).toBeGreaterThan(0);
    const active = (
      await db.db
        .select()
        .from(members)
        .where(and(eq(members.communeId, fx.haiVan.id), eq(members.active, true)))
    ).map((m) => m.id);
    expect(active).toContain(second);
    const hv = await db.db.select().from(households).where(eq(households.communeId, fx.haiVan.id));
    for (const h of hv) expect(active).toContain(h.assignedMemberId);
    const [audit] = await db.db.select().from(auditLog).where(eq(auditLog.action, "apply_balance"));
    expect(JSON.stringify(audit!.changes)).toContain(`"household":${fx.hvHousehold.id}`);
    // Hòa Xuân's households are untouched.
    const [hx] = await db.db.select().from(households).where(eq(households.id, fx.hxHousehold.id));
    expect(hx!.assignedMemberId).toBeNull();
  });
});
