import "server-only";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/auth/roles";
import { positiveId } from "@/lib/core/url-params";
import { deskDetail } from "./queries";

/** The desk a /desks/[id]… page shows: another commune's id, or no id, reads as 404. */
export async function pageDesk(viewer: Viewer, rawId: string) {
  const id = positiveId(rawId);
  const desk = id ? await deskDetail(viewer, id) : null;
  if (!desk) notFound();
  return desk;
}

/** The plain props the desk forms take. */
export const formDesk = (d: Awaited<ReturnType<typeof pageDesk>>) => ({
  id: d.id,
  version: d.version,
  villageId: d.villageId,
  day: d.day,
  startTime: d.startTime,
  endTime: d.endTime,
  place: d.place,
  note: d.note,
  volunteerIds: d.volunteerIds,
  civilServantIds: d.civilServantIds,
});
