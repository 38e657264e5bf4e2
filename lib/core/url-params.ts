// Every page keeps its filters, sorting and paging in the URL (bookmarkable, printable). This is
// the one place that reads those parameters and writes links back. Readers never throw: a value
// that is absent, blank or malformed reads as "not given", except idParamOrInvalid, for pages
// where a malformed id must answer "not found" rather than silently widen the view.

/** Next.js's `searchParams`: a parameter given twice arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;
export type ParamValue = SearchParams[string];

/** The first value of a parameter, trimmed; undefined when absent or blank. */
export function firstValue(value: ParamValue): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/** A positive integer id of 1 to 9 digits (fits the database's integer), else undefined. */
export function positiveId(value: ParamValue): number | undefined {
  const text = firstValue(value);
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n > 0 ? n : undefined;
}

/** `params[name]`'s first value, trimmed; undefined when absent or blank. */
export function textParam(params: SearchParams, name: string): string | undefined {
  return firstValue(params[name]);
}

/** A positive integer id from the URL; undefined when absent or not an id (the filter is dropped). */
export function idParam(params: SearchParams, name: string): number | undefined {
  return positiveId(params[name]);
}

/** A positive integer id from the URL; null when absent, `invalid` when present but not an id (→ not found). */
export function idParamOrInvalid(params: SearchParams, name: string): number | null | "invalid" {
  if (textParam(params, name) === undefined) return null;
  return positiveId(params[name]) ?? "invalid";
}

/** One of a fixed set of values (a sort key, a channel…); undefined for anything else. */
export function oneOfParam<T extends string>(params: SearchParams, name: string, values: readonly T[]): T | undefined {
  const value = textParam(params, name);
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export const maxPage = 100_000;

/** A list's page number: 1 to 100,000; anything else is page 1. */
export function pageParam(params: SearchParams, name = "page"): number {
  const text = textParam(params, name);
  const n = Number(text);
  return text !== undefined && Number.isSafeInteger(n) && n >= 1 && n <= maxPage ? n : 1;
}

export type ParamChanges = Record<string, string | number | null | undefined>;

/**
 * The same page's URL with some parameters changed: a change sets the parameter to one value
 * (null, undefined or "" removes it); every other parameter keeps all its values, in order, so a
 * link changes one thing and keeps the rest (a repeated filter such as `f=a&f=b` survives a
 * page change). Blank values are dropped: every reader treats them as absent.
 */
export function hrefWith(path: string, params: SearchParams, changes: ParamChanges): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key in changes) continue;
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      if (v !== "") query.append(key, v);
  }
  for (const [key, value] of Object.entries(changes))
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
