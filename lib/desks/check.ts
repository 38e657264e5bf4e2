import { z } from "zod";
import { notFound } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { rowForWrite } from "@/lib/core/scoped-row";
import type { Database } from "@/lib/db/client";
import { mobileDesks } from "@/lib/db/schema";
import { parseVietnameseDate } from "@/lib/i18n/format";
import { deskConflicts, type Conflict } from "./conflicts";
import { conflictContextFor, deskSnapshot, resolveStaff, resolveVillage } from "./store";

// The form's live check: what saving would run into, shown while the user fills the form, before
// anything is saved. Reads only. Ids are checked like the commands do (another commune's village,
// desk or member → not found), so the check leaks nothing either.

const ids = z.preprocess(
  (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().positive()).max(30),
);
const checkSchema = z.object({
  id: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().positive().optional()),
  villageId: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.coerce.number().int().positive().optional(),
  ),
  day: z.string().trim().optional(),
  volunteerIds: ids.optional(),
  civilServantIds: ids.optional(),
});

export async function checkDesk(db: Database, viewer: Viewer, input: unknown): Promise<Conflict[]> {
  if (!can(viewer, "desks.manage") && !can(viewer, "desks.staff.civil_servants")) throw notFound();
  const parsed = checkSchema.safeParse(input);
  if (!parsed.success) return [];
  const data = parsed.data;
  const day = data.day ? (/^\d{4}-\d{2}-\d{2}$/.test(data.day) ? data.day : parseVietnameseDate(data.day)) : null;
  return db.transaction(async (tx) => {
    const current = data.id
      ? await rowForWrite(
          tx,
          viewer,
          can(viewer, "desks.manage") ? "desks.manage" : "desks.staff.civil_servants",
          mobileDesks,
          data.id,
        )
      : null;
    const villageId = data.villageId ?? current?.row.villageId;
    if (!villageId) return [];
    const village = await resolveVillage(tx, viewer, villageId, current?.row.communeId).catch(() => {
      throw notFound();
    });
    const snapshot = current ? await deskSnapshot(tx, current.row.id) : null;
    const when = day ?? snapshot?.day;
    if (!when) return [];
    const staff = await resolveStaff(
      tx,
      village.communeId,
      {
        volunteerIds: data.volunteerIds ?? snapshot?.volunteerIds ?? [],
        civilServantIds: data.civilServantIds ?? snapshot?.civilServantIds ?? [],
      },
      [...(snapshot?.volunteerIds ?? []), ...(snapshot?.civilServantIds ?? [])],
    ).catch(() => {
      throw notFound();
    });
    return deskConflicts(
      { id: current?.row.id, villageId: village.id, day: when, staff },
      await conflictContextFor(tx, village.communeId, when),
    );
  });
}
