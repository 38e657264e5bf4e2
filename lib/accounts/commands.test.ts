import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import { verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/roles";
import { auditLog, communes, recoveryCodes, users } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/db/seed";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { expectAudited } from "@/lib/testing/audit";
import { viewerFor } from "@/lib/testing/viewers";
import { createAccount, resetAccountPassword, resetSecondFactor, setAccountActive, updateAccount } from "./commands";
import { changeOwnPassword } from "./own-password";

let test: TestDatabase;
let admin: Viewer;
let daNang: Viewer;
let secretary: Viewer;
let haiVan: number;
let caiRang: number;
let canThoSecretary: number;

/** The ExpectedError a command was refused with (a plain failure fails the test). */
async function refusal(work: Promise<unknown>): Promise<ExpectedError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ExpectedError) return error;
    throw error;
  }
  throw new Error("Expected the command to be refused, but it succeeded");
}

const account = async (id: number) => (await test.db.select().from(users).where(eq(users.id, id)))[0]!;
const auditRows = async () => (await test.db.select({ n: count() }).from(auditLog))[0]!.n;
const communeId = async (code: string) =>
  (await test.db.select({ id: communes.id }).from(communes).where(eq(communes.code, code)))[0]!.id;
const userId = async (username: string) => (await viewerFor(test.db, username)).id;

let serial = 0;
/** A fresh Hải Vân secretary created by the admin, for tests that change an account. */
async function newHaiVanAccount() {
  serial += 1;
  const created = await createAccount(test.db, admin, {
    username: `tnv.haivan${serial}`,
    displayName: `Tình nguyện viên ${serial}`,
    role: "commune_secretary",
    communeId: String(haiVan),
    passwordMode: "generate",
  });
  return created.id;
}

// The demo seed takes a while on a busy 2-core machine.
beforeAll(async () => {
  test = await createDemoDatabase();
  admin = await viewerFor(test.db, "admin");
  daNang = await viewerFor(test.db, "tinhdoan.danang");
  secretary = await viewerFor(test.db, "bithu.haivan");
  haiVan = await communeId("HAI-VAN");
  caiRang = await communeId("CAI-RANG");
  canThoSecretary = await userId("bithu.cairang");
}, 240_000);
afterAll(async () => {
  await test?.close();
});

describe("creating an account", { timeout: 120_000 }, () => {
  it("lets the Đà Nẵng officer create a Hải Vân director who must change the password, and audits it", async () => {
    const created = await createAccount(test.db, daNang, {
      username: "PhoGiamDoc.HaiVan",
      displayName: "Đặng Thị Thảo",
      role: "center_director",
      communeId: String(haiVan),
      passwordMode: "typed",
      password: "Ta-Lang-Gian-Bi-2026",
    });
    const row = await account(created.id);
    expect(row).toMatchObject({
      username: "phogiamdoc.haivan",
      role: "center_director",
      communeId: haiVan,
      provinceId: daNang.provinceId,
    });
    expect(row.mustChangePassword).toBe(true);
    expect(await verifyPassword("Ta-Lang-Gian-Bi-2026", row.passwordHash)).toBe(true);
    expect(created.temporaryPassword).toBeUndefined();

    const audit = await expectAudited(test.db, {
      entity: "account",
      entityId: created.id,
      action: "create",
      userId: daNang.id,
    });
    expect(audit).toMatchObject({ communeId: haiVan, provinceId: daNang.provinceId });
    expect(audit.changes).toMatchObject({ username: { before: null, after: "phogiamdoc.haivan" } });
    expect(JSON.stringify(audit.changes)).not.toMatch(/\$2[aby]\$|Ta-Lang-Gian-Bi/);
  });

  it("generates a temporary password, returns it once and stores only its hash", async () => {
    const created = await createAccount(test.db, admin, {
      username: "tinhdoan.cantho2",
      displayName: "Lý Minh Khoa",
      role: "provincial_officer",
      provinceId: String((await viewerFor(test.db, "tinhdoan.cantho")).provinceId),
      passwordMode: "generate",
    });
    expect(created.temporaryPassword).toMatch(/^\S{4}-\S{4}-\S{4}$/);
    const row = await account(created.id);
    expect(row.passwordHash).not.toContain(created.temporaryPassword);
    expect(await verifyPassword(created.temporaryPassword!, row.passwordHash)).toBe(true);
  });

  it("refuses the Đà Nẵng officer a Cần Thơ commune, an admin or another officer, writing nothing", async () => {
    const before = await auditRows();
    const base = { displayName: "Người ngoài phạm vi", passwordMode: "generate" };
    const outside = await refusal(
      createAccount(test.db, daNang, {
        ...base,
        username: "bithu.lan",
        role: "commune_secretary",
        communeId: String(caiRang),
      }),
    );
    expect(outside.fieldErrors).toEqual({ communeId: ["accounts.errors.unitNotFound"] });
    expect(
      (await refusal(createAccount(test.db, daNang, { ...base, username: "quantri.lan", role: "admin" }))).key,
    ).toBe("errors.forbidden");
    expect(
      (
        await refusal(
          createAccount(test.db, daNang, {
            ...base,
            username: "tinhdoan.lan",
            role: "provincial_officer",
            provinceId: String(daNang.provinceId),
          }),
        )
      ).key,
    ).toBe("errors.forbidden");
    const written = await test.db
      .select()
      .from(users)
      .where(sql`${users.username} in ('bithu.lan', 'quantri.lan', 'tinhdoan.lan')`);
    expect(written).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it("refuses a commune secretary outright", async () => {
    const refused = await refusal(
      createAccount(test.db, secretary, {
        username: "tnv.moi",
        displayName: "Tình nguyện viên",
        role: "commune_secretary",
        communeId: String(haiVan),
      }),
    );
    expect(refused.key).toBe("errors.forbidden");
  });

  it("holds typed passwords to the policy", async () => {
    const base = {
      displayName: "Hồ Văn Nam",
      role: "commune_secretary",
      communeId: String(haiVan),
      passwordMode: "typed",
    };
    expect(
      (await refusal(createAccount(test.db, admin, { ...base, username: "ho.nam", password: "ngan@123" }))).fieldErrors,
    ).toEqual({
      password: ["password.errors.tooShort"],
    });
    expect(
      (await refusal(createAccount(test.db, admin, { ...base, username: "ho.nam.2026", password: "Ho.Nam.2026" })))
        .fieldErrors,
    ).toEqual({
      password: ["password.errors.sameAsUsername"],
    });
    expect((await refusal(createAccount(test.db, admin, { ...base, username: "ho.nam" }))).fieldErrors).toEqual({
      password: ["password.errors.required"],
    });
  });

  it("answers a taken username (in any case) with a field error", async () => {
    const refused = await refusal(
      createAccount(test.db, admin, {
        username: "BiThu.HaiVan",
        displayName: "Trùng tên",
        role: "commune_secretary",
        communeId: String(haiVan),
      }),
    );
    expect(refused.fieldErrors).toEqual({ username: ["accounts.errors.usernameTaken"] });
  });

  it("explains what is missing, field by field", async () => {
    const refused = await refusal(
      createAccount(test.db, admin, { username: "Có dấu", displayName: " ", role: "center_director" }),
    );
    expect(refused.fieldErrors).toEqual({
      username: ["accounts.errors.usernameFormat"],
      displayName: ["accounts.errors.displayNameRequired"],
      communeId: ["accounts.errors.communeRequired"],
    });
    const withPassword = await refusal(
      createAccount(test.db, admin, {
        username: "ho.nam",
        displayName: "",
        role: "admin",
        passwordMode: "typed",
        password: "ngan",
      }),
    );
    expect(withPassword.fieldErrors).toEqual({
      displayName: ["accounts.errors.displayNameRequired"],
      password: ["password.errors.tooShort"],
    });
  });
});

describe("changing an account", () => {
  it("lets the Đà Nẵng officer rename and move a secretary within Đà Nẵng, audited", async () => {
    const id = await newHaiVanAccount();
    const hoaXuan = await communeId("HOA-XUAN");
    await updateAccount(test.db, daNang, {
      id: String(id),
      displayName: "Nguyễn Thị Hoa",
      role: "center_director",
      communeId: String(hoaXuan),
    });
    expect(await account(id)).toMatchObject({
      displayName: "Nguyễn Thị Hoa",
      role: "center_director",
      communeId: hoaXuan,
    });
    const audit = await expectAudited(test.db, {
      entity: "account",
      entityId: id,
      action: "update",
      userId: daNang.id,
    });
    expect(audit.changes).toMatchObject({
      communeId: { before: haiVan, after: hoaXuan },
      role: { before: "commune_secretary", after: "center_director" },
    });
  });

  it("refuses the Đà Nẵng officer any change to a Cần Thơ account, writing nothing", async () => {
    const before = await account(canThoSecretary);
    const audits = await auditRows();
    const id = String(canThoSecretary);
    expect(
      (
        await refusal(
          updateAccount(test.db, daNang, {
            id,
            displayName: "Đổi tên",
            role: "commune_secretary",
            communeId: String(caiRang),
          }),
        )
      ).key,
    ).toBe("errors.notFound");
    expect((await refusal(setAccountActive(test.db, daNang, { id, active: "false" }))).key).toBe("errors.notFound");
    expect((await refusal(resetAccountPassword(test.db, daNang, { id, passwordMode: "generate" }))).key).toBe(
      "errors.notFound",
    );
    expect(await account(canThoSecretary)).toEqual(before);
    expect(await auditRows()).toBe(audits);
  });

  it("refuses moving a Đà Nẵng account into Cần Thơ or promoting it to admin", async () => {
    const id = String(await newHaiVanAccount());
    const moved = await refusal(
      updateAccount(test.db, daNang, { id, displayName: "X", role: "commune_secretary", communeId: String(caiRang) }),
    );
    expect(moved.fieldErrors).toEqual({ communeId: ["accounts.errors.unitNotFound"] });
    expect((await refusal(updateAccount(test.db, daNang, { id, displayName: "X", role: "admin" }))).key).toBe(
      "errors.forbidden",
    );
    expect((await account(Number(id))).role).toBe("commune_secretary");
  });

  it("lets nobody demote or deactivate themselves", async () => {
    const demoted = await refusal(
      updateAccount(test.db, admin, {
        id: String(admin.id),
        displayName: "Quản trị",
        role: "provincial_officer",
        provinceId: "1",
      }),
    );
    expect(demoted.fieldErrors).toEqual({ role: ["accounts.errors.selfRole"] });
    expect((await refusal(setAccountActive(test.db, admin, { id: String(admin.id), active: "false" }))).key).toBe(
      "accounts.errors.selfDeactivate",
    );
    expect((await refusal(setAccountActive(test.db, daNang, { id: String(daNang.id), active: "false" }))).key).toBe(
      "accounts.errors.selfDeactivate",
    );
    expect((await account(admin.id)).active).toBe(true);
    // Renaming oneself is fine.
    await updateAccount(test.db, daNang, {
      id: String(daNang.id),
      displayName: "Lê Thị Thu Hà (Thành đoàn)",
      role: "provincial_officer",
      provinceId: String(daNang.provinceId),
    });
    expect((await account(daNang.id)).displayName).toBe("Lê Thị Thu Hà (Thành đoàn)");
  });

  it("keeps a commune secretary out of account management", async () => {
    const id = String(await newHaiVanAccount());
    expect((await refusal(setAccountActive(test.db, secretary, { id, active: "false" }))).key).toBe("errors.forbidden");
    expect(
      (
        await refusal(
          updateAccount(test.db, secretary, {
            id,
            displayName: "X",
            role: "commune_secretary",
            communeId: String(haiVan),
          }),
        )
      ).key,
    ).toBe("errors.forbidden");
  });
});

describe("locking and resetting", { timeout: 120_000 }, () => {
  it("deactivation bumps the session version (open sessions end) and is audited; reactivation restores access", async () => {
    const id = await newHaiVanAccount();
    const before = await account(id);
    await setAccountActive(test.db, daNang, { id: String(id), active: "false" });
    const after = await account(id);
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await expectAudited(test.db, {
      entity: "account",
      entityId: id,
      action: "deactivate",
      userId: daNang.id,
    });
    expect(audit.changes).toMatchObject({ active: { before: true, after: false } });

    await setAccountActive(test.db, daNang, { id: String(id), active: "true" });
    expect((await account(id)).active).toBe(true);
    await expectAudited(test.db, { entity: "account", entityId: id, action: "reactivate" });
  });

  it("a reset issues a new temporary password, forces a change, ends sessions and masks the hash in the log", async () => {
    const id = await newHaiVanAccount();
    const before = await account(id);
    const reset = await resetAccountPassword(test.db, daNang, { id: String(id), passwordMode: "generate" });
    const after = await account(id);
    expect(await verifyPassword(reset.temporaryPassword!, after.passwordHash)).toBe(true);
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: before.sessionVersion + 1 });
    const audit = await expectAudited(test.db, { entity: "account", entityId: id, action: "reset_password" });
    expect(audit.changes).toMatchObject({ passwordHash: { before: "•••", after: "•••" } });
    expect(JSON.stringify(audit.changes)).not.toContain("$2");
  });

  it("refuses resetting one's own password here", async () => {
    expect(
      (await refusal(resetAccountPassword(test.db, admin, { id: String(admin.id), passwordMode: "generate" }))).key,
    ).toBe("accounts.errors.selfReset");
  });
});

// bcrypt at cost 11 is slow on purpose; several comparisons per test on a shared machine.
describe("changing one's own password", { timeout: 120_000 }, () => {
  let hoaXuan: Viewer;
  beforeAll(async () => {
    hoaXuan = await viewerFor(test.db, "bithu.hoaxuan");
  });
  const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
    changeOwnPassword(test.db, hoaXuan, { currentPassword, newPassword, confirmPassword });
  const fieldErrorsOf = async (work: Promise<unknown>) => (await refusal(work)).fieldErrors;

  it("explains each refusal in words the form shows, and changes nothing", async () => {
    const before = await account(hoaXuan.id);
    expect(await fieldErrorsOf(change("sai-mat-khau", "Mot cau de nho 2026"))).toEqual({
      currentPassword: ["password.errors.currentWrong"],
    });
    expect(await fieldErrorsOf(change(DEMO_PASSWORD, "ngan@2026"))).toEqual({
      newPassword: ["password.errors.tooShort"],
    });
    expect(await fieldErrorsOf(change(DEMO_PASSWORD, "BITHU.HOAXUAN"))).toEqual({
      newPassword: ["password.errors.sameAsUsername"],
    });
    expect(await fieldErrorsOf(change("Demo@2026", "Demo@2026"))).toEqual({
      newPassword: ["password.errors.tooShort", "password.errors.sameAsCurrent"],
    });
    expect(await fieldErrorsOf(change(DEMO_PASSWORD, "Mot cau de nho 2026", "Mot cau de nho 2025"))).toEqual({
      confirmPassword: ["password.errors.mismatch"],
    });
    expect(await fieldErrorsOf(change("sai", "bithu.hoaxuan", "khac"))).toEqual({
      currentPassword: ["password.errors.currentWrong"],
      newPassword: ["password.errors.sameAsUsername"],
      confirmPassword: ["password.errors.mismatch"],
    });
    expect(await account(hoaXuan.id)).toEqual(before);
  });

  it("clears a forced change, ends other sessions and is audited without the hash", async () => {
    await resetAccountPassword(test.db, daNang, {
      id: String(hoaXuan.id),
      passwordMode: "typed",
      password: "Tam-thoi-2026",
    });
    const before = await account(hoaXuan.id);
    expect(before.mustChangePassword).toBe(true);

    const result = await change("Tam-thoi-2026", "Cầu Rồng phun lửa 2026");
    expect(result).toEqual({ username: "bithu.hoaxuan" });
    const after = await account(hoaXuan.id);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword("Cầu Rồng phun lửa 2026", after.passwordHash)).toBe(true);

    const audit = await expectAudited(test.db, {
      entity: "account",
      entityId: hoaXuan.id,
      action: "change_password",
      userId: hoaXuan.id,
    });
    expect(audit.changes).toMatchObject({
      passwordHash: { before: "•••", after: "•••" },
      mustChangePassword: { before: true, after: false },
    });
    expect(audit.communeId).toBe(hoaXuan.communeId);
    expect(JSON.stringify(audit.changes)).not.toMatch(/\$2[aby]\$|Cầu Rồng/);
  });
});

describe("guessing the current password", { timeout: 120_000 }, () => {
  it("is stopped after 5 wrong tries, even with the right one next, until the wait is over", async () => {
    const officer = await viewerFor(test.db, "tinhdoan.cantho");
    const change = (currentPassword: string) =>
      changeOwnPassword(test.db, officer, {
        currentPassword,
        newPassword: "Sông Hậu mùa nước nổi 2026",
        confirmPassword: "Sông Hậu mùa nước nổi 2026",
      });
    for (let i = 0; i < 5; i++)
      expect((await refusal(change(`sai-${i}`))).fieldErrors).toEqual({
        currentPassword: ["password.errors.currentWrong"],
      });
    const before = await account(officer.id);
    expect((await refusal(change(DEMO_PASSWORD))).fieldErrors).toEqual({
      currentPassword: ["password.errors.currentThrottled"],
    });
    expect(await account(officer.id)).toEqual(before);
    // Once the wait is over, the right password works again.
    await test.db.execute(
      sql`update auth_throttle set blocked_until = now() - interval '1 second' where key = ${`current-password:${officer.id}`}`,
    );
    await change(DEMO_PASSWORD);
    expect(await verifyPassword("Sông Hậu mùa nước nổi 2026", (await account(officer.id)).passwordHash)).toBe(true);
  });
});

describe("removing a lost second factor", () => {
  it("clears the secret and recovery codes, ends sessions, is audited, and is refused out of scope or on oneself", async () => {
    const id = await newHaiVanAccount();
    await test.db.update(users).set({ totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" }).where(eq(users.id, id));
    await test.db.insert(recoveryCodes).values([
      { userId: id, codeHash: "h1" },
      { userId: id, codeHash: "h2" },
    ]);
    const before = await account(id);
    const audits = await auditRows();

    // Cần Thơ's officer cannot see a Đà Nẵng account; a secretary manages no accounts; nobody resets their own here.
    const canTho = await viewerFor(test.db, "tinhdoan.cantho");
    expect((await refusal(resetSecondFactor(test.db, canTho, { id: String(id) }))).key).toBe("errors.notFound");
    expect((await refusal(resetSecondFactor(test.db, secretary, { id: String(id) }))).key).toBe("errors.forbidden");
    expect((await refusal(resetSecondFactor(test.db, daNang, { id: String(daNang.id) }))).key).toBe(
      "accounts.errors.selfResetTotp",
    );
    expect(await account(id)).toEqual(before);
    expect(await auditRows()).toBe(audits);

    await resetSecondFactor(test.db, daNang, { id: String(id) });
    const after = await account(id);
    expect(after.totpEnabled).toBe(false);
    expect(after.totpSecret).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await test.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id))).toEqual([]);
    const audit = await expectAudited(test.db, {
      entity: "account",
      entityId: id,
      action: "reset_totp",
      userId: daNang.id,
    });
    expect(audit.changes).toMatchObject({ totpEnabled: { before: true, after: false } });
    expect(JSON.stringify(audit.changes)).not.toContain("JBSWY3DPEHPK3PXP");

    // Nothing left to remove: a clear message, nothing written.
    expect((await refusal(resetSecondFactor(test.db, daNang, { id: String(id) }))).key).toBe(
      "accounts.errors.noSecondFactor",
    );
  });
});
