// Run by `npm start` before anything else. Production (DATABASE_URL set or NODE_ENV=production,
// without --demo) must be given AUTH_SECRET and TOTP_ENCRYPTION_KEY: stops with a clear error
// otherwise. The demo generates what is missing into untracked files (.auth-secret,
// .totp-encryption-key) on first start and reuses them. Prints the variables to add as JSON.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, isProduction, missingSecrets } from "../lib/env";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const demo = process.argv.includes("--demo");
const missing = missingSecrets(env);

if (missing.length > 0 && isProduction(env, demo)) {
  const why = env.DATABASE_URL ? "DATABASE_URL is set" : "NODE_ENV=production";
  console.error(
    [
      `✗ Missing ${missing.join(" and ")}: ${why}, so this is a production start and its secrets must be given, not generated`,
      "  (a generated one changes with every rebuilt container or second instance: everyone is signed out and every",
      "  second-factor enrolment stops working). Set them in the environment, e.g.",
      ...missing.map((name) =>
        name === "AUTH_SECRET"
          ? "    AUTH_SECRET=$(openssl rand -base64 32)"
          : '    TOTP_ENCRYPTION_KEY="1:$(openssl rand -base64 32)"',
      ),
      "  or start a throwaway demo with `npm start -- --demo`.",
    ].join("\n"),
  );
  process.exit(1);
}

const files = { AUTH_SECRET: ".auth-secret", TOTP_ENCRYPTION_KEY: ".totp-encryption-key" } as const;
const generate = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  TOTP_ENCRYPTION_KEY: () => `1:${randomBytes(32).toString("base64url")}`,
};
const added: Record<string, string> = {};
for (const name of missing) {
  const file = path.join(root, files[name]);
  if (!existsSync(file)) writeFileSync(file, generate[name](), { mode: 0o600 });
  added[name] = readFileSync(file, "utf8").trim();
}
process.stdout.write(JSON.stringify(added));
