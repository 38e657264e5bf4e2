import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { connect } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/db/seed";
import { env } from "@/lib/env";
import type { TestProject } from "vitest/node";

// Seeds the demo ONCE per test run; each data-layer test file then starts from a copy
// (createDemoDatabase in lib/db/testing.ts) instead of migrating and seeding on its own.
// PGlite: a gzip dump of the seeded data directory. PostgreSQL: a template database.
export default async function setup(project: TestProject) {
  const started = Date.now();
  if (!env.DATABASE_URL) {
    const conn = connect({ pgliteDir: "memory://" });
    await migrate(conn);
    await seedDemo(conn.db);
    const client = (conn.db as unknown as { $client: { dumpDataDir(c: "gzip"): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir("gzip");
    await conn.close();
    const file = path.join(os.tmpdir(), `outreach-demo-${process.pid}-${randomBytes(4).toString("hex")}.tar.gz`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    project.provide("demoTemplate", file);
    console.log(`demo template (PGlite dump) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return async () => rm(file, { force: true });
  }

  const name = `outreach_demo_template_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  const conn = connect({ databaseUrl: url.toString(), max: 1 });
  await migrate(conn);
  await seedDemo(conn.db);
  await conn.close();
  project.provide("demoTemplate", name);
  console.log(`demo template (PostgreSQL database) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    demoTemplate: string;
  }
}
