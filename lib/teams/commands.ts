import { and, eq } from "drizzle-orm";
import { ExpectedError, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput, single } from "@/lib/core/parse";
import { rowForWrite } from "@/lib/core/scoped-row";
import { uniqueInCommune } from "@/lib/core/unique-guard";
import { memberIn, villageIn, writableCommune } from "@/lib/core/write-scope";
import type { Database } from "@/lib/db/client";
import { teamMembers, teams } from "@/lib/db/schema";
import { createTeamSchema, teamMemberSchema, updateTeamSchema } from "./schemas";

/** A team's name is unique within its commune. */
const teamName = uniqueInCommune({
  table: teams,
  column: teams.name,
  constraint: "teams_name_uq",
  field: "name",
  message: "teams.errors.nameTaken",
});

export async function createTeam(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(createTeamSchema, input);
  return teamName.guard(
    db.transaction(async (tx) => {
      const unit = await writableCommune(tx, viewer, "teams.manage", data.communeId);
      if (data.villageId != null) await villageIn(tx, unit.communeId, data.villageId);
      await teamName.ensureFree(tx, unit.communeId, data.name);
      const row = single(
        await tx
          .insert(teams)
          .values({
            communeId: unit.communeId,
            name: data.name,
            kind: data.kind,
            villageId: data.villageId ?? null,
            dutyWeekday: data.dutyWeekday ?? null,
          })
          .returning(),
      );
      await recordAudit(tx, viewer, { action: "create", entity: "team", entityId: row.id, ...unit, after: row });
      return { id: row.id };
    }),
  );
}

export async function updateTeam(db: Database, viewer: Viewer, input: unknown): Promise<{ id: number }> {
  const data = parseInput(updateTeamSchema, input);
  return teamName.guard(
    db.transaction(async (tx) => {
      const { row: before, provinceId } = await rowForWrite(tx, viewer, "teams.manage", teams, data.id);
      if (data.villageId != null) await villageIn(tx, before.communeId, data.villageId);
      await teamName.ensureFree(tx, before.communeId, data.name, before.id);
      const after = single(
        await tx
          .update(teams)
          .set({
            name: data.name,
            kind: data.kind,
            villageId: data.villageId ?? null,
            dutyWeekday: data.dutyWeekday ?? null,
          })
          .where(and(eq(teams.id, before.id), eq(teams.communeId, before.communeId)))
          .returning(),
      );
      await recordAudit(tx, viewer, {
        action: "update",
        entity: "team",
        entityId: after.id,
        communeId: after.communeId,
        provinceId,
        before,
        after,
      });
      return { id: after.id };
    }),
  );
}

export async function addTeamMember(db: Database, viewer: Viewer, input: unknown): Promise<{ teamId: number }> {
  const data = parseInput(teamMemberSchema, input);
  return db.transaction(async (tx) => {
    const { row: team, provinceId } = await rowForWrite(tx, viewer, "teams.manage", teams, data.teamId);
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
    const { row: team, provinceId } = await rowForWrite(tx, viewer, "teams.manage", teams, data.teamId);
    const removed = await tx
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.teamId, team.id),
          eq(teamMembers.memberId, data.memberId),
          eq(teamMembers.communeId, team.communeId),
        ),
      )
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
