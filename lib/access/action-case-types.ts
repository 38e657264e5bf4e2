import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";

/** The demo accounts a case can act as (lib/db/seed/demo-accounts.ts). */
export type CaseAccount =
  | "admin"
  | "tinhdoan.danang"
  | "tinhdoan.cantho"
  | "bithu.haivan"
  | "giamdoc.haivan"
  | "bithu.hoaxuan"
  | "bithu.cairang";

/**
 * What a command did with a case's input:
 * - ok: it resolved;
 * - refused: ExpectedError errors.forbidden or errors.notFound (role or scope said no);
 * - rejected: any other ExpectedError (bad input, conflict, wrong code), nothing written.
 */
export type CaseOutcome = "ok" | "refused" | "rejected";

export interface CaseContext {
  db: Database;
  viewer: Viewer;
}

export interface ActionCase {
  name: string;
  as: CaseAccount;
  /** Builds the input (form fields) the action would pass on; may look ids up in the database. */
  input: (ctx: CaseContext) => unknown | Promise<unknown>;
  expect: CaseOutcome;
  /** Sees what an "ok" case returned, for later cases (e.g. recovery codes shown once). */
  onResult?: (result: unknown) => void;
}

export type ActionEntry =
  /** A session or preference action with no command behind it: say why it needs no cases. */
  | { exempt: string }
  | {
      /** The lib/<feature>/commands.ts function the action calls. */
      command: (db: Database, viewer: Viewer, input: never) => Promise<unknown>;
      /** Run in order against one seeded database; later cases may rely on earlier ones. */
      cases: ActionCase[];
      /** Only when no role or scope can be refused (e.g. it acts on the caller's own account): why. */
      noRefusalBecause?: string;
      /** Only for an action that reads and writes nothing (so writes no audit row): why. */
      readOnly?: string;
    };

/** Keyed "lib/<feature>/actions.ts#<exportedName>". */
export type ActionRegistry = Record<string, ActionEntry>;
