import { env } from "./env";

// Headers for an internal dashboard: nothing may frame it, nothing is sniffed, no third-party
// origin is trusted. Next's runtime needs inline scripts for hydration data, hence 'unsafe-inline'
// for scripts; no external origin is allowed anywhere. `next dev` (React's dev tooling and
// Turbopack's HMR) also evaluates strings, so 'unsafe-eval' is added in development only.
// An office with internet may point the map at a tile server (MAP_TILE_URL, read at build time):
// only that origin is added, for images and fetches.
const tileOrigin = env.MAP_TILE_URL ? new URL(env.MAP_TILE_URL.replace(/[{}]/g, "")).origin : "";
const withTiles = (directive: string) => (tileOrigin ? `${directive} ${tileOrigin}` : directive);

export function contentSecurityPolicy(nodeEnv: string = env.NODE_ENV): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${nodeEnv === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    withTiles("img-src 'self' data: blob:"),
    "font-src 'self' data:",
    withTiles("connect-src 'self'"),
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
