import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { channels, type Channel } from "./schemas";

// Who may write which support records: a secretary every channel (records.write); a center
// director only what happened at the center (records.write.center). Scope is checked separately.

export function mayWriteChannel(viewer: Pick<Viewer, "role">, channel: Channel): boolean {
  return can(viewer, "records.write") || (channel === "center" && can(viewer, "records.write.center"));
}

/** The channels the entry form offers this viewer (none: the form is not shown). */
export function writableChannels(viewer: Pick<Viewer, "role">): Channel[] {
  return channels.filter((c) => mayWriteChannel(viewer, c));
}
