import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { roleRequiresTotp } from "@/lib/auth/second-factor";
import { rolePolicies, users } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";

// The policy action as a form posts it, with only the session and Next's request APIs stood in
// for: which viewer it acts as decides whether a half-signed-in admin can relax the policy.
const session = vi.hoisted(() => ({ current: null as Record<string, unknown> | null }));
vi.mock("@/lib/auth/index", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", "user-agent": "vitest" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect ${path}`);
  },
}));
const { setRoleTotpPolicyAction } = await import("./actions");

let t: TestDatabase;
let admin: { id: number; sessionVersion: number };
beforeAll(async () => {
  t = await createDemoDatabase();
  [admin] = (await t.db
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.username, "admin"))) as [typeof admin];
}, 180_000);
afterAll(() => t?.close());
beforeEach(async () => {
  session.current = {
    uid: String(admin.id),
    sv: admin.sessionVersion,
    sid: "sid-admin",
    at: Math.floor(Date.now() / 1000) - 60,
  };
  await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, admin.id));
  await t.db.delete(rolePolicies).where(sql`true`);
  await t.db.insert(rolePolicies).values({ role: "commune_secretary", requireTotp: true });
});

const relax = () => {
  const form = new FormData();
  form.set("role", "commune_secretary");
  form.set("requireTotp", "false");
  return setRoleTotpPolicyAction({ status: "idle" }, form);
};

describe("relaxing the second-factor policy", () => {
  it("is refused to an admin who still has a temporary password", async () => {
    await t.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, admin.id));
    expect(await relax()).toMatchObject({ status: "error", message: "errors.forbidden" });
    expect(await roleRequiresTotp(t.db, "commune_secretary")).toBe(true);
  });

  it("is refused to an admin who has not set up a second factor of their own", async () => {
    expect(await relax()).toMatchObject({ status: "error", message: "securityPolicy.errors.ownTotpRequired" });
    expect(await roleRequiresTotp(t.db, "commune_secretary")).toBe(true);
  });

  it("is refused to an admin whose own role requires a second factor not yet set up", async () => {
    await t.db.insert(rolePolicies).values({ role: "admin", requireTotp: true });
    expect(await relax()).toMatchObject({ status: "error", message: "errors.forbidden" });
    expect(await roleRequiresTotp(t.db, "commune_secretary")).toBe(true);
  });
});
