import { AMBIGUOUS, type Found } from "./lookup";
import type { ColumnSpec } from "./headers";
import type { Cell } from "./types";
import type { z } from "zod";

// What every kind's row check shares: a cell getter, the errors it collects (field + message
// key), and zod issues mapped back onto the file's columns. Pure.

export interface FieldError {
  field: string;
  message: string;
  values?: Record<string, string | number>;
}

export interface RowCheck<V> {
  value?: V;
  errors: FieldError[];
}

export type Getter = (field: string) => Cell | undefined;

/**
 * One kind of import: its columns, how a row becomes a value (or errors), and the key two rows
 * that say the same thing share (null: no duplicate check for this row).
 */
export interface ImportSpec<S, V> {
  columns: readonly ColumnSpec[];
  check(get: Getter, scope: S): RowCheck<V>;
  key(value: V): string | null;
  /** Message keys for a key seen earlier in the file ({row}) and for one already stored. */
  repeatedInFile: string;
  alreadyStored: string;
}

/** zod issues → field errors, renaming schema fields to the file's fields (villageId → village). */
export function zodErrors(
  error: z.ZodError,
  rename: Record<string, string> = {},
  skip: ReadonlySet<string> = new Set(),
): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const path = String(issue.path[0] ?? "");
    const field = rename[path] ?? path;
    if (skip.has(field)) continue;
    if (!out.some((e) => e.field === field && e.message === issue.message)) out.push({ field, message: issue.message });
  }
  return out;
}

/** A looked-up id, or an error on `field` (unknown or ambiguous). Blank + optional → null. */
export function resolved<T>(
  errors: FieldError[],
  field: string,
  text: string,
  found: Found<T>,
  unknownKey: string,
  options: { required?: string } = {},
): T | null {
  if (text === "") {
    if (options.required) errors.push({ field, message: options.required });
    return null;
  }
  if (found === AMBIGUOUS) {
    errors.push({ field, message: "import.errors.ambiguous", values: { value: text } });
    return null;
  }
  if (found === undefined) {
    errors.push({ field, message: unknownKey, values: { value: text } });
    return null;
  }
  return found;
}
