import { and, eq, ne } from "drizzle-orm";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Executor } from "@/lib/db/client";
import type { CommuneOwnedTable } from "./scoped-row";
import type { PgColumn } from "drizzle-orm/pg-core";

/** True when a database error is a unique violation (each driver wraps it differently). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const f = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (f.code === "23505") return constraint == null || (f.constraint_name ?? f.constraint) === constraint;
  }
  return false;
}

export interface UniqueInCommuneSpec {
  table: CommuneOwnedTable;
  /** The column that must not repeat within a commune (a household's code, a team's name). */
  column: PgColumn;
  /** The database's unique constraint on (commune, column): the last word when two writes race. */
  constraint: string;
  /** The form field the clash is reported on, and the message key it gets. */
  field: string;
  message: string;
}

/**
 * The "this code already exists in the commune" guard. `ensureFree` checks before writing, so the
 * user gets a field error rather than a failed transaction; `guard` wraps the whole write so that
 * a concurrent write slipping past the check still ends as the same field error, never a 500.
 */
export function uniqueInCommune(spec: UniqueInCommuneSpec) {
  const taken = () => new ExpectedError("errors.invalid", { [spec.field]: [spec.message] });
  return {
    taken,
    async ensureFree(tx: Executor, communeId: number, value: string, exceptId?: number): Promise<void> {
      const [clash] = await tx
        .select({ id: spec.table.id })
        .from(spec.table)
        .where(
          and(
            eq(spec.table.communeId, communeId),
            eq(spec.column, value),
            exceptId == null ? undefined : ne(spec.table.id, exceptId),
          ),
        )
        .limit(1);
      if (clash) throw taken();
    },
    async guard<T>(work: Promise<T>): Promise<T> {
      try {
        return await work;
      } catch (error) {
        if (isUniqueViolation(error, spec.constraint)) throw taken();
        throw error;
      }
    },
  };
}
