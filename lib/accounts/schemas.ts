import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { passwordMaxLength } from "./password-policy";

// Shared by the account forms and lib/accounts/commands.ts. Messages are message keys.

/** The roles whose accounts belong to one commune. */
export const communeRoles = ["commune_secretary", "center_director"] as const;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalId = z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(2_147_483_647).optional());
export const idSchema = z.coerce.number({ error: "errors.notFound" }).int().positive().max(2_147_483_647);

const displayName = z
  .string({ error: "accounts.errors.displayNameRequired" })
  .trim()
  .min(1, { error: "accounts.errors.displayNameRequired" })
  .max(120, { error: "errors.tooLong" });
const role = z.enum(roles, { error: "accounts.errors.roleRequired" });

/** A manager's choice of temporary password: typed, or generated and shown once. */
const passwordChoice = {
  passwordMode: z.enum(["generate", "typed"]).default("generate"),
  password: z.string().max(passwordMaxLength, { error: "password.errors.tooLong" }).optional(),
};

/** Role and unit go together: provincial officers have a province, commune roles a commune. */
const unitFields = { role, provinceId: optionalId, communeId: optionalId };
type UnitInput = { role: (typeof roles)[number]; provinceId?: number; communeId?: number };
function unitMatchesRole(value: UnitInput, ctx: z.RefinementCtx) {
  if (value.role === "provincial_officer" && value.provinceId === undefined) {
    ctx.addIssue({ code: "custom", path: ["provinceId"], message: "accounts.errors.provinceRequired" });
  }
  if ((communeRoles as readonly string[]).includes(value.role) && value.communeId === undefined) {
    ctx.addIssue({ code: "custom", path: ["communeId"], message: "accounts.errors.communeRequired" });
  }
}

export const createAccountSchema = z
  .object({
    username: z
      .string({ error: "accounts.errors.usernameFormat" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,64}$/, { error: "accounts.errors.usernameFormat" }),
    displayName,
    ...unitFields,
    ...passwordChoice,
  })
  .superRefine(unitMatchesRole);
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z.object({ id: idSchema, displayName, ...unitFields }).superRefine(unitMatchesRole);

export const setActiveSchema = z.object({
  id: idSchema,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const resetPasswordSchema = z.object({ id: idSchema, ...passwordChoice });

export const resetSecondFactorSchema = z.object({ id: idSchema });

/** Shapes only: the policy and the match are checked in own-password.ts, all at once. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "password.errors.currentRequired" }).max(passwordMaxLength),
  newPassword: z.string().max(passwordMaxLength, { error: "password.errors.tooLong" }),
  confirmPassword: z.string().max(passwordMaxLength, { error: "password.errors.tooLong" }),
});
