// Lists keep filters, sorting and paging in the URL; links change one thing and keep the rest.
import type { SearchParams } from "@/lib/field/params";
export type { SearchParams };

export function hrefWith(path: string, params: SearchParams, changes: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key in changes) continue;
    for (const v of Array.isArray(value) ? value : value == null ? [] : [value]) query.append(key, v);
  }
  for (const [key, value] of Object.entries(changes)) if (value != null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
