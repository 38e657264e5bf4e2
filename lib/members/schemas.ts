import { z } from "zod";
import { optionalId, optionalText, pastDate, requiredId, trimmed } from "@/lib/core/form-schemas";
import { memberKind } from "@/lib/db/schema/enums";

export const memberKinds = memberKind.enumValues;
export type MemberKind = (typeof memberKinds)[number];

export const memberFields = z.object({
  fullName: trimmed(120, "members.errors.nameRequired"),
  kind: z.enum(memberKinds, { message: "members.errors.kindRequired" }),
  villageId: optionalId,
  affiliation: optionalText(200),
  joinedOn: z.preprocess((v) => (v === "" ? undefined : v), pastDate("members.errors.dateRequired").optional()),
  communeId: optionalId,
});

export const createMemberSchema = memberFields;
export const updateMemberSchema = memberFields.extend({ id: requiredId("errors.notFound") });
export const memberActiveSchema = z.object({
  id: requiredId("errors.notFound"),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
