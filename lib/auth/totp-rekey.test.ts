import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recoveryCodes, users } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { decryptTotpSecret, encryptTotpSecret, hashRecoveryCode, newTotpSecret, totpSecretKeyVersion } from "./totp";
import { rekeyTotpSecrets } from "./totp-rekey";

const v1 = { version: 1, key: "first-totp-key-for-this-test-0123456789" };
const v2 = { version: 2, key: "second-totp-key-for-this-test-987654321" };

describe("rekeyTotpSecrets", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createDemoDatabase();
  });
  afterAll(async () => t?.close());

  it("moves every secret to the newest key, so the old key can be dropped", async () => {
    const accounts = await t.db.select({ id: users.id }).from(users).orderBy(users.id).limit(3);
    const secrets = new Map(accounts.map((a) => [a.id, newTotpSecret()]));
    for (const [id, secret] of secrets) {
      await t.db
        .update(users)
        .set({ totpSecret: encryptTotpSecret(secret, id, { keys: [v1] }), totpEnabled: true })
        .where(eq(users.id, id));
    }
    await t.db
      .insert(recoveryCodes)
      .values({ userId: accounts[0]!.id, codeHash: hashRecoveryCode("ABCDE-FGHJK", { keys: [v1] }) });
    const [broken] = await t.db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.id} not in ${[...secrets.keys()]}`)
      .limit(1);
    await t.db
      .update(users)
      .set({
        totpSecret: encryptTotpSecret(newTotpSecret(), broken!.id, {
          keys: [{ version: 1, key: "a-key-nobody-lists-any-more-0123456789" }],
        }),
      })
      .where(eq(users.id, broken!.id));

    const result = await rekeyTotpSecrets(t.db, { keys: [v2, v1] });
    expect(result).toEqual({ rekeyed: secrets.size, unreadable: [broken!.id], recoveryCodesOnOlderKeys: 1 });

    for (const [id, secret] of secrets) {
      const [row] = await t.db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, id));
      expect(totpSecretKeyVersion(row!.stored!)).toBe(2);
      expect(decryptTotpSecret(row!.stored!, id, { keys: [v2] })).toBe(secret);
    }
    expect((await rekeyTotpSecrets(t.db, { keys: [v2, v1] })).rekeyed).toBe(0);
  });
});
