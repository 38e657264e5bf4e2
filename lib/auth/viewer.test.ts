import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { revokedSessions, rolePolicies, users } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp } from "@/lib/security/commands";
import { viewerFor } from "@/lib/testing/viewers";
import { decryptTotpSecret, totpCodeAt } from "./totp";

// requireViewer() as pages call it, with the session and Next's redirect stood in for: the
// account is re-read from the (test) database on every call, as on every request.
const session = vi.hoisted(() => ({
  current: null as { uid?: string; sv?: number; sid?: string; at?: number; mfa?: boolean } | null,
}));
vi.mock("./index", () => ({ auth: async () => session.current }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect ${path}`);
  },
}));
const { requireViewer, getActingViewer } = await import("./viewer");
const { sessionLifetimeSeconds } = await import("./config");
const now = () => Math.floor(Date.now() / 1000);
const sessionOf = (user: { id: number; sessionVersion: number }, sid = "sid-test") => ({
  uid: String(user.id),
  sv: user.sessionVersion,
  sid,
  at: now() - 60,
});

let t: TestDatabase;
let secretary: { id: number; sessionVersion: number };
beforeAll(async () => {
  t = await createDemoDatabase();
  [secretary] = (await t.db
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.username, "bithu.hoaxuan"))) as [typeof secretary];
}, 180_000);
afterAll(() => t?.close());
beforeEach(async () => {
  session.current = sessionOf(secretary);
  await t.db.delete(revokedSessions).where(sql`true`);
  await t.db.delete(rolePolicies).where(sql`true`);
  await t.db
    .update(users)
    .set({ mustChangePassword: false, totpEnabled: false, totpEnrolledSid: null, active: true })
    .where(eq(users.id, secretary.id));
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
    session.current = { ...sessionOf(secretary), sv: secretary.sessionVersion + 1 };
    expect(await where()).toBe("redirect /login");
  });

  it("refuses a signed-out session (its id revoked), a token without a session id and one past its lifetime", async () => {
    await t.db
      .insert(revokedSessions)
      .values({ sid: "sid-gone", userId: secretary.id, expiresAt: new Date(Date.now() + 3_600_000) });
    session.current = sessionOf(secretary, "sid-gone");
    expect(await where()).toBe("redirect /login");
    // Another session of the same account is not affected.
    session.current = sessionOf(secretary, "sid-other");
    expect(await where()).toBe("viewer bithu.hoaxuan");
    session.current = { uid: String(secretary.id), sv: secretary.sessionVersion, at: now() };
    expect(await where()).toBe("redirect /login");
    session.current = { ...sessionOf(secretary), at: now() - sessionLifetimeSeconds - 5 };
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
    session.current = sessionOf(director!);
    expect(await where()).toBe("viewer giamdoc.haivan");
    session.current = sessionOf(secretary);
    // As enrolment leaves it: this session turned TOTP on.
    await t.db.update(users).set({ totpEnabled: true, totpEnrolledSid: "sid-test" }).where(eq(users.id, secretary.id));
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

describe("getActingViewer (server actions and file routes)", () => {
  const acting = async () => (await getActingViewer())?.username ?? "refused";

  it("refuses an account that must first change its password or enrol a required second factor", async () => {
    expect(await acting()).toBe("bithu.hoaxuan");
    await t.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, secretary.id));
    expect(await acting()).toBe("refused");
    await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, secretary.id));
    await requireTotpForSecretaries();
    expect(await acting()).toBe("refused");
    await t.db.update(users).set({ totpEnabled: true, totpEnrolledSid: "sid-test" }).where(eq(users.id, secretary.id));
    expect(await acting()).toBe("bithu.hoaxuan");
  });
});

describe("turning the second factor on", () => {
  it("ends the account's other password-only sessions, and keeps the one that turned it on", async () => {
    const viewer = await viewerFor(t.db, "bithu.hoaxuan");
    await beginTotpEnrolment(t.db, viewer, {});
    const [row] = await t.db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, viewer.id));
    const secret = decryptTotpSecret(row!.stored!, viewer.id)!;
    // Before: another session opened with the password alone works.
    session.current = sessionOf(secretary, "sid-laptop");
    expect(await where()).toBe("viewer bithu.hoaxuan");

    const { recoveryCodes } = await confirmTotpEnrolment(
      t.db,
      viewer,
      { code: totpCodeAt(secret) },
      { sessionId: "sid-phone" },
    );
    session.current = sessionOf(secretary, "sid-laptop");
    expect(await where()).toBe("redirect /login");
    session.current = sessionOf(secretary, "sid-phone");
    expect(await where()).toBe("viewer bithu.hoaxuan");
    // A session that passed the second factor at sign-in is not affected.
    session.current = { ...sessionOf(secretary, "sid-desk"), mfa: true };
    expect(await where()).toBe("viewer bithu.hoaxuan");

    // Turned off again, password-only sessions count once more.
    await disableTotp(t.db, { ...viewer, totpEnabled: true }, { code: recoveryCodes[0] });
    session.current = sessionOf(secretary, "sid-laptop");
    expect(await where()).toBe("viewer bithu.hoaxuan");
  });
});
