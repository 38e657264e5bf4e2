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
