import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyBalance } from "@/lib/assignments/commands";
import { loadBalancerState } from "@/lib/assignments/state";
import type { Viewer } from "@/lib/auth/roles";
import { queryRows } from "@/lib/db/rows";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { createMember } from "@/lib/members/commands";
import { seedFieldFixture } from "@/lib/testing/field-fixture";
import { rollupDrift } from "@/lib/testing/rollup-check";
import { viewerFor } from "@/lib/testing/viewers";
import { assignHousehold, createHousehold, updateHousehold } from "./commands";

// The per-village and per-volunteer household counters the overviews and the map read must equal
// a count over `households` after any sequence of household writes (create, edit — moving village,
// changing the proficient flag or the volunteer — assign, and the balancer's bulk moves).

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof seedFieldFixture>>;
let haiVan: Viewer;
let volunteers: number[];

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFieldFixture(db.db);
  haiVan = await viewerFor(db.db, "bithu.haivan");
  const second = await createMember(db.db, haiVan, {
    fullName: "Phạm Văn Em",
    kind: "military_youth",
    villageId: String(fx.gianBi.id),
  });
  volunteers = [fx.hvMember.id, second.id];
}, 180_000);
afterAll(() => db?.close());

const counterDrift = async () =>
  (await rollupDrift(db.db)).filter(
    (d) => d.table === "village_household_counts" || d.table === "member_household_counts",
  );

const counts = async (villageId: number) =>
  (
    await queryRows<{ households: number; proficient: number; assigned: number; volunteers: number }>(
      db.db,
      sql`select households, proficient, assigned, volunteers from village_household_counts where village_id = ${villageId}`,
    )
  )[0];

describe("household counters", () => {
  it("follow a household created, moved to another village, made proficient and reassigned", async () => {
    const before = (await counts(fx.gianBi.id)) ?? { households: 0, proficient: 0, assigned: 0, volunteers: 0 };
    const { id } = await createHousehold(db.db, haiVan, {
      code: "HV-C1",
      headName: "Hộ đếm",
      villageId: String(fx.taLang.id),
      hasProficientMember: "on",
      assignedMemberId: String(fx.hvMember.id),
    });
    await updateHousehold(db.db, haiVan, {
      id,
      code: "HV-C1",
      headName: "Hộ đếm",
      villageId: String(fx.gianBi.id),
      hasProficientMember: "on",
      assignedMemberId: String(fx.hvMember.id),
    });
    expect(await counts(fx.gianBi.id)).toEqual({
      households: before.households + 1,
      proficient: before.proficient + 1,
      assigned: before.assigned + 1,
      volunteers: 1,
    });
    await assignHousehold(db.db, haiVan, { id, assignedMemberId: "" });
    expect((await counts(fx.gianBi.id))?.assigned).toBe(before.assigned);
    expect(await counterDrift()).toEqual([]);
  });

  it("stay exact under any sequence of creates, edits and assignments", async () => {
    const created: number[] = [];
    const villages = [fx.taLang.id, fx.gianBi.id];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("create" as const),
        village: fc.nat(1),
        proficient: fc.boolean(),
        volunteer: fc.nat(2),
      }),
      fc.record({
        kind: fc.constant("update" as const),
        pick: fc.nat(),
        village: fc.nat(1),
        proficient: fc.boolean(),
        volunteer: fc.nat(2),
      }),
      fc.record({ kind: fc.constant("assign" as const), pick: fc.nat(), volunteer: fc.nat(2) }),
    );
    const volunteerOf = (i: number) => (i < volunteers.length ? String(volunteers[i]) : "");
    let writes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === "create" || created.length === 0) {
            const v = o.kind === "assign" ? 0 : o.village;
            const p = o.kind === "assign" ? false : o.proficient;
            const { id } = await createHousehold(db.db, haiVan, {
              code: `HV-P${created.length}`,
              headName: "Hộ thử",
              villageId: String(villages[v]),
              hasProficientMember: p ? "on" : "",
              assignedMemberId: volunteerOf(o.volunteer),
            });
            created.push(id);
          } else if (o.kind === "update") {
            const id = created[o.pick % created.length]!;
            await updateHousehold(db.db, haiVan, {
              id,
              code: `HV-Q${id}`,
              headName: "Hộ thử",
              villageId: String(villages[o.village]),
              hasProficientMember: o.proficient ? "on" : "",
              assignedMemberId: volunteerOf(o.volunteer),
            });
          } else {
            await assignHousehold(db.db, haiVan, {
              id: created[o.pick % created.length]!,
              assignedMemberId: volunteerOf(o.volunteer),
            });
          }
          writes += 1;
        }
        expect(await counterDrift()).toEqual([]);
      }),
      { numRuns: 15 },
    );
    expect(writes).toBeGreaterThan(15);
  }, 180_000);

  it("follow the balancer's bulk moves", async () => {
    // Whatever the random sequence above left, one volunteer is now over the cap and a new one
    // in the same village has room, so the balancer has households to move.
    const fresh = await createMember(db.db, haiVan, {
      fullName: "Lê Thị Gấm",
      kind: "union_member",
      villageId: String(fx.gianBi.id),
    });
    expect(fresh.id).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) {
      await createHousehold(db.db, haiVan, {
        code: `HV-B${i}`,
        headName: "Hộ cân bằng",
        villageId: String(fx.gianBi.id),
        hasProficientMember: "",
        assignedMemberId: String(fx.hvMember.id),
      });
    }
    const { fingerprint } = await loadBalancerState(db.db, fx.haiVan.id);
    const { applied } = await applyBalance(db.db, haiVan, { cap: "3", fingerprint });
    expect(applied).toBeGreaterThan(0);
    expect(await counterDrift()).toEqual([]);
  });
});
