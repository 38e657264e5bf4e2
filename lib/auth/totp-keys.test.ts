import { createCipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  newTotpSecret,
  recoveryCodeCandidates,
  totpSecretKeyVersion,
} from "./totp";
import type { TotpKeyring } from "./totp-keys";

const v1 = { version: 1, key: "first-totp-key-for-this-test-0123456789" };
const v2 = { version: 2, key: "second-totp-key-for-this-test-987654321" };
const authSecret = "the-auth-secret-of-an-existing-install-0123";

// What the previous release stored: AES-256-GCM under HKDF(AUTH_SECRET), "v1.<iv>.<tag>.<ct>",
// and recovery codes as the bare HMAC. Written out here as the data such an install holds.
const legacyKey = (purpose: string) => Buffer.from(hkdfSync("sha256", authSecret, "outreach-1-20", purpose, 32));
function legacyEncrypt(secret: string, userId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", legacyKey("totp-secret-encryption"), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}
const legacyRecoveryHash = (code: string) =>
  createHmac("sha256", legacyKey("recovery-code-hmac")).update(code.replace("-", "")).digest("base64url");

describe("versioned TOTP encryption keys", () => {
  it("encrypt with v1, rotate to v2: the old secret still decrypts, new ones are written under v2", () => {
    const secret = newTotpSecret();
    const before: TotpKeyring = { keys: [v1] };
    const stored = encryptTotpSecret(secret, 7, before);
    expect(totpSecretKeyVersion(stored)).toBe(1);

    const rotated: TotpKeyring = { keys: [v2, v1] };
    expect(decryptTotpSecret(stored, 7, rotated)).toBe(secret);
    const rewritten = encryptTotpSecret(secret, 7, rotated);
    expect(totpSecretKeyVersion(rewritten)).toBe(2);
    expect(decryptTotpSecret(rewritten, 7, { keys: [v2] })).toBe(secret);

    // Once v1 leaves the list, what it wrote no longer opens; v2's key can't open v1's value.
    expect(decryptTotpSecret(stored, 7, { keys: [v2] })).toBeNull();
    expect(decryptTotpSecret(stored.replace(/^k1\./, "k2."), 7, rotated)).toBeNull();
  });

  it("refuses to write without a key (fails closed)", () => {
    expect(() => encryptTotpSecret(newTotpSecret(), 7, { keys: [], legacySecret: authSecret })).toThrow(
      /TOTP_ENCRYPTION_KEY/,
    );
    expect(() => hashRecoveryCode("ABCDE-FGHJK", { keys: [] })).toThrow(/TOTP_ENCRYPTION_KEY/);
  });

  it("still opens enrolments made under AUTH_SECRET's derivation while AUTH_SECRET is set", () => {
    const secret = newTotpSecret();
    const stored = legacyEncrypt(secret, 9);
    expect(totpSecretKeyVersion(stored)).toBe("legacy");
    expect(decryptTotpSecret(stored, 9, { keys: [v1], legacySecret: authSecret })).toBe(secret);
    expect(decryptTotpSecret(stored, 10, { keys: [v1], legacySecret: authSecret })).toBeNull();
    expect(decryptTotpSecret(stored, 9, { keys: [v1] })).toBeNull();
  });

  it("recovery codes match under every listed key and the legacy HMAC", () => {
    const code = "ABCDE-FGHJK";
    const underV1 = hashRecoveryCode(code, { keys: [v1] });
    expect(underV1.startsWith("k1.")).toBe(true);
    const rotated: TotpKeyring = { keys: [v2, v1], legacySecret: authSecret };
    expect(recoveryCodeCandidates(code, rotated)).toEqual([
      hashRecoveryCode(code, { keys: [v2] }),
      underV1,
      legacyRecoveryHash(code),
    ]);
    expect(recoveryCodeCandidates("abcde fghjk", rotated)).toContain(underV1);
    expect(recoveryCodeCandidates(code, { keys: [v2] })).not.toContain(underV1);
  });
});
