import { and, eq, isNotNull, not, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { recoveryCodes, users } from "@/lib/db/schema";
import { decryptTotpSecret, encryptTotpSecret, totpSecretKeyVersion } from "./totp";
import { configuredKeyring, currentKey, type TotpKeyring } from "./totp-keys";

// Key rotation, step two (`npm run totp:rekey`): re-encrypt every stored second-factor secret
// under the newest key, so the older key (or AUTH_SECRET's legacy derivation) can be dropped.
// One transaction: either every secret moves or none does.

export interface RekeyResult {
  rekeyed: number;
  /** Secrets no listed key opens: their owners must enrol again (an admin removes the factor). */
  unreadable: number[];
  /** Unused recovery codes still hashed under an older key (they can't be re-hashed). */
  recoveryCodesOnOlderKeys: number;
}

export async function rekeyTotpSecrets(db: Executor, ring: TotpKeyring = configuredKeyring()): Promise<RekeyResult> {
  const { version } = currentKey(ring, "totp-secret-encryption");
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: users.id, stored: users.totpSecret })
      .from(users)
      .where(isNotNull(users.totpSecret))
      .for("update");
    const result: RekeyResult = { rekeyed: 0, unreadable: [], recoveryCodesOnOlderKeys: 0 };
    for (const row of rows) {
      if (totpSecretKeyVersion(row.stored!) === version) continue;
      const secret = decryptTotpSecret(row.stored!, row.id, ring);
      if (secret === null) {
        result.unreadable.push(row.id);
        continue;
      }
      await tx
        .update(users)
        .set({ totpSecret: encryptTotpSecret(secret, row.id, ring) })
        .where(eq(users.id, row.id));
      result.rekeyed += 1;
    }
    const [left] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(recoveryCodes)
      .where(and(sql`${recoveryCodes.usedAt} is null`, not(sql`${recoveryCodes.codeHash} like ${`k${version}.%`}`)));
    result.recoveryCodesOnOlderKeys = left?.n ?? 0;
    return result;
  });
}
