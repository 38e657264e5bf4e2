import {
  firstValue,
  idParam,
  oneOfParam,
  pageParam,
  textParam,
  type ParamValue,
  type SearchParams,
} from "@/lib/core/url-params";
import { parseVietnameseDate } from "@/lib/i18n/format";
import { channels, type Channel } from "./schemas";

// The records list's filters, sorting and page live in the URL (bookmarkable, printable). This
// turns searchParams into a clean filter and back; anything unrecognised falls back to defaults.

export const recordSortKeys = ["servedOn", "village", "channel", "volunteer", "peopleServed"] as const;
export type RecordSortKey = (typeof recordSortKeys)[number];
export const PAGE_SIZE = 50;

export interface RecordFilters {
  from?: string;
  to?: string;
  villageId?: number;
  channel?: Channel;
  memberId?: number;
  sort: RecordSortKey;
  dir: "asc" | "desc";
  page: number;
}

/** "2026-11-20" or "20/11/2026" → "2026-11-20"; anything else → undefined. */
export function parseDateParam(value: ParamValue): string | undefined {
  const text = firstValue(value);
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseVietnameseDate(text.split("-").reverse().join("/")) ?? undefined;
  return parseVietnameseDate(text) ?? undefined;
}

export function parseRecordFilters(params: SearchParams): RecordFilters {
  let from = parseDateParam(params.from);
  let to = parseDateParam(params.to);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    villageId: idParam(params, "village"),
    channel: oneOfParam(params, "channel", channels),
    memberId: idParam(params, "volunteer"),
    sort: oneOfParam(params, "sort", recordSortKeys) ?? "servedOn",
    dir: textParam(params, "dir") === "asc" ? "asc" : "desc",
    page: pageParam(params),
  };
}

/** The query string for a filter, with some fields changed (e.g. another page or sort). */
export function recordFiltersQuery(filters: RecordFilters, changes: Partial<RecordFilters> = {}): string {
  const f = { ...filters, ...changes };
  const q = new URLSearchParams();
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.villageId) q.set("village", String(f.villageId));
  if (f.channel) q.set("channel", f.channel);
  if (f.memberId) q.set("volunteer", String(f.memberId));
  if (f.sort !== "servedOn") q.set("sort", f.sort);
  if (f.dir !== "desc") q.set("dir", f.dir);
  if (f.page > 1) q.set("page", String(f.page));
  const text = q.toString();
  return text ? `?${text}` : "";
}

/** Only this section's own pages may be returned to after a save or a delete (no open redirect). */
export function safeRecordsPath(value: unknown, fallback: string): string {
  const path = Array.isArray(value) ? value[0] : value;
  return typeof path === "string" && /^\/records(\/list)?(\?[^#\\]*)?$/.test(path) ? path : fallback;
}
