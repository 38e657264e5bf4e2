#!/usr/bin/env node
// `npm start`: check (production) or generate (demo) the secrets, build if the sources changed
// since the last build, migrate, seed the demo into an empty embedded database, then serve.
// Flags: --port N (default 3000), --hostname H, --demo (a throwaway demo even on DATABASE_URL or
// with NODE_ENV=production: secrets generated, demo seeded into an empty database).
// E2E_FRESH=1 starts from an empty database (used by the Playwright web server).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
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
const demo = args.includes("--demo");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

// AUTH_SECRET and TOTP_ENCRYPTION_KEY: required in production, generated for the demo. The rule
// lives with the rest of the environment's in lib/env.ts (scripts/prepare-secrets.ts applies it).
{
  const result = spawnSync(bin("tsx"), ["scripts/prepare-secrets.ts", ...(demo ? ["--demo"] : [])], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
    encoding: "utf8",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  Object.assign(process.env, JSON.parse(result.stdout));
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
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "proxy.ts",
    "next.config.ts",
    "tailwind.config.ts",
    "postcss.config.mjs",
    "package.json",
    "tsconfig.json",
  ];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${cmdArgs.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

// MapLibre's worker is served from public/ (scripts/copy-map-worker.mjs).
run(process.execPath, ["scripts/copy-map-worker.mjs"]);

if (needsBuild()) {
  console.log("▶ Building the app (first start or sources changed)…");
  run(bin("next"), ["build"]);
}

const seedArgs = ["scripts/seed.ts", ...(demo ? ["--demo"] : [])];
if (process.env.E2E_FRESH === "1") {
  if (!process.env.DATABASE_URL) {
    rmSync(path.resolve(process.env.PGLITE_DIR ?? "./.data/pglite"), { recursive: true, force: true });
  } else {
    seedArgs.push("--reset");
  }
}
console.log("▶ Migrating (and seeding the demo into an empty demo database)…");
run(bin("tsx"), seedArgs);

console.log(`▶ Serving on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port, "-H", hostname], { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
