import { and, eq, gte, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Executor } from "@/lib/db/client";
import { memberLeave, mobileDeskStaff, mobileDesks, teamMembers, teams } from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";

// Whether a member can be on center duty on a day: not on recorded leave, not staffing a mobile
// desk (planned or held) that day. Hand-made entries and swaps keep the generator's promises.

export async function leaveBetween(tx: Executor, communeId: number, from: string, to: string) {
  return tx
    .select({ memberId: memberLeave.memberId, from: memberLeave.fromDay, to: memberLeave.toDay })
    .from(memberLeave)
    .where(and(eq(memberLeave.communeId, communeId), lte(memberLeave.fromDay, to), gte(memberLeave.toDay, from)));
}

export async function deskDaysBetween(tx: Executor, communeId: number, from: string, to: string) {
  const day = vietnamDay(mobileDesks.startsAt);
  return tx
    .selectDistinct({ memberId: mobileDeskStaff.memberId, day: sqlDay(day) })
    .from(mobileDeskStaff)
    .innerJoin(
      mobileDesks,
      and(eq(mobileDesks.id, mobileDeskStaff.deskId), eq(mobileDesks.communeId, mobileDeskStaff.communeId)),
    )
    .where(
      and(eq(mobileDesks.communeId, communeId), ne(mobileDesks.status, "cancelled"), gte(day, from), lte(day, to)),
    );
}

// As text (yyyy-MM-dd): drivers differ in how they hand back a date.
const sqlDay = (day: SQL) => sql<string>`${day}::text`;

/** Field error when the member is on leave or at a mobile desk that day; nothing otherwise. */
export async function ensureAvailable(
  tx: Executor,
  communeId: number,
  memberId: number,
  day: string,
  field = "memberId",
) {
  const leave = await leaveBetween(tx, communeId, day, day);
  if (leave.some((l) => l.memberId === memberId))
    throw new ExpectedError("errors.invalid", { [field]: ["roster.errors.onLeave"] });
  const desks = await deskDaysBetween(tx, communeId, day, day);
  if (desks.some((d) => d.memberId === memberId))
    throw new ExpectedError("errors.invalid", { [field]: ["roster.errors.onDesk"] });
}

/** Each member's center-duty team (the first by id when in several), for the entry's team column. */
export async function dutyTeams(
  tx: Executor,
  communeId: number,
  memberIds: readonly number[],
): Promise<Map<number, number>> {
  if (memberIds.length === 0) return new Map();
  const rows = await tx
    .select({ memberId: teamMembers.memberId, teamId: teams.id })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.communeId, teamMembers.communeId)))
    .where(
      and(
        eq(teams.communeId, communeId),
        eq(teams.kind, "center_duty"),
        eq(teams.active, true),
        inArray(teamMembers.memberId, [...memberIds]),
      ),
    )
    .orderBy(teams.id);
  const out = new Map<number, number>();
  for (const r of rows) if (!out.has(r.memberId)) out.set(r.memberId, r.teamId);
  return out;
}
