import { readdirSync } from "node:fs";
import path from "node:path";

// The app's pages as URL patterns, read from the route tree (app/**/page.tsx), so registries of
// pages (the access matrix, the accessibility scan) can be checked against what really exists.

export const appDir = path.join(process.cwd(), "app");

/** "/accounts/:id" for app/(app)/accounts/[id]/page.tsx: groups dropped, each [param] → ":id". */
export function routeOf(pageFile: string): string {
  const segments = path
    .relative(appDir, path.dirname(pageFile))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.+\]$/.test(s) ? ":id" : s));
  return `/${segments.join("/")}`;
}

/** Every page file under `dir` (private folders, named with a leading underscore, hold no routes). */
export function pageFiles(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("_") ? [] : pageFiles(full);
    return /^page\.(tsx|ts|jsx|js)$/.test(e.name) ? [full] : [];
  });
}

/** Every page's URL pattern, sorted. */
export const appRoutes = (): string[] => pageFiles().map(routeOf).sort();
