import { matchHeaders } from "./headers";
import { ImportFileError, type Cell, type PreviewRow, type RowError } from "./types";
import { cellText } from "./values";
import type { ImportSpec } from "./row-kit";

// The engine's pure half: headers matched, every row checked by the kind's spec, duplicates found
// within the file and against what is stored. Nothing here writes. Row numbers are the file's
// lines (header = line 1 in a CSV, the sheet's row in an .xlsx).

export const SAMPLE_ROWS = 20;
export const MAX_REPORTED_ERRORS = 1000;
const PROGRESS_EVERY = 5000;

export interface Validated<V> {
  rows: number;
  valid: { row: number; value: V }[];
  errors: RowError[];
  errorsTotal: number;
  rowsWithErrors: number;
  duplicates: number;
  /** Rows already stored and left out (skipStored); without it they are errors. */
  skipped: number;
  columns: { header: string; field: string | null }[];
  sample: PreviewRow[];
}

export interface ValidateOptions<V> {
  /** Keys (spec.key) of the given values that are already stored. */
  stored: (values: V[]) => Promise<ReadonlySet<string>>;
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** Rows already stored are skipped instead of refused (the upload form's checkbox). */
  skipStored?: boolean;
}

const isBlank = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === "");

export async function validateTable<S, V>(
  table: Cell[][],
  spec: ImportSpec<S, V>,
  scope: S,
  options: ValidateOptions<V>,
): Promise<Validated<V>> {
  const headerAt = table.findIndex((row) => !isBlank(row));
  if (headerAt < 0) throw new ImportFileError("import.errors.noRows");
  const match = matchHeaders(table[headerAt]!, spec.columns);
  if (match.missing.length > 0)
    throw new ImportFileError("import.errors.missingColumns", { columns: match.missing.join(", ") });
  const columnOf = (field: string) => {
    const i = match.index.get(field);
    if (i != null) return match.columns[i]!.header;
    return spec.columns.find((c) => c.field === field)?.aliases[0] ?? null;
  };

  const dataRows: number[] = [];
  for (let i = headerAt + 1; i < table.length; i++) if (!isBlank(table[i])) dataRows.push(i);
  if (dataRows.length === 0) throw new ImportFileError("import.errors.noRows");

  const errors: RowError[] = [];
  const bad = new Set<number>();
  const report = (error: RowError) => {
    errors.push(error);
    bad.add(error.row);
  };
  const checked: { row: number; value: V; key: string | null }[] = [];
  const firstRowOfKey = new Map<string, number>();
  let duplicates = 0;

  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n]!;
    const cells = table[i]!;
    const row = i + 1;
    const result = spec.check((field) => {
      const at = match.index.get(field);
      return at == null ? undefined : cells[at];
    }, scope);
    for (const e of result.errors) report({ row, column: columnOf(e.field), message: e.message, values: e.values });
    if (result.value !== undefined && result.errors.length === 0) {
      const key = spec.key(result.value);
      const first = key == null ? undefined : firstRowOfKey.get(key);
      if (first !== undefined) {
        duplicates++;
        report({ row, column: null, message: spec.repeatedInFile, values: { row: first } });
      } else {
        if (key != null) firstRowOfKey.set(key, row);
        checked.push({ row, value: result.value, key });
      }
    }
    if (options.onProgress && (n + 1) % PROGRESS_EVERY === 0) await options.onProgress(n + 1, dataRows.length);
  }

  const stored = await options.stored(checked.map((c) => c.value));
  const valid: { row: number; value: V }[] = [];
  let skipped = 0;
  for (const c of checked) {
    if (c.key != null && stored.has(c.key) && options.skipStored) skipped++;
    else if (c.key != null && stored.has(c.key)) {
      duplicates++;
      report({ row: c.row, column: null, message: spec.alreadyStored });
    } else valid.push({ row: c.row, value: c.value });
  }
  await options.onProgress?.(dataRows.length, dataRows.length);

  errors.sort((a, b) => a.row - b.row);
  const sample = dataRows.slice(0, SAMPLE_ROWS).map((i) => ({
    row: i + 1,
    cells: match.columns.map((_, c) => cellText(table[i]![c])),
    ok: !bad.has(i + 1),
  }));
  return {
    rows: dataRows.length,
    valid,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorsTotal: errors.length,
    rowsWithErrors: bad.size,
    duplicates,
    skipped,
    columns: match.columns,
    sample,
  };
}
