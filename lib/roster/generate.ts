import { and, asc, eq, gte, inArray, lt, lte, ne, sql } from "drizzle-orm";
import { ExpectedError } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import type { Database, Executor } from "@/lib/db/client";
import { dutyRosterEntries, members, teamMembers, teams } from "@/lib/db/schema";
import { vietnamHolidays } from "@/lib/db/seed/demo-calendar";
import { deskDaysBetween, leaveBetween } from "./availability";
import { generateRoster, type DutyKind, type GeneratorInput, type RosterTeam } from "./generator";
import { quarterStart } from "./period";
import { generateInput, type GenerateInput } from "./schemas";
import { centerForWrite } from "./scope";

// "Generate the roster for a period": the director's command. Reads the center's pool, teams,
// leave, mobile desks and the quarter's duties so far, runs the pure generator, and replaces the
// period's entries in one transaction with one audit row — a regeneration after recording leave
// gives the member's days to others.

export const ROSTER_TASKS = [
  "Hướng dẫn lấy số thứ tự",
  "Hỗ trợ kê khai tờ khai",
  "Cài đặt, kích hoạt VNeID",
  "Đăng ký tài khoản Cổng Dịch vụ công",
  "In ấn, số hóa hồ sơ",
  "Tra cứu mã hồ sơ",
] as const;

export function yearsOf(from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(y);
  return out;
}

/** The generator's input for a center and period, read from the database. */
export async function generatorInput(
  tx: Executor,
  center: { id: number; communeId: number; openOnHolidays: boolean },
  data: GenerateInput,
): Promise<GeneratorInput> {
  const dutyTeams = await tx
    .select({ teamId: teams.id, memberId: teamMembers.memberId })
    .from(teams)
    .innerJoin(teamMembers, and(eq(teamMembers.teamId, teams.id), eq(teamMembers.communeId, teams.communeId)))
    .innerJoin(members, and(eq(members.id, teamMembers.memberId), eq(members.communeId, teamMembers.communeId)))
    .where(
      and(
        eq(teams.communeId, center.communeId),
        eq(teams.kind, "center_duty"),
        eq(teams.active, true),
        eq(members.active, true),
      ),
    )
    .orderBy(asc(teams.id), asc(teamMembers.memberId));
  const byTeam = new Map<number, number[]>();
  for (const r of dutyTeams) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r.memberId]);
  const rosterTeams: RosterTeam[] = [...byTeam].map(([id, memberIds]) => ({ id, memberIds }));
  if (data.mode === "teams" && rosterTeams.length === 0)
    throw new ExpectedError("errors.invalid", { mode: ["roster.errors.noTeams"] });

  // The pool: the center-duty teams' members when the commune has such teams, else every active
  // volunteer (civil servants go out with mobile desks, not to the help desk).
  const pool = await tx
    .select({ id: members.id, joinedOn: members.joinedOn })
    .from(members)
    .where(
      and(
        eq(members.communeId, center.communeId),
        eq(members.active, true),
        ne(members.kind, "civil_servant"),
        rosterTeams.length > 0
          ? inArray(
              members.id,
              dutyTeams.map((r) => r.memberId),
            )
          : undefined,
      ),
    )
    .orderBy(members.id);
  if (pool.length === 0) throw new ExpectedError("errors.invalid", { mode: ["roster.errors.noMembers"] });

  const qStart = quarterStart(data.from);
  const prior = await tx
    .select({
      memberId: dutyRosterEntries.memberId,
      kind: sql<DutyKind>`case when extract(isodow from ${dutyRosterEntries.day}) >= 6 then 'weekend' else ${dutyRosterEntries.shift}::text end`,
      count: sql<number>`count(*)::int`,
    })
    .from(dutyRosterEntries)
    .where(
      and(
        eq(dutyRosterEntries.serviceCenterId, center.id),
        gte(dutyRosterEntries.day, qStart),
        lt(dutyRosterEntries.day, data.from),
      ),
    )
    .groupBy(dutyRosterEntries.memberId, sql`2`);

  return {
    from: data.from,
    to: data.to,
    mode: data.mode === "teams" ? { kind: "teams", teams: rosterTeams } : { kind: "pool", perDay: data.perDay },
    members: pool,
    saturday: data.saturday,
    sunday: data.sunday,
    holidays: vietnamHolidays(yearsOf(data.from, data.to)),
    openOnHolidays: center.openOnHolidays,
    leave: await leaveBetween(tx, center.communeId, data.from, data.to),
    deskDays: await deskDaysBetween(tx, center.communeId, data.from, data.to),
    prior,
    tasks: ROSTER_TASKS,
  };
}

export async function generateForPeriod(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(generateInput, input);
  return db.transaction(async (tx) => {
    const { row: center, provinceId } = await centerForWrite(tx, viewer, data.centerId);
    const entries = generateRoster(await generatorInput(tx, center, data));
    const period = and(
      eq(dutyRosterEntries.serviceCenterId, center.id),
      gte(dutyRosterEntries.day, data.from),
      lte(dutyRosterEntries.day, data.to),
    );
    const removed = await tx.delete(dutyRosterEntries).where(period).returning({ id: dutyRosterEntries.id });
    if (entries.length > 0) {
      await tx
        .insert(dutyRosterEntries)
        .values(
          entries.map((e) => ({ ...e, communeId: center.communeId, serviceCenterId: center.id, createdBy: viewer.id })),
        );
    }
    await recordAudit(tx, viewer, {
      action: "generate",
      entity: "duty_roster",
      entityId: center.id,
      communeId: center.communeId,
      provinceId,
      details: {
        from: data.from,
        to: data.to,
        mode: data.mode,
        perDay: data.perDay,
        saturday: data.saturday,
        sunday: data.sunday,
        removed: removed.length,
        created: entries.length,
      },
    });
    return { centerId: center.id, from: data.from, to: data.to, created: entries.length, removed: removed.length };
  });
}
