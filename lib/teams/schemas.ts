import { z } from "zod";
import { optionalId, requiredId, trimmed } from "@/lib/core/form-schemas";
import { teamKind } from "@/lib/db/schema/enums";

export const teamKinds = teamKind.enumValues;
export type TeamKind = (typeof teamKinds)[number];

export const teamFields = z.object({
  name: trimmed(120, "teams.errors.nameRequired"),
  kind: z.enum(teamKinds, { message: "teams.errors.kindRequired" }),
  villageId: optionalId,
  // 1 = Monday … 7 = Sunday, for center-duty teams.
  dutyWeekday: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.coerce
      .number({ message: "teams.errors.weekday" })
      .int("teams.errors.weekday")
      .min(1, "teams.errors.weekday")
      .max(7, "teams.errors.weekday")
      .optional(),
  ),
  communeId: optionalId,
});
export const createTeamSchema = teamFields;
export const updateTeamSchema = teamFields.extend({ id: requiredId("errors.notFound") });
export const teamMemberSchema = z.object({
  teamId: requiredId("errors.notFound"),
  memberId: requiredId("teams.errors.memberRequired"),
});
