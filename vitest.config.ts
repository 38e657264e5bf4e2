import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// The demo is seeded as of this day (history to the day before, lib/db/seed/demo-calendar.ts), so
// a run is the same whatever the date. Set here, not in test.env, so the global set-up that seeds
// the shared demo sees it too; `DEMO_SEED_DATE=2027-03-01 npx vitest run …` tries another day.
process.env.DEMO_SEED_DATE ||= "2026-11-21";

export default defineConfig({
  resolve: {
    alias: [
      // Same mapping as tsconfig's "@/*" paths.
      { find: /^@\//, replacement: `${root}/` },
      // "server-only" throws outside a React server environment; tests import the data layer directly.
      { find: /^server-only$/, replacement: path.join(root, "lib/testing/empty-module.ts") },
    ],
  },
  test: {
    environment: "node",
    // Seeds the demo once per run; createDemoDatabase() hands each file a copy.
    globalSetup: ["lib/testing/global-setup.ts"],
    // Throwaway secrets (lib/auth/totp-keys.ts keeps AUTH_SECRET for values from before versioned keys).
    env: {
      AUTH_SECRET: "vitest-only-secret-not-used-anywhere-else-0123456789",
      TOTP_ENCRYPTION_KEY: "1:vitest-only-totp-key-not-used-anywhere-else-0123",
    },
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", ".next/**", ".data/**"],
    // Each test file opens its own database (lib/db/testing.ts), so files may run side by side;
    // these machines have 2 cores, and each PGlite instance is CPU-bound while it migrates.
    maxWorkers: 2,
    // A fresh PGlite plus migrations takes ~4 s, longer when both workers start one at once.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
