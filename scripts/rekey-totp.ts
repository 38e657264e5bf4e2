// `npm run totp:rekey`: after putting a new key first in TOTP_ENCRYPTION_KEY ("2:<new>,1:<old>"),
// re-encrypts every second-factor secret under it. The old key can then leave the list once no
// unused recovery code is hashed under it (the count is printed; users make new codes in the app).
import { rekeyTotpSecrets } from "../lib/auth/totp-rekey";
import { connect } from "../lib/db/client";
import { env } from "../lib/env";

const conn = connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, max: 1 });
try {
  const result = await rekeyTotpSecrets(conn.db);
  console.log(`Second-factor secrets re-encrypted under the newest key: ${result.rekeyed}.`);
  if (result.unreadable.length > 0) {
    console.error(
      `No listed key opens the secret of user ids ${result.unreadable.join(", ")}: remove their second factor in /accounts so they enrol again.`,
    );
    process.exitCode = 1;
  }
  console.log(`Unused recovery codes still hashed under an older key: ${result.recoveryCodesOnOlderKeys}.`);
} finally {
  await conn.close();
}
