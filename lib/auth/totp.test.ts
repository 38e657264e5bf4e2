import { describe, expect, it } from "vitest";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  isRecoveryCodeShape,
  matchTotpCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  totpCodeAt,
} from "./totp";

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32 below); 8-digit values cut to 6.
const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("match RFC 6238's test vectors", () => {
    expect(totpCodeAt(rfcSecret, 59)).toBe("287082");
    expect(totpCodeAt(rfcSecret, 1111111109)).toBe("081804");
    expect(totpCodeAt(rfcSecret, 2000000000)).toBe("279037");
  });

  it("accept a code one step either side, not two, and report its step", () => {
    const now = 1_800_000_000; // a step boundary: 60_000_000 × 30
    const step = now / 30;
    expect(matchTotpCode(rfcSecret, totpCodeAt(rfcSecret, now), { epochSeconds: now })).toBe(step);
    expect(matchTotpCode(rfcSecret, totpCodeAt(rfcSecret, now - 30), { epochSeconds: now })).toBe(step - 1);
    expect(matchTotpCode(rfcSecret, totpCodeAt(rfcSecret, now + 30), { epochSeconds: now })).toBe(step + 1);
    expect(matchTotpCode(rfcSecret, totpCodeAt(rfcSecret, now - 90), { epochSeconds: now })).toBeNull();
    expect(matchTotpCode(rfcSecret, "12345", { epochSeconds: now })).toBeNull();
  });

  it("refuse a code whose step was already used", () => {
    const now = 1_800_000_000;
    const code = totpCodeAt(rfcSecret, now);
    expect(matchTotpCode(rfcSecret, code, { epochSeconds: now, afterTimeStep: now / 30 })).toBeNull();
    expect(matchTotpCode(rfcSecret, code, { epochSeconds: now, afterTimeStep: now / 30 - 1 })).toBe(now / 30);
  });

  it("build an otpauth URI an authenticator app reads", () => {
    const uri = new URL(otpauthUri("bithu.haivan", rfcSecret));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(rfcSecret);
    expect(uri.searchParams.get("issuer")).toBe("1+20");
  });
});

describe("secret at rest", () => {
  it("round-trips for its own account only", () => {
    const secret = newTotpSecret();
    const stored = encryptTotpSecret(secret, 7);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored, 7)).toBe(secret);
    // Copied onto another account's row, it does not decrypt.
    expect(decryptTotpSecret(stored, 8)).toBeNull();
    // Two encryptions of one secret differ (fresh IV each time).
    expect(encryptTotpSecret(secret, 7)).not.toBe(stored);
  });

  it("fails closed when tampered with", () => {
    const stored = encryptTotpSecret(newTotpSecret(), 7);
    const parts = stored.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(decryptTotpSecret([parts[0], parts[1], parts[2], body.toString("base64url")].join("."), 7)).toBeNull();
    expect(decryptTotpSecret("plain-secret", 7)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct XXXXX-XXXXX codes, hashed the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(isRecoveryCodeShape(code)).toBe(true);
      expect(hashRecoveryCode(code.toLowerCase().replace("-", " "))).toBe(hashRecoveryCode(code));
      expect(hashRecoveryCode(code)).not.toContain(code.replace("-", ""));
    }
    expect(isRecoveryCodeShape("123456")).toBe(false);
  });
});
