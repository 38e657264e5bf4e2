import { z } from "zod";
import { roles } from "@/lib/auth/roles";

/** The 6 digits the authenticator app shows. */
export const totpCodeSchema = z.object({
  code: z
    .string({ error: "security.errors.codeFormat" })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "security.errors.codeFormat")),
});

/** Turning the factor off also accepts a recovery code (the phone may be lost). */
export const codeOrRecoverySchema = z.object({
  code: z
    .string({ error: "security.errors.codeRequired" })
    .trim()
    .min(1, "security.errors.codeRequired")
    .max(32, "security.errors.codeRequired"),
});

export const rolePolicySchema = z.object({
  role: z.enum(roles, { error: "security.errors.role" }),
  // A form posts "on"/"true" for a set flag and nothing or "false" for a cleared one.
  requireTotp: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "true" || v === "on"),
  // A fresh code from the admin's own authenticator: needed to relax a requirement.
  code: z
    .string()
    .max(32)
    .optional()
    .transform((v) => v?.replace(/\s/g, "") || undefined),
});
