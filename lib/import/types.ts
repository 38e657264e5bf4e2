import { ExpectedError } from "@/lib/actions/form-state";

// Shapes shared by the import engine, its route and its screen. Pure.

export const importKinds = ["records", "households", "members"] as const;
export type ImportKind = (typeof importKinds)[number];
export const isImportKind = (value: unknown): value is ImportKind =>
  typeof value === "string" && (importKinds as readonly string[]).includes(value);

/** A cell as a file gives it: CSV always text; .xlsx also numbers, dates and booleans. */
export type Cell = string | number | boolean | Date | null;

/** A file the engine cannot read at all (message key in the import namespace). */
export class ImportFileError extends ExpectedError {
  constructor(
    key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "ImportFileError";
  }
}

/** One problem with one row: its line in the file (header = 1), the column as the file names it. */
export interface RowError {
  row: number;
  column: string | null;
  /** A message key, e.g. "records.errors.counterNegative" or "import.errors.recordRepeated". */
  message: string;
  values?: Record<string, string | number>;
}

export interface PreviewRow {
  row: number;
  cells: string[];
  ok: boolean;
}

export interface ImportSummary {
  kind: ImportKind;
  fileName: string;
  format: "csv" | "xlsx";
  sha256: string;
  /** Data rows (blank lines not counted). */
  rows: number;
  valid: number;
  withErrors: number;
  duplicates: number;
  /** Rows already stored, left out because the user asked to skip them. */
  skipped: number;
  skipExisting: boolean;
  /** The file's headers and which field each matched (null: ignored). */
  columns: { header: string; field: string | null }[];
  /** The first rows, as the file shows them. */
  sample: PreviewRow[];
  /** Every row error, capped (errorsTotal says how many there were). */
  errors: RowError[];
  errorsTotal: number;
}

export type ProgressPhase = "received" | "parsed" | "validated" | "written";

/** What the import route streams, one JSON object per line. */
export type ImportEvent =
  | { type: "progress"; phase: ProgressPhase; done: number; total: number }
  | { type: "preview"; summary: ImportSummary }
  | { type: "committed"; summary: ImportSummary; written: number }
  | { type: "error"; message: string; values?: Record<string, string | number> };
