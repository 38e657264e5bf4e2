import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

// The keys that protect second-factor secrets at rest (AES-256-GCM) and key the recovery codes'
// HMAC. They come from TOTP_ENCRYPTION_KEY, numbered so they can be rotated: every stored value
// names the key version that made it, the newest key makes new ones, every listed key still
// opens old ones. Before versioned keys both were derived from AUTH_SECRET ("legacy"); values
// made that way still open while AUTH_SECRET is set, and `npm run totp:rekey` moves them over.

export type KeyPurpose = "totp-secret-encryption" | "recovery-code-hmac";

export interface TotpKeyring {
  /** Newest first; the first one writes. */
  keys: { version: number; key: string }[];
  /** AUTH_SECRET, for values written before versioned keys existed. */
  legacySecret?: string;
}

export function configuredKeyring(): TotpKeyring {
  return { keys: env.TOTP_ENCRYPTION_KEY ?? [], legacySecret: env.AUTH_SECRET };
}

const derive = (material: string, purpose: KeyPurpose) =>
  Buffer.from(hkdfSync("sha256", material, "outreach-1-20", purpose, 32));

/** The key new values are written with. Fails closed: no key, no second factor. */
export function currentKey(ring: TotpKeyring, purpose: KeyPurpose): { version: number; key: Buffer } {
  const newest = ring.keys[0];
  if (!newest) throw new Error("TOTP_ENCRYPTION_KEY is required for the second factor");
  return { version: newest.version, key: derive(newest.key, purpose) };
}

/** The key of one version, or the legacy AUTH_SECRET-derived key for version "legacy". */
export function keyOf(ring: TotpKeyring, version: number | "legacy", purpose: KeyPurpose): Buffer | null {
  if (version === "legacy") return ring.legacySecret ? derive(ring.legacySecret, purpose) : null;
  const entry = ring.keys.find((k) => k.version === version);
  return entry ? derive(entry.key, purpose) : null;
}

/** Every key that may have written a stored value, newest first, legacy last. */
export function allKeys(ring: TotpKeyring, purpose: KeyPurpose): { version: number | "legacy"; key: Buffer }[] {
  const out: { version: number | "legacy"; key: Buffer }[] = ring.keys.map((k) => ({
    version: k.version,
    key: derive(k.key, purpose),
  }));
  if (ring.legacySecret) out.push({ version: "legacy", key: derive(ring.legacySecret, purpose) });
  return out;
}
