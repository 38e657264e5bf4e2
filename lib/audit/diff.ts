export type Changes = Record<string, { before: unknown; after: unknown }>;

// Fields never written to the audit log, whatever entity they belong to.
const secretFields = new Set(["passwordHash", "totpSecret", "codeHash"]);

const normalise = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : (value ?? null));

/**
 * The fields that differ between two versions of a row, as { field: { before, after } }.
 * Pass `before` = null for a creation and `after` = null for a deletion. Secrets are masked.
 */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = ["updatedAt", "createdAt", "version"],
): Changes {
  const changes: Changes = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (ignore.includes(field)) continue;
    const b = normalise(before?.[field]);
    const a = normalise(after?.[field]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[field] = secretFields.has(field)
      ? { before: b === null ? null : "•••", after: a === null ? null : "•••" }
      : { before: b, after: a };
  }
  return changes;
}
