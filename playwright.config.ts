import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const onCI = !!process.env.CI;

// `npx playwright install` can't download browsers here: use Debian's Chromium when present.
const debianChromium = "/usr/bin/chromium";
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

// The e2e server gets its own data, wiped on every run (E2E_FRESH=1), so a run never depends on
// or damages a developer's ./.data/pglite. With DATABASE_URL set, the start script resets that
// database instead: point it at a throwaway database, never at real data.
const serverEnv: Record<string, string> = { E2E_FRESH: "1" };
if (process.env.DATABASE_URL) serverEnv.DATABASE_URL = process.env.DATABASE_URL;
else serverEnv.PGLITE_DIR = `./.data/e2e-${port}`;

export default defineConfig({
  testDir: "e2e",
  // Spec files run side by side (2 workers for 2 cores; 3 measured no faster: the server and the
  // browsers are CPU-bound) against one seeded server; tests inside a
  // file run in order. Specs must not assert totals that another spec's writes can change.
  fullyParallel: false,
  workers: 2,
  retries: onCI ? 1 : 0,
  forbidOnly: onCI,
  // Bounds a hung run (a normal one takes ~15 min of tests on 2 idle cores, plus the build on the
  // first run; the suite runs twice: PGlite, PostgreSQL).
  globalTimeout: onCI ? 30 * 60_000 : undefined,
  reporter: [["list"], ["html", { open: "never" }]],
  // A sign-in (bcrypt) or a cold page can take seconds on a busy 2-core machine.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    headless: true,
    launchOptions: executablePath ? { executablePath } : {},
    // The ward-office screen, and the app's default language and clock.
    viewport: { width: 1366, height: 768 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // Recording a trace of every test costs each action a DOM snapshot (heavy on long pages); on CI
    // a failed test is retried once, and the retry records one.
    trace: onCI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 768 } },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    // Loopback only: the e2e server runs with demo accounts and a known password. `--demo`: the
    // PostgreSQL phase (DATABASE_URL set) is production by default, which seeds no demo.
    command: `node scripts/start.mjs --port ${port} --hostname 127.0.0.1 --demo`,
    url: `${baseURL}/login`,
    env: serverEnv,
    // A clean `next build` plus migrate and seed; the build alone can take a couple of minutes.
    timeout: 600_000,
    reuseExistingServer: !onCI,
    stdout: "pipe",
    stderr: "pipe",
    // Lets the start script stop next-server (and close PGlite) before the process group is killed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
