import { env, publicUrlIsHttps } from "./env";

// Headers for an internal dashboard: nothing may frame it, nothing is sniffed, no third-party
// origin is trusted. The Content-Security-Policy is set per request by the proxy (proxy.ts) with
// a fresh nonce: Next puts that nonce on its own inline scripts (hydration data) when a page is
// rendered per request — every page here is (it reads the session and the locale cookie) — so
// scripts need no 'unsafe-inline'. `next dev` (React's dev tooling and Turbopack's HMR) also
// evaluates strings, so 'unsafe-eval' is added in development only.
// An office with internet may point the map at a tile server (MAP_TILE_URL): only that origin is
// added, for images and fetches.
const tileOrigin = env.MAP_TILE_URL ? new URL(env.MAP_TILE_URL.replace(/[{}]/g, "")).origin : "";
const withTiles = (directive: string) => (tileOrigin ? `${directive} ${tileOrigin}` : directive);

/** A fresh nonce: 128 random bits, base64 (what a CSP nonce-source takes). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy(nonce: string, nodeEnv: string = env.NODE_ENV): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${nodeEnv === "development" ? " 'unsafe-eval'" : ""}`,
    // Styles stay 'unsafe-inline': React renders style="" attributes (recharts' SVG sizes and
    // tooltips, MapLibre's canvas and marker positions, Radix popovers' placement), which a nonce
    // cannot cover (nonces apply to <style> elements, not attributes). Inline styles cannot run
    // code; scripts, where an injection would, are nonce-only.
    "style-src 'self' 'unsafe-inline'",
    withTiles("img-src 'self' data: blob:"),
    "font-src 'self' data:",
    withTiles("connect-src 'self'"),
    // The map's worker is our own file (public/maplibre); blob: for MapLibre's fallback worker.
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** One year, subdomains included: sent only when users reach the app over HTTPS. */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/** Headers that do not change per request (next.config.ts sends them with every response). */
export const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Whether users reach the app over HTTPS: the configured public URL says so, or the proxy in
 * front does (X-Forwarded-Proto, believed only when TRUSTED_PROXY_COUNT says a proxy sets it;
 * `next start` itself never terminates TLS).
 */
export function servedOverHttps(
  forwardedProto: string | null,
  e: Pick<typeof env, "PUBLIC_URL" | "AUTH_URL" | "TRUSTED_PROXY_COUNT"> = env,
): boolean {
  if (publicUrlIsHttps(e)) return true;
  return e.TRUSTED_PROXY_COUNT > 0 && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
