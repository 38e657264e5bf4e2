import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decode, encode } from "next-auth/jwt";

// The e2e server's AUTH_SECRET: the environment's, or the file scripts/start.mjs writes on first start.
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = fileURLToPath(new URL("../../.auth-secret", import.meta.url));
  if (!existsSync(file)) throw new Error("No AUTH_SECRET and no .auth-secret: start the e2e server first");
  return readFileSync(file, "utf8").trim();
}

/** Auth.js's session cookie on plain http (https prefixes it with __Secure-). */
export const sessionCookieName = "authjs.session-token";

/**
 * Re-issues a real session token with its expiry moved: `secondsFromNow` < 0 makes a token that
 * expired that long ago. Everything else (account id, session version) is kept, so the only thing
 * the server can object to is the expiry.
 */
export async function reissueSessionToken(token: string, secondsFromNow: number): Promise<string> {
  const secret = authSecret();
  const claims = await decode({ token, secret, salt: sessionCookieName });
  if (!claims?.uid) throw new Error("Could not read the session token");
  const { exp: _exp, iat: _iat, jti: _jti, ...rest } = claims;
  return encode({ token: rest, secret, salt: sessionCookieName, maxAge: secondsFromNow });
}
