// The import route takes a file and writes it: a page on another site must not be able to make a
// signed-in secretary's browser post one (cross-site request forgery). Browsers send Origin on
// every POST; it must name this very host, as Next.js checks for server actions (X-Forwarded-Host
// first, when a reverse proxy sits in front, then Host). A missing or "null" Origin is refused:
// our own upload (XMLHttpRequest from the import page) always has one. Pure.

export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host || origin === "null") return false;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      url.host.toLowerCase() === host.split(",")[0]!.trim().toLowerCase()
    );
  } catch {
    return false;
  }
}
