#!/usr/bin/env node
// `npm start`: build if the sources changed since the last build, migrate, seed the demo into an
// empty database, then serve. Flags: --port N (default 3000), --hostname H.
// E2E_FRESH=1 starts from an empty database (used by the Playwright web server).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = flag("port", process.env.PORT ?? "3000");
const hostname = flag("hostname", "0.0.0.0");

// Auth.js needs a secret. The demo generates one on first start into an untracked file.
if (!process.env.AUTH_SECRET) {
  const file = path.join(root, ".auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
process.env.AUTH_TRUST_HOST ??= "true";
// Nothing may call out at build or run time.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const st = statSync(entry);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    if (/\.test\.tsx?$/.test(child)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "tailwind.config.ts",
    "postcss.config.mjs", "package.json", "tsconfig.json"];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${cmdArgs.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);

// MapLibre's worker is served from public/ (scripts/copy-map-worker.mjs).
run(process.execPath, ["scripts/copy-map-worker.mjs"]);

if (needsBuild()) {
  console.log("▶ Building the app (first start or sources changed)…");
  run(bin("next"), ["build"]);
}

const seedArgs = ["scripts/seed.ts"];
if (process.env.E2E_FRESH === "1") {
  if (!process.env.DATABASE_URL) {
    rmSync(path.resolve(process.env.PGLITE_DIR ?? "./.data/pglite"), { recursive: true, force: true });
  } else {
    seedArgs.push("--reset");
  }
}
console.log("▶ Migrating and seeding the database if empty…");
run(bin("tsx"), seedArgs);

console.log(`▶ Serving on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port, "-H", hostname], { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
