// The benchmark's measuring tools: sign in, time requests, size a page's scripts. No app code.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface Target {
  base: string;
  cookie: string;
}

/** Signs in through Auth.js's credentials endpoint; the session cookie header, or null if refused. */
export async function login(base: string, username: string, password: string): Promise<string | null> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!.trim(), v.join("="));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/` }),
  });
  keep(res);
  return [...jar.keys()].some((k) => k.includes("session-token")) ? header() : null;
}

export interface Timing {
  /** Time to first byte: fetch resolves when the response headers arrive. */
  ttfbP50: number;
  ttfbP90: number;
  /** Time to the last byte of the streamed page (every Suspense boundary filled in). */
  completeP90: number;
  status: number;
  bytes: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

async function once(target: Target, pathname: string) {
  const start = performance.now();
  const res = await fetch(`${target.base}${pathname}`, { headers: { cookie: target.cookie }, redirect: "manual" });
  const ttfb = performance.now() - start;
  const body = await res.arrayBuffer();
  return { ttfb, complete: performance.now() - start, status: res.status, bytes: body.byteLength };
}

/**
 * Sequential requests to one or more targets, interleaved (a, b, a, b …) so that when two
 * servers are compared, the machine's other load falls on both alike. The first 5 of each warm up.
 */
export async function timeInterleaved(targets: Target[], pathname: string, requests: number): Promise<Timing[]> {
  const samples = targets.map(() => ({ ttfb: [] as number[], complete: [] as number[], status: 0, bytes: 0 }));
  for (let i = 0; i < requests + 5; i++) {
    for (const [t, target] of targets.entries()) {
      const r = await once(target, pathname);
      const s = samples[t]!;
      s.status = r.status;
      s.bytes = r.bytes;
      if (i >= 5) {
        s.ttfb.push(r.ttfb);
        s.complete.push(r.complete);
      }
    }
  }
  return samples.map((s) => {
    s.ttfb.sort((a, b) => a - b);
    s.complete.sort((a, b) => a - b);
    return {
      ttfbP50: quantile(s.ttfb, 0.5),
      ttfbP90: quantile(s.ttfb, 0.9),
      completeP90: quantile(s.complete, 0.9),
      status: s.status,
      bytes: s.bytes,
    };
  });
}

/** The gzip size of the script chunks a page's HTML references, read from the build output. */
export async function pageScriptsGzip(target: Target, pathname: string): Promise<{ kb: number; chunks: number }> {
  const html = await (await fetch(`${target.base}${pathname}`, { headers: { cookie: target.cookie } })).text();
  const srcs = new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((m) => m[0]));
  let bytes = 0;
  for (const src of srcs) {
    const file = path.join(process.cwd(), ".next", "static", src.replace("/_next/static/", ""));
    const body = existsSync(file)
      ? readFileSync(file)
      : Buffer.from(await (await fetch(`${target.base}${src}`)).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { kb: bytes / 1024, chunks: srcs.size };
}

/** Support records and villages in a PostgreSQL database (the bench's "how big was it" line). */
export async function databaseSize(
  url: string,
): Promise<{ records: number; villages: number; households: number } | null> {
  const { default: postgres } = await import("postgres");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Planner estimates: exact counts of 5M rows would take seconds and load the server we measure.
    const rows = await client<{ relname: string; n: number }[]>`
      select relname, greatest(reltuples, 0)::bigint as n from pg_class
      where relname in ('support_records', 'villages', 'households') and relkind = 'r'`;
    const of = (name: string) => Number(rows.find((r) => r.relname === name)?.n ?? 0);
    return { records: of("support_records"), villages: of("villages"), households: of("households") };
  } catch {
    return null;
  } finally {
    await client.end({ timeout: 5 });
  }
}
