import { env, publicUrlIsHttps } from "@/lib/env";
import type { NextAuthConfig } from "next-auth";

// The edge-safe half of Auth.js (no database): used by the proxy to send anonymous visitors to
// /login. It is never the only check; getViewer() re-reads the account on every request.
export const publicPaths = ["/login"];

/**
 * Where the proxy sends a request that needs a session and has none: /login with the page to come
 * back to, as a path (the proxy's own URL carries the server's listening origin, e.g.
 * localhost:3000 behind a reverse proxy, not the one the browser used, so an absolute callbackUrl
 * would never pass the same-origin check after sign-in). Null when the request may go on.
 *
 * Not an Auth.js `authorized` callback: when that returns a Response, Auth.js sends it as is and
 * the proxy never gets to add its security headers.
 */
export function signInRedirect(signedIn: boolean, url: URL): URL | null {
  const path = url.pathname;
  if (signedIn || publicPaths.some((p) => path === p || path.startsWith(`${p}/`))) return null;
  const login = new URL(publicPaths[0]!, url);
  login.searchParams.set("callbackUrl", `${path}${url.search}`);
  return login;
}

/**
 * The token is re-issued while the user is active (sliding expiry), but no session outlives this
 * many seconds from sign-in: a working day fits, and a revoked session's row can be dropped after it.
 */
export const sessionLifetimeSeconds = 2 * env.SESSION_MAX_AGE_HOURS * 3600;

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600, updateAge: 15 * 60 },
  trustHost: true,
  // Secure whenever users reach the app over HTTPS as configured; otherwise Auth.js decides from
  // the request's protocol (X-Forwarded-Proto from the proxy in front).
  useSecureCookies: publicUrlIsHttps() || undefined,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        // Whether this sign-in passed a second factor: turning TOTP on ends the sessions that did not.
        token.mfa = (user as { secondFactor?: boolean }).secondFactor === true;
        // One id per sign-in, so signing out can void this session and no other.
        token.sid = crypto.randomUUID();
        token.at = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.uid = typeof token.uid === "string" ? token.uid : undefined;
      session.sv = typeof token.sv === "number" ? token.sv : undefined;
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      session.at = typeof token.at === "number" ? token.at : undefined;
      session.mfa = token.mfa === true;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
    sid?: string;
    /** Sign-in time, seconds since the epoch. */
    at?: number;
    /** Signed in with a second factor. */
    mfa?: boolean;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
    /** Sign-in time, seconds since the epoch. */
    at?: number;
    /** Signed in with a second factor. */
    mfa?: boolean;
  }
}
