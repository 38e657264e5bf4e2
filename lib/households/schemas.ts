import { z } from "zod";
import { checkbox, optionalId, requiredId, trimmed } from "@/lib/core/form-schemas";

// Only what the outreach needs and nothing personal beyond it: a code, the head's name, the
// village, flags and the volunteer.
// No phone or citizen-ID numbers: unknown fields are dropped by zod, never stored.
export const householdFields = z.object({
  code: trimmed(40, "households.errors.codeRequired").regex(/^[\p{L}\p{N}._/-]+$/u, "households.errors.codeFormat"),
  headName: trimmed(120, "households.errors.headNameRequired"),
  villageId: requiredId("households.errors.villageRequired"),
  elderly: checkbox,
  poor: checkbox,
  ethnicMinority: checkbox,
  hasSmartphone: checkbox,
  hasProficientMember: checkbox,
  assignedMemberId: optionalId,
  communeId: optionalId,
});

export const createHouseholdSchema = householdFields;
export const updateHouseholdSchema = householdFields.extend({ id: requiredId("errors.notFound") });
export const assignHouseholdSchema = z.object({
  id: requiredId("errors.notFound"),
  assignedMemberId: optionalId,
});

export const householdFlags = ["elderly", "poor", "ethnicMinority", "hasSmartphone", "hasProficientMember"] as const;
