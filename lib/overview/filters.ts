import { channel } from "@/lib/db/schema/enums";

// What the overview's URL asks for, read defensively: ids are positive integers or nothing.
export const channels = channel.enumValues;
export type Channel = (typeof channels)[number];

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search param, trimmed; undefined when absent or empty. */
export function param(params: SearchParams, name: string): string | undefined {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A positive integer id from the URL; `invalid` when present but not an id (→ not found). */
export function idParam(params: SearchParams, name: string): number | null | "invalid" {
  const value = param(params, name);
  if (value === undefined) return null;
  if (!/^\d{1,9}$/.test(value) || Number(value) <= 0) return "invalid";
  return Number(value);
}

export function channelParam(params: SearchParams): Channel | null {
  const value = param(params, "channel");
  return (channels as readonly string[]).includes(value ?? "") ? (value as Channel) : null;
}

/** The area and channel an overview is narrowed to, after every id was checked against the scope. */
export interface OverviewFilter {
  /** One commune, or null for everything in the viewer's scope (admin, provincial officer). */
  communeId: number | null;
  villageId: number | null;
  formerCommuneId: number | null;
  channel: Channel | null;
}

/** Rebuilds an overview URL with some params changed (undefined/null removes one). */
export function hrefWith(pathname: string, params: SearchParams, changes: Record<string, string | number | null | undefined>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== "" && !(k in changes)) out.set(k, first);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && v !== null && v !== "") out.set(k, String(v));
  const query = out.toString();
  return query ? `${pathname}?${query}` : pathname;
}
