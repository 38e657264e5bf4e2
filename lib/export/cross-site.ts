// A download link is a GET, so a page on another site can make a signed-in user's browser fetch
// it (an <img>, a link, a form): the file would not reach that site, but the export would be
// audited in the user's name and the request spent on their account. Browsers say where a
// request comes from (Sec-Fetch-Site; Origin on cross-origin requests): only our own pages and
// a typed or bookmarked address (Sec-Fetch-Site: none) may download. "same-site" (a sibling
// subdomain, another app) is refused too. A client that sends neither header (curl, an old
// browser) is not a victim's browser being steered, so it is let through to the usual checks.

/** The hosts this request addressed (Host, X-Forwarded-Host, the configured public URL). */
export function requestHosts(headers: Headers, publicUrl?: string): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  if (publicUrl) hosts.add(new URL(publicUrl).host.toLowerCase());
  return hosts;
}

/** Whether a download request was sent by another site (refuse it) rather than by our pages or the user. */
export function isCrossSiteRequest(headers: Headers, publicUrl?: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin == null) return false;
  if (origin === "null") return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  return !requestHosts(headers, publicUrl).has(host);
}
