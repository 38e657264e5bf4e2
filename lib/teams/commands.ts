import { and, eq } from "drizzle-orm";
import { ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import type { Database, Executor } from "@/lib/db/client";
import { communes, teamMembers, teams } from "@/lib/db/schema";
import { parseInput, single } from "@/lib/field/parse";
import { isUniqueViolation, memberIn, villageIn, writableCommune } from "@/lib/field/units";
import { createTeamSchema, teamMemberSchema, updateTeamSchema } from "./schemas";

const nameTaken = () => new ExpectedError("errors.invalid", { name: ["teams.errors.nameTaken"] });

async function guardName<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, "teams_name_uq")) throw nameTaken();
    throw error;
  }
}

async function teamForWrite(tx: Executor, viewer: Viewer, id: number) {
  if (!can(viewer, "teams.manage")) throw forbidden();
  const [row] = await tx
    .select({ team: teams, provinceId: communes.provinceId })
    .from(teams)
    .innerJoin(communes, eq(communes.id, teams.communeId))
    .where(eq(teams.id, id));
  if (!row || !inScope(viewer, { communeId: row.team.communeId, provinceId: row.provinceId })) throw notFound();
  return row;
}

async function ensureNameFree(tx: Executor, communeId: number, name: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.communeId, communeId), eq(teams.name, name)));
  if (clash && clash.id !== exceptId) throw nameTaken();
}

export async function createTeam(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(createTeamSchema, input);
  return guardName(
    db.transaction(async (tx) => {
      const unit = await writableCommune(tx, viewer, "teams.manage", data.communeId);
      if (data.villageId != null) await villageIn(tx, unit.communeId, data.villageId);
      await ensureNameFree(tx, unit.communeId, data.name);
      const row = single(
        await tx
          .insert(teams)
          .values({ communeId: unit.communeId, name: data.name, kind: data.kind, villageId: data.villageId ?? null, dutyWeekday: data.dutyWeekday ?? null })
          .returning(),
      );
      await recordAudit(tx, viewer, { action: "create", entity: "team", entityId: row.id, ...unit, after: row });
      return { id: row.id };
    }),
  );
}

export async function updateTeam(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(updateTeamSchema, input);
  return guardName(
    db.transaction(async (tx) => {
      const { team: before, provinceId } = await teamForWrite(tx, viewer, data.id);
      if (data.villageId != null) await villageIn(tx, before.communeId, data.villageId);
      await ensureNameFree(tx, before.communeId, data.name, before.id);
      const after = single(
        await tx
          .update(teams)
          .set({ name: data.name, kind: data.kind, villageId: data.villageId ?? null, dutyWeekday: data.dutyWeekday ?? null })
          .where(and(eq(teams.id, before.id), eq(teams.communeId, before.communeId)))
          .returning(),
      );
      await recordAudit(tx, viewer, { action: "update", entity: "team", entityId: after.id, communeId: after.communeId, provinceId, before, after });
      return { id: after.id };
    }),
  );
}

export async function addTeamMember(db: Database, viewer: Viewer, input: unknown): Promise<{ teamId: number }> {
  const data = parseInput(teamMemberSchema, input);
  return db.transaction(async (tx) => {
    const { team, provinceId } = await teamForWrite(tx, viewer, data.teamId);
    await memberIn(tx, team.communeId, data.memberId, { activeOnly: true });
    const inserted = await tx
      .insert(teamMembers)
      .values({ teamId: team.id, memberId: data.memberId, communeId: team.communeId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw new ExpectedError("errors.invalid", { memberId: ["teams.errors.alreadyMember"] });
    await recordAudit(tx, viewer, {
      action: "add_member",
      entity: "team",
      entityId: team.id,
      communeId: team.communeId,
      provinceId,
      details: { memberId: data.memberId },
    });
    return { teamId: team.id };
  });
}

export async function removeTeamMember(db: Database, viewer: Viewer, input: unknown): Promise<{ teamId: number }> {
  const data = parseInput(teamMemberSchema, input);
  return db.transaction(async (tx) => {
    const { team, provinceId } = await teamForWrite(tx, viewer, data.teamId);
    const removed = await tx
      .delete(teamMembers)
      .where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.memberId, data.memberId), eq(teamMembers.communeId, team.communeId)))
      .returning();
    if (removed.length === 0) throw notFound();
    await recordAudit(tx, viewer, {
      action: "remove_member",
      entity: "team",
      entityId: team.id,
      communeId: team.communeId,
      provinceId,
      details: { memberId: data.memberId },
    });
    return { teamId: team.id };
  });
}
