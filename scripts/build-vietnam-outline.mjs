#!/usr/bin/env node
// Writes lib/map/geometry/vietnam.json: the base geometry every map draws when there is no tile
// server. Run once after bumping world-atlas (a devDependency); the output is committed, so the
// app needs neither world-atlas nor topojson-client at run time.
//
// Natural Earth (world-atlas) gives the Paracels (Hoàng Sa) to "China" and leaves the Spratlys
// (Trường Sa) without a country. Vietnam's maps must show both as
// Vietnam's, so both are taken out of those features and written here as parts of Vietnam,
// each with the administrative unit it belongs to.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const atlas = (name) =>
  JSON.parse(readFileSync(path.join(root, "node_modules", "world-atlas", `${name}.json`), "utf8"));
const countries = (name) => {
  const topo = atlas(name);
  return feature(topo, topo.objects.countries).features;
};

// ~100 m precision is plenty for a backdrop and keeps the file small.
const round = (ring) => {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const polygonsOf = (geometry) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);
const inBox = (polygon, [west, south, east, north]) =>
  polygon[0].every(([x, y]) => x >= west && x <= east && y >= south && y <= north);

const medium = countries("countries-50m");
const fine = countries("countries-10m");

const mainland = medium.find((f) => f.id === "704");
const paracels = polygonsOf(fine.find((f) => f.id === "156").geometry).filter((p) =>
  inBox(p, [110.5, 15.5, 113, 17.5]),
);
const spratlys = polygonsOf(fine.find((f) => /Spratly/i.test(f.properties.name)).geometry);
if (!mainland || paracels.length === 0 || spratlys.length === 0)
  throw new Error("world-atlas changed: a part of Vietnam is missing");

const multi = (polygons) => ({ type: "MultiPolygon", coordinates: polygons.map((p) => p.map(round)) });
const out = {
  type: "FeatureCollection",
  source: "Natural Earth via world-atlas 2.0.2 (public domain); Hoàng Sa and Trường Sa assigned to Vietnam",
  features: [
    { type: "Feature", properties: { part: "mainland" }, geometry: multi(polygonsOf(mainland.geometry)) },
    { type: "Feature", properties: { part: "hoangSa", label: [112.0, 16.45] }, geometry: multi(paracels) },
    { type: "Feature", properties: { part: "truongSa", label: [114.3, 10.0] }, geometry: multi(spratlys) },
  ],
};
const file = path.join(root, "lib", "map", "geometry", "vietnam.json");
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${path.relative(root, file)} (${(JSON.stringify(out).length / 1024).toFixed(1)} KB)`);
