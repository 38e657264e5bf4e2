import { parseVietnameseDate } from "@/lib/i18n/format";
import type { Cell } from "./types";

// Cell values as ward offices type them, made into what the forms' schemas expect. Pure.

/** "Mã hộ", "ma ho", "MA_HO", " Mã  Hộ " → "ma ho": no diacritics, lower case, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A cell as text, trimmed ("" for empty). Whole numbers print without ".0". */
export function cellText(cell: Cell | undefined): string {
  if (cell == null) return "";
  if (cell instanceof Date) return isoOfDate(cell) ?? "";
  if (typeof cell === "boolean") return cell ? "1" : "0";
  return String(cell).trim();
}

function isoOfDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // exceljs gives a date cell as midnight UTC of the day shown.
  return date.toISOString().slice(0, 10);
}

/** Excel's serial day 1 is 1900-01-01 (with its 1900 leap-year bug): day 25569 is 1970-01-01. */
function isoOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return null;
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

/**
 * A date cell → "yyyy-MM-dd", or the original text when it is no date (the schema then reports it).
 * Accepts dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd, Excel date cells and Excel serial numbers.
 */
export function dateValue(cell: Cell | undefined): string {
  if (cell instanceof Date) return isoOfDate(cell) ?? "";
  if (typeof cell === "number") return isoOfSerial(cell) ?? String(cell);
  const text = cellText(cell);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // "20/11/2026 00:00:00" from some exports: the day part is what counts.
  return parseVietnameseDate(text.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, "")) ?? text;
}

/**
 * A whole-number cell → digits (or the text as given, for the schema to refuse). "1.350" and
 * "1 350" are Vietnamese thousands; "12,0" and "12.0" are twelve.
 */
export function integerText(cell: Cell | undefined): string {
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(cell);
  const text = cellText(cell).replace(/\s/g, "");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) return text.replace(/\./g, "");
  if (/^-?\d+[.,]0+$/.test(text)) return text.replace(/[.,]0+$/, "");
  return text;
}

const truthy = new Set(["co", "x", "1", "yes", "y", "true", "dung", "v"]);
const falsy = new Set(["", "khong", "0", "no", "n", "false", "sai"]);

/** Có/Không, x, 1/0, yes/no → boolean; anything else → null (reported as a bad value). */
export function booleanValue(cell: Cell | undefined): boolean | null {
  if (typeof cell === "boolean") return cell;
  const folded = foldText(cellText(cell));
  if (truthy.has(folded)) return true;
  if (falsy.has(folded)) return false;
  return null;
}

/** A list in one cell: "VNeID; Chữ ký số" or "a, b" or "a | b". */
export function listValue(cell: Cell | undefined): string[] {
  return cellText(cell)
    .split(/[;,|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
