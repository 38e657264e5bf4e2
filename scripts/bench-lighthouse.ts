// The Lighthouse rows of `npm run bench` (`--only lighthouse`): Lighthouse's desktop preset on the
// commune overview, the province overview and the map, signed in, in Debian's Chromium with software
// WebGL (the machines here have no GPU). Prints performance, accessibility, cumulative layout shift
// and total blocking time per page; the whole reports' key figures go to a JSON file beside the table.
//
// Layout shift does not depend on the machine (the e2e suite asserts it too: e2e/layout-shift.spec.ts);
// total blocking time and the performance score do: Lighthouse simulates a desktop's CPU from the
// trace it records, so a busy machine's long tasks count. Read them beside the printed load average.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { login } from "./bench/measure";
import { softwareGlArgs, type BenchRow } from "./bench-map";

export interface LighthousePage {
  label: string;
  pathname: string;
  username: string;
}

const goals = { performance: 90, accessibility: 95, cls: 0.05, tbt: 200 };

export interface LighthouseFigures {
  label: string;
  url: string;
  username: string;
  performance: number;
  accessibility: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** The elements Lighthouse saw move most, for a failed CLS row. */
  shiftedElements: string[];
  load: string;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

function shifted(audit: unknown): string[] {
  const items =
    (audit as { details?: { items?: { node?: { selector?: string; snippet?: string } }[] } } | undefined)?.details
      ?.items ?? [];
  return items.flatMap((i) => (i.node ? [i.node.selector ?? i.node.snippet ?? ""] : [])).slice(0, 5);
}

/** One Lighthouse run (desktop preset, performance and accessibility) with the session cookie. */
async function audit(port: number, url: string, cookie: string) {
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: cookie },
    },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    finalUrl: lhr.finalDisplayedUrl,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    lcpMs: numeric("largest-contentful-paint"),
    fcpMs: numeric("first-contentful-paint"),
    speedIndexMs: numeric("speed-index"),
    shiftedElements: shifted(lhr.audits["layout-shift-elements"] ?? lhr.audits["layout-shifts"]),
  };
}

export async function lighthouseRows(
  base: string,
  password: string,
  pages: LighthousePage[],
  jsonFile: string,
): Promise<BenchRow[]> {
  const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const cookies = new Map<string, string>();
  const figures: LighthouseFigures[] = [];
  const rows: BenchRow[] = [];
  for (const p of pages) {
    // A fresh browser (and profile) per page: a session cookie the app refreshed for one account
    // must not ride along with the next account's header.
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", ...softwareGlArgs],
    });
    try {
      if (!cookies.has(p.username)) {
        const cookie = await login(base, p.username, password);
        if (!cookie) throw new Error(`Could not sign in as ${p.username} at ${base}`);
        cookies.set(p.username, cookie);
      }
      const url = `${base}${p.pathname}`;
      const r = await audit(chrome.port, url, cookies.get(p.username)!);
      // A redirect to /login would score a page nobody asked about.
      if (new URL(r.finalUrl).pathname !== p.pathname) throw new Error(`Lighthouse on ${url} ended at ${r.finalUrl}`);
      figures.push({ label: p.label, url, username: p.username, ...r, load: load() });
      const where = `${p.label} (${p.username})`;
      rows.push(
        {
          figure: `Lighthouse desktop performance, ${where}`,
          goal: `≥ ${goals.performance}`,
          measured: `${r.performance} (LCP ${r.lcpMs.toFixed(0)} ms, FCP ${r.fcpMs.toFixed(0)} ms)`,
          pass: r.performance >= goals.performance,
        },
        {
          figure: `Lighthouse accessibility, ${where}`,
          goal: `≥ ${goals.accessibility}`,
          measured: `${r.accessibility}`,
          pass: r.accessibility >= goals.accessibility,
        },
        {
          figure: `cumulative layout shift, ${where}`,
          goal: `≤ ${goals.cls}`,
          measured: `${r.cls.toFixed(3)}${r.cls > goals.cls && r.shiftedElements.length ? ` (${r.shiftedElements.join(", ")})` : ""}`,
          pass: r.cls <= goals.cls,
        },
        {
          figure: `total blocking time, ${where}`,
          goal: `≤ ${goals.tbt} ms`,
          measured: `${r.tbtMs.toFixed(0)} ms; load ${load()}`,
          pass: r.tbtMs <= goals.tbt,
        },
      );
    } finally {
      chrome.kill();
    }
  }
  mkdirSync(path.dirname(jsonFile), { recursive: true });
  writeFileSync(
    jsonFile,
    JSON.stringify({ measuredAt: new Date().toISOString(), base, goals, pages: figures }, null, 2),
  );
  return rows;
}
