import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { rolePolicies, users } from "@/lib/db/schema";

// requireViewer() as pages call it, with the session and Next's redirect stood in for: the
// account is re-read from the (test) database on every call, as on every request.
const session = vi.hoisted(() => ({ current: null as { uid?: string; sv?: number } | null }));
vi.mock("./index", () => ({ auth: async () => session.current }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect ${path}`);
  },
}));
const { requireViewer } = await import("./viewer");

let t: TestDatabase;
let secretary: { id: number; sessionVersion: number };
beforeAll(async () => {
  t = await createDemoDatabase();
  [secretary] = await t.db
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.username, "bithu.hoaxuan")) as [typeof secretary];
}, 180_000);
afterAll(() => t?.close());
beforeEach(async () => {
  session.current = { uid: String(secretary.id), sv: secretary.sessionVersion };
  await t.db.delete(rolePolicies).where(sql`true`);
  await t.db.update(users).set({ mustChangePassword: false, totpEnabled: false, active: true }).where(eq(users.id, secretary.id));
});

const where = (options?: Parameters<typeof requireViewer>[0]) =>
  requireViewer(options).then(
    (viewer) => `viewer ${viewer.username}`,
    (error: Error) => error.message,
  );
const requireTotpForSecretaries = () =>
  t.db.insert(rolePolicies).values({ role: "commune_secretary", requireTotp: true });

describe("requireViewer", () => {
  it("lets a signed-in account through and sends anyone else to /login", async () => {
    expect(await where()).toBe("viewer bithu.hoaxuan");
    session.current = null;
    expect(await where()).toBe("redirect /login");
    session.current = { uid: String(secretary.id), sv: secretary.sessionVersion + 1 };
    expect(await where()).toBe("redirect /login");
  });

  it("drops a deactivated account at once, whatever its cookie says", async () => {
    await t.db.update(users).set({ active: false }).where(eq(users.id, secretary.id));
    expect(await where()).toBe("redirect /login");
  });

  it("sends an account whose role requires a second factor to /account/security until it enrols", async () => {
    await requireTotpForSecretaries();
    expect(await where()).toBe("redirect /account/security");
    expect(await where({ allowTotpEnrolment: true })).toBe("viewer bithu.hoaxuan");
    // Other roles are not affected.
    const [director] = await t.db.select().from(users).where(eq(users.username, "giamdoc.haivan"));
    session.current = { uid: String(director!.id), sv: director!.sessionVersion };
    expect(await where()).toBe("viewer giamdoc.haivan");
    session.current = { uid: String(secretary.id), sv: secretary.sessionVersion };
    await t.db.update(users).set({ totpEnabled: true }).where(eq(users.id, secretary.id));
    expect(await where()).toBe("viewer bithu.hoaxuan");
  });

  it("asks for the reset password first, and keeps /account/password reachable", async () => {
    await requireTotpForSecretaries();
    await t.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, secretary.id));
    expect(await where()).toBe("redirect /account/password");
    expect(await where({ allowTotpEnrolment: true })).toBe("redirect /account/password");
    expect(await where({ allowPasswordChange: true })).toBe("viewer bithu.hoaxuan");
  });
});
