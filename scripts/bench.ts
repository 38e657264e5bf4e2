// `npm run bench`: how fast the overviews answer and how much JavaScript a chart page loads.
//
//   1. start the app:   npm run build && npm start            (PGlite demo data)
//                  or:  DATABASE_URL=postgres://… npm run seed -- --scale 1 && DATABASE_URL=… npm start
//   2. measure:         npm run bench -- --url http://127.0.0.1:3000 [--requests 60]
//
// Logs in as a commune secretary and a provincial officer (demo accounts), fetches "/" and
// "/province" sequentially (after a warm-up) and reports the 90th-percentile time to first byte;
// then sums the gzip size of the script chunks the overview's HTML loads, from .next/static.
// Then the map (scripts/bench-map.ts): payload, time to idle and fps with ≥ 3,000 villages, as the
// admin (skipped below 3,000 villages). `--map-only` runs just the map rows.
// Then (scripts/bench-import.ts) imports a 50,000-row support-record CSV into a scratch database
// (PGlite, or PostgreSQL with DATABASE_URL) and times preview + commit; `--only import` runs just
// that part (no server needed), `--only http` skips it.
// Prints a table: figure, goal, measured, pass/fail. No timing lives in the test suite.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { benchImport } from "./bench-import";
import { mapRows } from "./bench-map";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const base = flag("url", process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const requests = Number(flag("requests", "60"));
const communeUser = flag("commune-user", "bithu.haivan");
const provinceUser = flag("province-user", "tinhdoan.danang");
const adminUser = flag("admin-user", "admin");
const password = flag("password", "Demo@2026");
const mapOnly = args.includes("--map-only");
const engine = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
// --map-only: the map rows; --only import: the import rows (no server); --only http: all but the import.
const only = mapOnly ? "map" : flag("only", "all");

/** Signs in through Auth.js's credentials endpoint and returns the session cookie header. */
async function login(username: string): Promise<string> {
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
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Could not sign in as ${username} at ${base}`);
  return header();
}

/** Sequential requests; fetch resolves when the headers arrive, which is the time to first byte. */
async function ttfb(pathname: string, cookie: string): Promise<{ p50: number; p90: number; status: number }> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < requests + 5; i++) {
    const start = performance.now();
    const res = await fetch(`${base}${pathname}`, { headers: { cookie }, redirect: "manual" });
    const elapsed = performance.now() - start;
    status = res.status;
    await res.arrayBuffer();
    if (i >= 5) times.push(elapsed); // the first few warm caches and the JIT
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p90: at(0.9), status };
}

/** The gzip size of the script chunks a page's HTML references, read from the build output. */
async function pageScriptsGzip(pathname: string, cookie: string): Promise<{ kb: number; chunks: number }> {
  const html = await (await fetch(`${base}${pathname}`, { headers: { cookie } })).text();
  const srcs = new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((m) => m[0]));
  let bytes = 0;
  for (const src of srcs) {
    const file = path.join(process.cwd(), ".next", "static", src.replace("/_next/static/", ""));
    const body = existsSync(file) ? readFileSync(file) : Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { kb: bytes / 1024, chunks: srcs.size };
}

const rows: { figure: string; goal: string; measured: string; pass: boolean | null }[] = [];
const goalMs = engine === "PGlite" ? 150 : 200;

if (only === "all" || only === "http") {
  const communeCookie = await login(communeUser);
  const provinceCookie = await login(provinceUser);
  const commune = await ttfb("/", communeCookie);
  rows.push({ figure: `"/" commune overview p90 TTFB (${engine}, ${communeUser})`, goal: `≤ ${goalMs} ms`, measured: `${commune.p90.toFixed(0)} ms (p50 ${commune.p50.toFixed(0)}, HTTP ${commune.status})`, pass: commune.status === 200 && commune.p90 <= goalMs });
  const quarter = await ttfb("/?period=quarter", communeCookie);
  rows.push({ figure: `"/?period=quarter" p90 TTFB (${engine})`, goal: `≤ ${goalMs} ms`, measured: `${quarter.p90.toFixed(0)} ms (p50 ${quarter.p50.toFixed(0)})`, pass: quarter.status === 200 && quarter.p90 <= goalMs });
  const province = await ttfb("/province", provinceCookie);
  rows.push({ figure: `"/province" provincial overview p90 TTFB (${engine}, ${provinceUser})`, goal: `≤ ${goalMs} ms`, measured: `${province.p90.toFixed(0)} ms (p50 ${province.p50.toFixed(0)}, HTTP ${province.status})`, pass: province.status === 200 && province.p90 <= goalMs });
  for (const [label, pathname, cookie] of [["/", "/", communeCookie], ["/province", "/province", provinceCookie]] as const) {
    const js = await pageScriptsGzip(pathname, cookie);
    rows.push({ figure: `client JS of "${label}" (gzip, ${js.chunks} chunks)`, goal: "≤ 300 KB", measured: `${js.kb.toFixed(1)} KB`, pass: js.kb <= 300 });
  }
  if (engine === "PGlite") {
    rows.push({ figure: "province size (≈100 communes, 5M records) on PostgreSQL", goal: "≤ 200 ms", measured: "not measured: set DATABASE_URL, run the scale seed, start the app on it", pass: null });
  }
  rows.push({ figure: "10× records stays within 1.2×", goal: "≤ 1.2×", measured: "compare two runs: scale 1 and scale 10 (npm run seed -- --scale 10)", pass: null });
}
if (only !== "import") rows.push(...(await mapRows(base, await login(adminUser))));
if (only === "all" || only === "import") rows.push(...(await benchImport((line) => console.log(line))));

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.figure, r.goal, r.measured][i]!.length), 8));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 6)).join("  ");
console.log(`\nBenchmark against ${only === "import" ? "a scratch database" : base} (${engine}), ${requests} sequential requests per page\n`);
console.log(line(["figure", "goal", "measured", "result"]));
console.log(line(widths.map((w) => "-".repeat(w)).concat("------")));
for (const r of rows) console.log(line([r.figure, r.goal, r.measured, r.pass === null ? "—" : r.pass ? "PASS" : "FAIL"]));
process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
