import { z } from "zod";
import { ExpectedError, forbidden, isRefusal } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { checkbox } from "@/lib/core/form-schemas";
import { fieldErrorsOf } from "@/lib/core/parse";
import type { Database } from "@/lib/db/client";
import { monthEnd } from "@/lib/filters/period";
import { todayInVietnam } from "@/lib/i18n/format";
import { insertDesk, type DeskOptions } from "./commands";
import { deskSchema, type DeskInput } from "./schemas";

// Accepting the planner's proposal (/desks/plan): the ticked desks, each as the secretary left it
// (day, village, hours, place, staff), created in ONE transaction through the create-desk logic
// (lib/desks/commands.ts insertDesk: same validation, scope and conflict rules, one audit row per
// desk, its details naming the plan's month). Any row's error refuses the whole accept: nothing is
// written, and the error is reported on that row (`desk-<row>`), the rows keeping what was typed.

/** The most desks one accept may create (a commune's month is 10–40). */
export const MAX_PLAN_DESKS = 100;

const month = z
  .string({ error: "desks.plan.errors.month" })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "desks.plan.errors.month")
  .refine((m) => m >= "2025-01" && m <= "2099-12", "desks.plan.errors.month");

const acceptSchema = z.object({
  month,
  acceptWarnings: checkbox,
  desks: z
    .array(z.object({ row: z.coerce.number().int().min(0).max(999) }).passthrough(), {
      error: "desks.plan.errors.noneChosen",
    })
    .min(1, "desks.plan.errors.noneChosen")
    .max(MAX_PLAN_DESKS, "desks.plan.errors.tooMany"),
});

const rowKey = (row: number) => `desk-${row}`;
const flat = (errors: Record<string, string[]> | undefined) => [...new Set(Object.values(errors ?? {}).flat())];

/** What a refused row says on the whole form: the create-desk message in the planner's words. */
const planMessage: Record<string, string> = {
  "desks.errors.hardConflict": "desks.plan.errors.hardConflict",
  "desks.errors.warningsNotAccepted": "desks.plan.errors.warningsNotAccepted",
};

export async function acceptPlan(db: Database, viewer: Viewer, input: unknown, options: DeskOptions = {}) {
  if (!can(viewer, "desks.manage")) throw forbidden();
  const parsed = acceptSchema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("desks.plan.errors.invalid", fieldErrorsOf(parsed.error));
  const { month: chosen, acceptWarnings, desks } = parsed.data;
  const today = options.today ?? todayInVietnam();
  const [from, to] = [`${chosen}-01`, monthEnd(`${chosen}-01`)];

  // Every row's shape first, so all bad rows are reported at once.
  const rows: { row: number; data: DeskInput }[] = [];
  const errors: Record<string, string[]> = {};
  for (const desk of desks) {
    const result = deskSchema(today).safeParse({ ...desk, acceptWarnings: acceptWarnings ? "on" : "" });
    if (!result.success) errors[rowKey(desk.row)] = flat(fieldErrorsOf(result.error));
    else if (result.data.day < from || result.data.day > to)
      errors[rowKey(desk.row)] = ["desks.plan.errors.outsideMonth"];
    else rows.push({ row: desk.row, data: result.data });
  }
  if (new Set(desks.map((d) => d.row)).size !== desks.length) throw new ExpectedError("desks.plan.errors.invalid");
  if (Object.keys(errors).length > 0) throw new ExpectedError("desks.plan.errors.invalid", errors);

  return db.transaction(async (tx) => {
    const ids: number[] = [];
    for (const { row, data } of rows) {
      try {
        ids.push((await insertDesk(tx, viewer, data, { details: { plan: chosen } })).id);
      } catch (error) {
        if (!(error instanceof ExpectedError) || isRefusal(error)) throw error;
        const keys =
          error.key === "desks.errors.warningsNotAccepted"
            ? ["desks.plan.errors.rowWarnings"]
            : flat(error.fieldErrors);
        throw new ExpectedError(planMessage[error.key] ?? "desks.plan.errors.invalid", {
          [rowKey(row)]: keys.length > 0 ? keys : [error.key],
          ...(error.key === "desks.errors.warningsNotAccepted"
            ? { acceptWarnings: ["desks.plan.errors.acceptWarnings"] }
            : {}),
        });
      }
    }
    return { ids, month: chosen };
  });
}
