import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's address as far as it can be trusted. `next start` fills X-Forwarded-For with the
 * socket's address only when the request has none, so without a proxy in front the header is
 * whatever the client sent: with TRUSTED_PROXY_COUNT=0 it is ignored (address unknown). Behind N
 * proxies that each append the address they saw, the entry N from the right is the one the
 * outermost trusted proxy saw; anything left of it is the client's word.
 */
export function trustedAddress(forwardedFor: string | null | undefined, trustedProxies: number = env.TRUSTED_PROXY_COUNT): string | null {
  if (trustedProxies <= 0 || !forwardedFor) return null;
  const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
  if (hops.length === 0) return null;
  const candidate = hops[Math.max(0, hops.length - trustedProxies)]!;
  return isIP(candidate) ? candidate : null;
}

/** Where the current request comes from (address as trusted above, user agent), for security audit rows. */
export async function requestOrigin(): Promise<{ address: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    return { address: trustedAddress(h.get("x-forwarded-for")), userAgent: h.get("user-agent") };
  } catch {
    // Outside a request (a script, a test): nothing to say.
    return { address: null, userAgent: null };
  }
}
