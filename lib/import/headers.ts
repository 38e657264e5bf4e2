import { cellText, foldText } from "./values";
import type { Cell } from "./types";

// A file's header row → the fields of the kind being imported. A header matches a field when,
// with diacritics, case, spacing and punctuation folded away, it equals one of the field's
// aliases: "Mã hộ", "ma ho", "MA_HO" and "Household code" all find `household`. Pure.

export interface ColumnSpec {
  field: string;
  required?: boolean;
  /** Vietnamese first (the template's header), then short forms and English. */
  aliases: readonly string[];
}

export interface HeaderMatch {
  /** field → column index in the file */
  index: Map<string, number>;
  columns: { header: string; field: string | null }[];
  /** Required fields no header matched. */
  missing: string[];
  /** Fields two headers matched (the first is used). */
  repeated: string[];
}

export function matchHeaders(header: readonly Cell[], specs: readonly ColumnSpec[]): HeaderMatch {
  const byAlias = new Map<string, string>();
  for (const spec of specs) {
    for (const alias of [spec.field, ...spec.aliases]) byAlias.set(foldText(alias), spec.field);
  }
  const index = new Map<string, number>();
  const repeated: string[] = [];
  const columns = header.map((cell, i) => {
    const text = cellText(cell);
    const folded = foldText(text);
    const field = byAlias.get(folded) ?? byAlias.get(folded.replace(/ /g, "")) ?? null;
    if (field && index.has(field)) {
      repeated.push(field);
      return { header: text, field: null };
    }
    if (field) index.set(field, i);
    return { header: text, field };
  });
  const missing = specs.filter((s) => s.required && !index.has(s.field)).map((s) => s.field);
  return { index, columns, missing, repeated };
}

/** Aliases without spaces too, so "MAHO" and "NgayHoTro" match. */
export function withCompactAliases(specs: readonly ColumnSpec[]): ColumnSpec[] {
  return specs.map((s) => ({ ...s, aliases: [...s.aliases, ...s.aliases.map((a) => foldText(a).replace(/ /g, ""))] }));
}
