/** What PostgreSQL said when a statement broke a constraint, on either driver. */
export interface ConstraintViolation {
  /** SQLSTATE: 23514 check, 23505 unique, 23503 foreign key, 23502 not null. */
  code: string;
  constraint: string | undefined;
}

/**
 * Awaits `work` and returns the constraint violation it was rejected with, or throws if it
 * succeeded or failed some other way. drizzle wraps the driver's error (DrizzleQueryError.cause);
 * postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
export async function constraintViolation(work: PromiseLike<unknown>): Promise<ConstraintViolation> {
  try {
    await work;
  } catch (error) {
    for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
      const fields = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
      if (typeof fields.code === "string" && fields.code.startsWith("23")) {
        const constraint = fields.constraint_name ?? fields.constraint;
        return { code: fields.code, constraint: typeof constraint === "string" ? constraint : undefined };
      }
    }
    throw error;
  }
  throw new Error("Expected a constraint violation, but the statement succeeded");
}
