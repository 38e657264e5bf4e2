import { z } from "zod";

// The one place the environment is read. Everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default("./.data/pglite"),
  AUTH_SECRET: z.string().min(32).optional(),
  MAP_TILE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(8),
  // How many reverse proxies in front of the app append to X-Forwarded-For. The client's address
  // is the entry that many places from the right; with 0, the address Next.js reports is used.
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  // The address users type. https → the session cookie is Secure and HSTS is sent (AUTH_URL, which
  // Auth.js reads itself, counts too when PUBLIC_URL is unset).
  PUBLIC_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  AUTH_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** Whether users reach the app over HTTPS, as configured (PUBLIC_URL, else AUTH_URL). */
export const publicUrlIsHttps = (e: Pick<Env, "PUBLIC_URL" | "AUTH_URL"> = env) => (e.PUBLIC_URL ?? e.AUTH_URL ?? "").startsWith("https:");
