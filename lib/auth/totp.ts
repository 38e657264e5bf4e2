import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from "node:crypto";
import { generateSecret, generateURI, generateSync, verifySync } from "otplib";
import { allKeys, configuredKeyring, currentKey, keyOf, type TotpKeyring } from "./totp-keys";

// Second factor (RFC 6238: 6 digits, 30-second steps, SHA-1 — what every authenticator app
// reads from a QR code). The shared secret is encrypted at rest with AES-256-GCM under a
// numbered key from TOTP_ENCRYPTION_KEY (lib/auth/totp-keys.ts), and bound to its account so a
// secret copied into another row does not decrypt. AUTH_SECRET only signs sessions: rotating it
// signs everyone out but leaves enrolments alone.

export const totpIssuer = "1+20";
const period = 30;
// One step either side absorbs a phone clock a little off and the time it takes to type.
const toleranceSeconds = period;

const b64 = (buf: Buffer) => buf.toString("base64url");
const aad = (userId: number) => Buffer.from(`user:${userId}`);

/**
 * "k<version>.<iv>.<tag>.<ciphertext>", base64url parts. (The older "v1.…" values were keyed
 * from AUTH_SECRET; they still decrypt, see decryptTotpSecret.)
 */
export function encryptTotpSecret(secret: string, userId: number, ring: TotpKeyring = configuredKeyring()): string {
  const { version, key } = currentKey(ring, "totp-secret-encryption");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(userId));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [`k${version}`, b64(iv), b64(cipher.getAuthTag()), b64(body)].join(".");
}

/** The key version a stored secret was written with ("legacy": derived from AUTH_SECRET), or null. */
export function totpSecretKeyVersion(stored: string): number | "legacy" | null {
  const prefix = stored.split(".", 1)[0] ?? "";
  if (prefix === "v1") return "legacy";
  const match = /^k(\d{1,6})$/.exec(prefix);
  return match ? Number(match[1]) : null;
}

/** The plain secret, or null when the stored value was tampered with, moved or keyed differently. */
export function decryptTotpSecret(
  stored: string,
  userId: number,
  ring: TotpKeyring = configuredKeyring(),
): string | null {
  const version = totpSecretKeyVersion(stored);
  const [, iv, tag, body, extra] = stored.split(".");
  if (version === null || !iv || !tag || !body || extra !== undefined) return null;
  const key = keyOf(ring, version, "totp-secret-encryption");
  if (!key) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
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

const hmac = (key: Buffer, code: string) =>
  createHmac("sha256", key).update(normaliseRecoveryCode(code)).digest("base64url");

/** What a new recovery code is stored as: "k<version>.<HMAC>" under the newest key. */
export function hashRecoveryCode(code: string, ring: TotpKeyring = configuredKeyring()): string {
  const { version, key } = currentKey(ring, "recovery-code-hmac");
  return `k${version}.${hmac(key, code)}`;
}

/**
 * Every form a typed code may be stored under: one per listed key, plus the bare HMAC of the
 * AUTH_SECRET days. A code can't be re-hashed without knowing it, so codes issued under an older
 * key keep working while that key stays listed (or until their owner makes new ones).
 */
export function recoveryCodeCandidates(code: string, ring: TotpKeyring = configuredKeyring()): string[] {
  return allKeys(ring, "recovery-code-hmac").map(({ version, key }) =>
    version === "legacy" ? hmac(key, code) : `k${version}.${hmac(key, code)}`,
  );
}
