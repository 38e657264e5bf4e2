import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { generateSecret, generateURI, generateSync, verifySync } from "otplib";
import { env } from "@/lib/env";

// Second factor (RFC 6238: 6 digits, 30-second steps, SHA-1 — what every authenticator app
// reads from a QR code). The shared secret is encrypted at rest with AES-256-GCM under a key
// derived from AUTH_SECRET (HKDF), and bound to its account so a secret copied into another
// row does not decrypt. Rotating AUTH_SECRET therefore voids every enrolment (and every session).

export const totpIssuer = "1+20";
const period = 30;
// One step either side absorbs a phone clock a little off and the time it takes to type.
const toleranceSeconds = period;

function derivedKey(purpose: "totp-secret-encryption" | "recovery-code-hmac"): Buffer {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required for the second factor");
  return Buffer.from(hkdfSync("sha256", secret, "outreach-1-20", purpose, 32));
}

const b64 = (buf: Buffer) => buf.toString("base64url");
const aad = (userId: number) => Buffer.from(`user:${userId}`);

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function encryptTotpSecret(secret: string, userId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("totp-secret-encryption"), iv);
  cipher.setAAD(aad(userId));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", b64(iv), b64(cipher.getAuthTag()), b64(body)].join(".");
}

/** The plain secret, or null when the stored value was tampered with, moved or keyed differently. */
export function decryptTotpSecret(stored: string, userId: number): string | null {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("totp-secret-encryption"), Buffer.from(iv, "base64url"));
    decipher.setAAD(aad(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export const newTotpSecret = () => generateSecret({ length: 20 });

export const otpauthUri = (username: string, secret: string) =>
  generateURI({ issuer: totpIssuer, label: username, secret, period });

/** The code an authenticator shows at `epochSeconds` (tests and the e2e use it). */
export const totpCodeAt = (secret: string, epochSeconds = Math.floor(Date.now() / 1000)) =>
  generateSync({ secret, period, epoch: epochSeconds });

export const isTotpCode = (value: string) => /^\d{6}$/.test(value);

/**
 * Checks a 6-digit code within ±1 step. `afterTimeStep` rejects any step at or before the last
 * one used (replay protection). Returns the step the code belongs to, or null.
 */
export function matchTotpCode(
  secret: string,
  code: string,
  options: { afterTimeStep?: number; epochSeconds?: number } = {},
): number | null {
  if (!isTotpCode(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    period,
    epochTolerance: toleranceSeconds,
    epoch: options.epochSeconds ?? Math.floor(Date.now() / 1000),
    afterTimeStep: options.afterTimeStep,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// Recovery codes: 10 characters from an alphabet without look-alikes (50 bits each), shown as
// XXXXX-XXXXX. High-entropy, so a keyed HMAC is as good as a slow hash here and lets a sign-in
// find the code with one indexed lookup instead of ten bcrypt comparisons.
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const recoveryCodeCount = 10;

export function newRecoveryCodes(count = recoveryCodeCount): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Upper-case, without spaces or dashes: "abcde fghij" and "ABCDE-FGHIJ" are the same code. */
export const normaliseRecoveryCode = (value: string) => value.toUpperCase().replace(/[\s-]/g, "");

export const isRecoveryCodeShape = (value: string) =>
  new RegExp(`^[${alphabet}]{10}$`).test(normaliseRecoveryCode(value));

export function hashRecoveryCode(code: string): string {
  return createHmac("sha256", derivedKey("recovery-code-hmac")).update(normaliseRecoveryCode(code)).digest("base64url");
}
