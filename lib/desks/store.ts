import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import { vietnamHolidayNames } from "@/lib/core/vietnam-holidays";
import type { Executor } from "@/lib/db/client";
import { communes, dutyRosterEntries, members, mobileDeskStaff, mobileDesks, villages } from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";
import { addDays, monthEnd, monthStart } from "@/lib/filters/period";
import { timeZone } from "@/lib/i18n/config";
import type { ConflictContext, NeighbourDesk } from "./conflicts";

// The database side the desk commands and the form's live check share: ids resolved inside the
// viewer's commune (another commune's id reads as unknown), the conflict neighbourhood, snapshots
// for the audit log and the version claim.

export const invalid = (field: string, key: string) => new ExpectedError("errors.invalid", { [field]: [key] });

const hhmm = (column: typeof mobileDesks.startsAt | typeof mobileDesks.endsAt) =>
  sql<string>`to_char(${column} at time zone ${sql.raw(`'${timeZone}'`)}, 'HH24:MI')`;
export const deskDay = sql<string>`(${vietnamDay(mobileDesks.startsAt)})::text`;
export const deskStart = hhmm(mobileDesks.startsAt);
export const deskEnd = hhmm(mobileDesks.endsAt);

/** An active village the viewer may write in; otherwise a field error (another commune's id included). */
export async function resolveVillage(tx: Executor, viewer: Viewer, villageId: number, communeId?: number) {
  const [village] = await tx
    .select({
      id: villages.id,
      name: villages.name,
      communeId: villages.communeId,
      provinceId: communes.provinceId,
      active: villages.active,
    })
    .from(villages)
    .innerJoin(communes, eq(communes.id, villages.communeId))
    .where(eq(villages.id, villageId));
  if (
    !village ||
    !village.active ||
    !inScope(viewer, village) ||
    (communeId !== undefined && village.communeId !== communeId)
  ) {
    throw invalid("villageId", "desks.errors.villageUnknown");
  }
  return village;
}

export interface StaffMember {
  memberId: number;
  name: string;
  role: "volunteer" | "civil_servant";
}

/**
 * The named people, each active and of the commune, volunteers not civil servants and the other
 * way round. `keep`: people already on the desk, who may stay after being deactivated.
 */
export async function resolveStaff(
  tx: Executor,
  communeId: number,
  ids: { volunteerIds: readonly number[]; civilServantIds: readonly number[] },
  keep: readonly number[] = [],
): Promise<StaffMember[]> {
  const all = [...ids.volunteerIds, ...ids.civilServantIds];
  if (all.length === 0) return [];
  const rows = await tx
    .select({ id: members.id, name: members.fullName, kind: members.kind, active: members.active })
    .from(members)
    .where(and(eq(members.communeId, communeId), inArray(members.id, all)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const check = (list: readonly number[], field: string, role: StaffMember["role"]): StaffMember[] =>
    list.map((id) => {
      const m = byId.get(id);
      if (!m || (!m.active && !keep.includes(id))) throw invalid(field, "desks.errors.memberUnknown");
      if ((m.kind === "civil_servant") !== (role === "civil_servant"))
        throw invalid(field, role === "civil_servant" ? "desks.errors.notCivilServant" : "desks.errors.notVolunteer");
      return { memberId: id, name: m.name, role };
    });
  if (ids.volunteerIds.some((id) => ids.civilServantIds.includes(id)))
    throw invalid("civilServantIds", "desks.errors.twoRoles");
  return [
    ...check(ids.volunteerIds, "volunteerIds", "volunteer"),
    ...check(ids.civilServantIds, "civilServantIds", "civil_servant"),
  ];
}

/** The commune's desks from a week before the day's month to a week after it, duty that day, holidays. */
export async function conflictContextFor(tx: Executor, communeId: number, day: string): Promise<ConflictContext> {
  const [from, to] = [addDays(monthStart(day), -7), addDays(monthEnd(day), 7)];
  const rows = await tx
    .select({
      id: mobileDesks.id,
      villageId: mobileDesks.villageId,
      villageName: villages.name,
      day: deskDay,
      status: mobileDesks.status,
    })
    .from(mobileDesks)
    .innerJoin(villages, eq(villages.id, mobileDesks.villageId))
    .where(
      and(eq(mobileDesks.communeId, communeId), sql`${vietnamDay(mobileDesks.startsAt)} between ${from} and ${to}`),
    );
  const staff = rows.length
    ? await tx
        .select({ deskId: mobileDeskStaff.deskId, memberId: mobileDeskStaff.memberId })
        .from(mobileDeskStaff)
        .where(
          inArray(
            mobileDeskStaff.deskId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const desks: NeighbourDesk[] = rows.map((r) => ({
    ...r,
    staffIds: staff.filter((s) => s.deskId === r.id).map((s) => s.memberId),
  }));
  const duty = await tx
    .selectDistinct({ memberId: dutyRosterEntries.memberId, day: dutyRosterEntries.day })
    .from(dutyRosterEntries)
    .where(and(eq(dutyRosterEntries.communeId, communeId), eq(dutyRosterEntries.day, day)));
  return { desks, duty, holidays: vietnamHolidayNames([Number(day.slice(0, 4))]) };
}

/** The desk as the audit log keeps it: its columns (times in Vietnam) and its staff. */
export async function deskSnapshot(tx: Executor, id: number) {
  const [row] = await tx
    .select({
      id: mobileDesks.id,
      villageId: mobileDesks.villageId,
      day: deskDay,
      startTime: deskStart,
      endTime: deskEnd,
      place: mobileDesks.place,
      status: mobileDesks.status,
      note: mobileDesks.note,
      cancelReason: mobileDesks.cancelReason,
      version: mobileDesks.version,
    })
    .from(mobileDesks)
    .where(eq(mobileDesks.id, id));
  if (!row) return null;
  const staff = await tx
    .select({ memberId: mobileDeskStaff.memberId, role: mobileDeskStaff.role })
    .from(mobileDeskStaff)
    .where(eq(mobileDeskStaff.deskId, id))
    .orderBy(asc(mobileDeskStaff.memberId));
  return {
    ...row,
    volunteerIds: staff.filter((s) => s.role === "volunteer").map((s) => s.memberId),
    civilServantIds: staff.filter((s) => s.role === "civil_servant").map((s) => s.memberId),
  };
}
export type DeskSnapshot = NonNullable<Awaited<ReturnType<typeof deskSnapshot>>>;

/**
 * Moves the desk to its next version if it is still at the one the user read: someone else's
 * save in between makes this one a conflict (the form then shows their change) instead of
 * silently overwriting it.
 */
export async function claimVersion(tx: Executor, id: number, version: number): Promise<void> {
  const claimed = await tx
    .update(mobileDesks)
    .set({ version: sql`${mobileDesks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(mobileDesks.id, id), eq(mobileDesks.version, version)))
    .returning({ id: mobileDesks.id });
  if (claimed.length === 0) throw new ExpectedError("desks.errors.conflict");
}

/** Replaces the desk's staff of the given roles. */
export async function writeStaff(
  tx: Executor,
  deskId: number,
  communeId: number,
  staff: readonly StaffMember[],
  roles: readonly StaffMember["role"][],
) {
  await tx
    .delete(mobileDeskStaff)
    .where(and(eq(mobileDeskStaff.deskId, deskId), inArray(mobileDeskStaff.role, [...roles])));
  const rows = staff
    .filter((s) => roles.includes(s.role))
    .map((s) => ({ deskId, memberId: s.memberId, communeId, role: s.role }));
  if (rows.length > 0) await tx.insert(mobileDeskStaff).values(rows);
}
