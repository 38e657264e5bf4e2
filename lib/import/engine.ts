import { createHash } from "node:crypto";
import { ExpectedError, forbidden } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can, type Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/core/unique-guard";
import { writableCommune, type CommuneRef } from "@/lib/core/write-scope";
import type { Database, Executor } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/i18n/format";
import { acquireCommuneLock } from "./commune-lock";
import { readTable, type FileFormat } from "./file-read";
import { householdSpec, type HouseholdValue } from "./households-spec";
import { memberSpec, type MemberValue } from "./members-spec";
import { recordSpec, type RecordValue } from "./records-spec";
import { householdScope, memberScope, recordScope, storedRecordKeys } from "./scope";
import { validateTable, type Validated } from "./validate";
import { writeHouseholds, writeMembers, writeRecords } from "./write";
import type { ImportEvent, ImportKind, ImportSummary } from "./types";

// Import = preview (read, check, write nothing) then commit (the same file again, checked again
// on the server, then written set-based with the rollups and one audit row in ONE transaction).
// Authorization is the forms': the capability for the kind and a commune in scope.
// The file is read and checked BEFORE the transaction opens: on PGlite a transaction holds the
// app's one connection, and a 200,000-row parse inside it used to stall every other request.
// One import per commune at a time (commune-lock.ts) keeps two files from racing past each
// other's duplicate checks; the database's constraints guard the rest.

export interface ImportInput {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  /** The commune to import into: required for roles without one of their own (admin). */
  communeId?: number | null;
  /** Rows already in the database are skipped (counted) instead of refusing the file. */
  skipExisting?: boolean;
}

export interface ImportOptions {
  /** Today in Vietnam ("yyyy-MM-dd"); tests pin it. */
  today?: string;
  onEvent?: (event: ImportEvent) => void | Promise<void>;
}

/** A commit refused because rows have errors: nothing was written; the summary says which. */
export class ImportRejected extends ExpectedError {
  constructor(readonly summary: ImportSummary) {
    super("import.errors.hasErrors");
  }
}

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const auditEntity: Record<ImportKind, string> = {
  records: "support_record",
  households: "household",
  members: "member",
};

function capabilityFor(viewer: Viewer, kind: ImportKind): Capability {
  if (kind === "households") return "households.manage";
  if (kind === "members") return "members.manage";
  return can(viewer, "records.write") ? "records.write" : "records.write.center";
}

/** The commune rows land in: the viewer's own, or one an admin picked within their scope. */
export async function importCommune(
  exec: Executor,
  viewer: Viewer,
  kind: ImportKind,
  communeId?: number | null,
): Promise<CommuneRef> {
  const capability = capabilityFor(viewer, kind);
  if (!can(viewer, capability)) throw forbidden();
  if (viewer.communeId == null && communeId == null) throw new ExpectedError("import.errors.communeRequired");
  return writableCommune(exec, viewer, capability, communeId);
}

type AnyValidated =
  | { kind: "records"; v: Validated<RecordValue> }
  | { kind: "households"; v: Validated<HouseholdValue> }
  | { kind: "members"; v: Validated<MemberValue> };

async function check(exec: Executor, viewer: Viewer, input: ImportInput, commune: CommuneRef, options: ImportOptions) {
  const emit = options.onEvent ?? (() => {});
  const { format, rows } = await readTable(input.bytes);
  const total = Math.max(0, rows.length - 1);
  await emit({ type: "progress", phase: "parsed", done: total, total });
  const onProgress = (done: number, all: number) => emit({ type: "progress", phase: "validated", done, total: all });
  const skipStored = input.skipExisting === true;
  let checked: AnyValidated;
  if (input.kind === "records") {
    const today = options.today ?? todayInVietnam();
    const scope = await recordScope(exec, viewer, commune.communeId, today);
    checked = {
      kind: "records",
      v: await validateTable(rows, recordSpec(today), scope, {
        stored: (values) => storedRecordKeys(exec, commune.communeId, values),
        onProgress,
        skipStored,
      }),
    };
  } else if (input.kind === "households") {
    const scope = await householdScope(exec, commune.communeId);
    checked = {
      kind: "households",
      v: await validateTable(rows, householdSpec, scope, { stored: async () => scope.codes, onProgress, skipStored }),
    };
  } else {
    const scope = await memberScope(exec, commune.communeId);
    checked = {
      kind: "members",
      v: await validateTable(rows, memberSpec, scope, { stored: async () => scope.existing, onProgress, skipStored }),
    };
  }
  return { format, checked, summary: summarize(input, format, checked.v) };
}

function summarize(input: ImportInput, format: FileFormat, v: Validated<unknown>): ImportSummary {
  return {
    kind: input.kind,
    fileName: input.fileName,
    format,
    sha256: sha256Of(input.bytes),
    rows: v.rows,
    valid: v.valid.length,
    withErrors: v.rowsWithErrors,
    duplicates: v.duplicates,
    skipped: v.skipped,
    skipExisting: input.skipExisting === true,
    columns: v.columns,
    sample: v.sample,
    errors: v.errors,
    errorsTotal: v.errorsTotal,
  };
}

/** Reads and checks a file; writes nothing. */
export async function previewImport(
  db: Database,
  viewer: Viewer,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const commune = await importCommune(db, viewer, input.kind, input.communeId);
  return (await check(db, viewer, input, commune, options)).summary;
}

/**
 * Writes a previewed file: all rows or none. `sha256` is the preview's: a different file is
 * refused. Any row error (re-checked here, against the data as it is now) writes nothing.
 */
export async function commitImport(
  db: Database,
  viewer: Viewer,
  input: ImportInput & { sha256: string },
  options: ImportOptions = {},
): Promise<{ summary: ImportSummary; written: number }> {
  if (sha256Of(input.bytes) !== input.sha256) throw new ExpectedError("import.errors.fileChanged");
  const emit = options.onEvent ?? (() => {});
  const commune = await importCommune(db, viewer, input.kind, input.communeId);
  const lock = await acquireCommuneLock(
    db,
    commune.communeId,
    input.kind,
    () => new ExpectedError("import.errors.busy"),
  );
  if (!lock) throw new ExpectedError("import.errors.busy");
  try {
    const { format, checked, summary } = await check(db, viewer, input, commune, options);
    if (summary.withErrors > 0) throw new ImportRejected(summary);
    const total = summary.valid;
    const onWritten = (done: number) => emit({ type: "progress", phase: "written", done, total });
    return await db.transaction(async (tx) => {
      await lock.confirm(tx);
      // The viewer may have lost the right while the file was being read.
      await importCommune(tx, viewer, input.kind, input.communeId);
      if (checked.kind === "records") {
        await writeRecords(
          tx,
          commune.communeId,
          viewer.id,
          checked.v.valid.map((r) => r.value),
          onWritten,
        );
      } else if (checked.kind === "households") {
        await writeHouseholds(
          tx,
          commune.communeId,
          checked.v.valid.map((r) => r.value),
          onWritten,
        );
      } else {
        await writeMembers(
          tx,
          commune.communeId,
          checked.v.valid.map((r) => r.value),
          onWritten,
        );
      }
      await recordAudit(tx, viewer, {
        action: "import",
        entity: auditEntity[input.kind],
        communeId: commune.communeId,
        provinceId: commune.provinceId,
        details: {
          kind: input.kind,
          fileName: input.fileName,
          format,
          sha256: summary.sha256,
          rows: summary.rows,
          written: total,
          skipExisting: summary.skipExisting,
          skipped: summary.skipped,
        },
      });
      return { summary, written: total };
    });
  } catch (error) {
    // A household code another user saved between the check and the write.
    if (isUniqueViolation(error, "households_code_uq")) throw new ExpectedError("import.errors.dataChanged");
    throw error;
  } finally {
    await lock.release();
  }
}
