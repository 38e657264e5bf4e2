// Where to go after signing in. The value comes from the URL of the sign-in page, which anyone can
// link to, so it must never take the user to another site. Incident: `callbackUrl=/%09/evil.example`
// passed a "starts with one slash" check, and browsers, which drop tabs and newlines from URLs,
// read the result as `//evil.example`.

/** Tabs, newlines and other control characters, and backslashes (which browsers treat as `/`). */
const unsafe = /[\u0000-\u001f\u007f\\]/;

/** Fails on malformed escapes (the value is then refused). */
function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The same-origin path (with query and fragment) to return to, or "/" for anything else. Accepts a
 * path ("/households?page=2") or an absolute URL on this very origin (what the proxy sends when it
 * redirects an anonymous visitor); refuses other origins, protocol-relative forms, control
 * characters and backslashes (raw or %-encoded), and the sign-in page itself.
 */
export function safeCallbackPath(value: unknown, origin: string): string {
  if (typeof value !== "string" || value === "" || value.length > 2000) return "/";
  const plain = decoded(value);
  if (plain === null || unsafe.test(value) || unsafe.test(plain)) return "/";
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  // A relative value must be a path from the root: "//host", "/\host" and "host/x" are not.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && (!value.startsWith("/") || value.startsWith("//"))) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  const pathPlain = decoded(url.pathname);
  // Whatever decodes the path later must not find a second slash at its start either.
  if (pathPlain === null || pathPlain.startsWith("//") || unsafe.test(pathPlain)) return "/";
  if (url.pathname === "/login" || url.pathname.startsWith("/login/")) return "/";
  return path;
}

/** The origin the browser used for this request, as Next.js reports it. */
export function requestOrigin(headers: Pick<Headers, "get">): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host.split(",")[0]!.trim()}`;
}
