#!/usr/bin/env node
// Copies MapLibre's web worker into public/maplibre/ so the app serves it itself (no CDN, no
// network): the map calls setWorkerUrl("/maplibre/maplibre-gl-worker.mjs"). Runs on install,
// before `next build`, and from scripts/start.mjs. Leaves an identical copy untouched, so the
// start script's "sources changed?" check does not see a new file on every start.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const from = path.join(root, "node_modules", "maplibre-gl", "dist", "maplibre-gl-worker.mjs");
const to = path.join(root, "public", "maplibre", "maplibre-gl-worker.mjs");

if (!existsSync(from)) {
  console.error("maplibre-gl is not installed: run `npm install`.");
  process.exit(1);
}
if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) process.exit(0);
mkdirSync(path.dirname(to), { recursive: true });
copyFileSync(from, to);
console.log(`copied ${path.relative(root, from)} → ${path.relative(root, to)}`);
