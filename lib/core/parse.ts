import { ExpectedError } from "@/lib/actions/form-state";
import type { z } from "zod";

/**
 * A zod error as field → message keys. Schemas put message keys in their messages. A form shows
 * one error list per input, so "topics.2" is reported on "topics" (each key once).
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const list = (fields[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return fields;
}

/** zod safeParse; bad input becomes an "invalid" ExpectedError carrying field → message keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("errors.invalid", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The one row a returning() or count gave back; its absence is a bug, not a user error. */
export function single<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error("Expected one row, got none");
  return row;
}
