import { z } from "zod";
import { optionalId } from "@/lib/core/form-schemas";
import { defaultCap } from "./balancer";

export const capSchema = z.coerce
  .number({ message: "assignments.errors.cap" })
  .int("assignments.errors.cap")
  .min(1, "assignments.errors.cap")
  .max(200, "assignments.errors.cap");

/** Parses ?cap= from the URL: out of range or missing → the default 20. */
export const capFromParam = (value: string | undefined) => {
  const parsed = capSchema.safeParse(value);
  return value && parsed.success ? parsed.data : defaultCap;
};

export const applyBalanceSchema = z.object({
  cap: capSchema,
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, "assignments.errors.changed"),
  communeId: optionalId,
});
