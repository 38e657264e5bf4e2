// The import half of `npm run bench` (also alone: `npx tsx scripts/bench-import.ts`):
// builds a 50,000-row support-record CSV for the demo commune (Hải Vân) and times preview +
// commit through lib/import/engine against a scratch database: in-memory PGlite seeded with the
// demo by default, or a scratch database on DATABASE_URL's PostgreSQL server (dropped after).
// Then shows that a failure at row 49,999 leaves nothing behind: once caught by the checks
// (a bad row), once in the middle of writing (the transaction aborted after 45,000 rows went in).
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { connect, type Connection } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { queryRows } from "@/lib/db/rows";
import { seedDemo } from "@/lib/db/seed";
import { commitImport, previewImport, sha256Of } from "@/lib/import/engine";
import { viewerFor } from "@/lib/testing/viewers";

export interface BenchRow {
  figure: string;
  goal: string;
  measured: string;
  pass: boolean | null;
}

const ROWS = 50_000;
const TODAY = "2026-11-20";

async function scratch(): Promise<{ conn: Connection; engine: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const conn = connect({ pgliteDir: "memory://" });
    return { conn, engine: "PGlite", drop: () => conn.close() };
  }
  const name = `outreach_bench_import_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const conn = connect({ databaseUrl: target.toString(), max: 2 });
  return {
    conn,
    engine: "PostgreSQL",
    drop: async () => {
      await conn.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** 50,000 distinct, valid rows: households × days of 2025 (before the demo's history starts). */
async function buildCsv(conn: Connection, badRow?: number): Promise<Uint8Array> {
  const db = conn.db;
  const households = await queryRows<{ code: string; village: string }>(
    db,
    sql`select h.code, v.name as village from households h join villages v on v.id = h.village_id
        join communes c on c.id = h.commune_id where c.code = 'HAI-VAN' and v.active order by h.id`,
  );
  const members = await queryRows<{ full_name: string }>(
    db,
    sql`select m.full_name from members m join communes c on c.id = m.commune_id
        where c.code = 'HAI-VAN' and m.active
          and m.full_name in (select full_name from members m2 where m2.commune_id = c.id and m2.active group by full_name having count(*) = 1)
        order by m.id`,
  );
  const lines = [
    "Ngày hỗ trợ;Hình thức;Thôn, tổ dân phố;Mã hộ;Tình nguyện viên;Thủ tục;Lượt người;Số hộ;Định danh mức 2;Chữ ký số;SIM tặng;Ghi chú",
  ];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const h = households[i % households.length]!;
    const day = new Date(start + Math.floor(i / households.length) * 86400000 * 2);
    const date = `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
    const member = members[i % members.length]!.full_name;
    const people = badRow === i + 2 ? "-3" : String(1 + (i % 4));
    lines.push(
      `${date};Tận nhà (1+20);${h.village};${h.code};${member};Định danh điện tử mức 2 (VNeID);${people};1;${i % 2};${i % 5 === 0 ? 1 : 0};0;`,
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

async function counts(conn: Connection) {
  const [row] = await queryRows<{ records: number; stats: string; audit: number }>(
    conn.db,
    sql`select (select count(*)::int from support_records) as records,
               (select coalesce(sum(records), 0)::text || '/' || coalesce(sum(people_served), 0)::text from village_daily_stats) as stats,
               (select count(*)::int from audit_log) as audit`,
  );
  return `${row!.records} records, rollup ${row!.stats}, ${row!.audit} audit rows`;
}

export async function benchImport(log: (line: string) => void = () => {}): Promise<BenchRow[]> {
  const { conn, engine, drop } = await scratch();
  const rows: BenchRow[] = [];
  try {
    log(`import bench: seeding the demo into a scratch ${engine} database…`);
    await migrate(conn);
    await seedDemo(conn.db);
    const viewer = await viewerFor(conn.db, "bithu.haivan");

    // 1. A failure at row 49,999 caught by the checks: preview lists it, commit writes nothing.
    const bad = await buildCsv(conn, 49_999);
    const before = await counts(conn);
    const preview = await previewImport(
      conn.db,
      viewer,
      { kind: "records", bytes: bad, fileName: "bad.csv" },
      { today: TODAY },
    );
    const refused = await commitImport(
      conn.db,
      viewer,
      { kind: "records", bytes: bad, fileName: "bad.csv", sha256: sha256Of(bad) },
      { today: TODAY },
    )
      .then(() => "written!")
      .catch((e: Error) => e.message);
    const afterBad = await counts(conn);
    rows.push({
      figure: `import: bad row 49,999 (${preview.errors[0]?.row ?? "?"}: ${preview.errors[0]?.message ?? "none"}) → ${refused}`,
      goal: "nothing written",
      measured: `before ${before}; after ${afterBad}`,
      pass: before === afterBad && preview.withErrors === 1 && refused === "import.errors.hasErrors",
    });

    // 2. A failure while writing (the transaction aborts after 45,000 rows went in).
    const good = await buildCsv(conn);
    const crashed = await commitImport(
      conn.db,
      viewer,
      { kind: "records", bytes: good, fileName: "good.csv", sha256: sha256Of(good) },
      {
        today: TODAY,
        onEvent: (e) => {
          if (e.type === "progress" && e.phase === "written" && e.done >= 45_000)
            throw new Error("injected failure at row 49,999");
        },
      },
    )
      .then(() => "written!")
      .catch((e: Error) => e.message);
    const afterCrash = await counts(conn);
    rows.push({
      figure: `import: failure after 45,000 rows written (${crashed})`,
      goal: "nothing written",
      measured: `after ${afterCrash}`,
      pass: afterCrash === before && crashed.startsWith("injected"),
    });

    // 3. The timed run: preview, then commit (the client re-sends the same file).
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const summary = await previewImport(
      conn.db,
      viewer,
      { kind: "records", bytes: good, fileName: "good.csv" },
      { today: TODAY },
    );
    const t1 = performance.now();
    const done = await commitImport(
      conn.db,
      viewer,
      { kind: "records", bytes: good, fileName: "good.csv", sha256: summary.sha256 },
      { today: TODAY },
    );
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const total = (t2 - t0) / 1000;
    rows.push({
      figure: `import 50,000 support rows, preview + commit (${engine}, ${(good.length / 1e6).toFixed(1)} MB CSV)`,
      goal: "≤ 10 s",
      measured: `${total.toFixed(1)} s (preview ${((t1 - t0) / 1000).toFixed(1)} s, commit ${((t2 - t1) / 1000).toFixed(1)} s; CPU ${cpuSeconds.toFixed(1)} s; ${done.written} written)`,
      pass: total <= 10 && done.written === ROWS && summary.withErrors === 0,
    });
    log(`after import: ${await counts(conn)}`);
  } finally {
    await drop();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchImport(console.log);
  for (const r of rows) console.log(`${r.pass ? "PASS" : "FAIL"}  ${r.figure}  goal ${r.goal}  ${r.measured}`);
  process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
}
