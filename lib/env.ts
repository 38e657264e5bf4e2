import { z } from "zod";

// The one place the environment is read. Everything else imports `env`.

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

// TOTP_ENCRYPTION_KEY="2:<key>,1:<older key>": numbered keys, at least 32 characters each (e.g.
// `openssl rand -base64 32`). The first encrypts new second-factor secrets; every listed key still
// decrypts, so a key is rotated by putting a new number first, running `npm run totp:rekey`,
// then dropping the old one (lib/auth/totp-keys.ts).
const totpKeys = z.string().transform((value, ctx) => {
  const keys = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(\d{1,6}):(\S{32,})$/.exec(entry);
      return match ? { version: Number(match[1]), key: match[2]! } : null;
    });
  const versions = keys.map((k) => k?.version);
  if (
    keys.length === 0 ||
    keys.some((k) => k === null || k.version < 1) ||
    new Set(versions).size !== versions.length
  ) {
    ctx.addIssue({
      code: "custom",
      message:
        "TOTP_ENCRYPTION_KEY must be a comma-separated list of <version>:<key> (distinct versions ≥ 1, keys of 32+ characters), newest first",
    });
    return z.NEVER;
  }
  return keys as { version: number; key: string }[];
});

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default("./.data/pglite"),
  AUTH_SECRET: z.string().min(32).optional(),
  TOTP_ENCRYPTION_KEY: totpKeys.optional().or(z.literal("").transform(() => undefined)),
  // The day the demo is seeded as (its history ends the day before); default: today in Vietnam.
  DEMO_SEED_DATE: z
    .string()
    .regex(isoDay, "DEMO_SEED_DATE must be YYYY-MM-DD")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAP_TILE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(8),
  // How many reverse proxies in front of the app append to X-Forwarded-For. The client's address
  // is the entry that many places from the right; with 0, the address Next.js reports is used.
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  // The address users type. https → the session cookie is Secure and HSTS is sent (AUTH_URL, which
  // Auth.js reads itself, counts too when PUBLIC_URL is unset).
  PUBLIC_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AUTH_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

/**
 * The deployment rule: a server on PostgreSQL (DATABASE_URL) or started with NODE_ENV=production
 * is production unless `npm start -- --demo` says it is a throwaway demo. Production must be
 * given its secrets: a generated one would change with every rebuilt container or second
 * instance, signing everyone out and voiding every second-factor enrolment.
 */
export function isProduction(e: Pick<Env, "DATABASE_URL" | "NODE_ENV">, demoFlag: boolean): boolean {
  return !demoFlag && (e.DATABASE_URL !== undefined || e.NODE_ENV === "production");
}

/** The secrets a deployment lacks: in production, a start-up error; in the demo, generated. */
export function missingSecrets(
  e: Pick<Env, "AUTH_SECRET" | "TOTP_ENCRYPTION_KEY">,
): ("AUTH_SECRET" | "TOTP_ENCRYPTION_KEY")[] {
  const missing: ("AUTH_SECRET" | "TOTP_ENCRYPTION_KEY")[] = [];
  if (!e.AUTH_SECRET) missing.push("AUTH_SECRET");
  if (!e.TOTP_ENCRYPTION_KEY) missing.push("TOTP_ENCRYPTION_KEY");
  return missing;
}

/** Whether users reach the app over HTTPS, as configured (PUBLIC_URL, else AUTH_URL). */
export const publicUrlIsHttps = (e: Pick<Env, "PUBLIC_URL" | "AUTH_URL"> = env) =>
  (e.PUBLIC_URL ?? e.AUTH_URL ?? "").startsWith("https:");
