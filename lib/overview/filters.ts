import { oneOfParam, type SearchParams } from "@/lib/core/url-params";
import { channels, type Channel } from "@/lib/records/schemas";

// What the overview's URL asks for, read defensively: ids are positive integers or nothing.

export function channelParam(params: SearchParams): Channel | null {
  return oneOfParam(params, "channel", channels) ?? null;
}

/** The area and channel an overview is narrowed to, after every id was checked against the scope. */
export interface OverviewFilter {
  /** One commune, or null for everything in the viewer's scope (admin, provincial officer). */
  communeId: number | null;
  villageId: number | null;
  formerCommuneId: number | null;
  channel: Channel | null;
}
