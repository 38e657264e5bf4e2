import { z } from "zod";
import { indicator } from "@/lib/db/schema/enums";
import { parseVietnameseDate } from "@/lib/i18n/format";

// The target form's fields as they arrive from FormData (strings), with Vietnamese number and
// date formats: "1.350" is one thousand three hundred and fifty, dates are dd/MM/yyyy.

/** "1.350" / "1350" / "2,5" → 1350 / 1350 / 2.5; NaN when not a number. */
export function parseVietnameseNumber(text: string): number {
  const cleaned = text
    .trim()
    .replace(/\s/g, "")
    .replace(/\.(?=\d{3}(\D|$))/g, "")
    .replace(",", ".");
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const vnDate = z
  .string()
  .transform((text, ctx) => {
    const iso = parseVietnameseDate(text);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: "targets.errors.dateInvalid" });
      return z.NEVER;
    }
    return iso;
  })
  .refine((iso) => iso >= "2025-01-01" && iso <= "2100-01-01", "targets.errors.dateRange");

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

export const targetInput = z
  .object({
    communeId: id("targets.errors.communeRequired"),
    formerCommuneId: z
      .union([z.literal(""), id("targets.errors.formerNotInCommune")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    indicator: z.enum(indicator.enumValues, { error: "targets.errors.indicatorRequired" }),
    targetValue: z
      .string()
      .transform(parseVietnameseNumber)
      .refine((v) => Number.isFinite(v) && v > 0 && v <= 10_000_000, "targets.errors.valueInvalid"),
    startsOn: vnDate,
    dueOn: vnDate,
    note: z
      .string()
      .max(500, "targets.errors.noteTooLong")
      .optional()
      .transform((v) => (v?.trim() ? v.trim() : null)),
  })
  .refine((t) => t.dueOn >= t.startsOn, { path: ["dueOn"], message: "targets.errors.dueBeforeStart" });

export const targetUpdate = z.intersection(
  targetInput,
  z.object({ id: id("errors.notFound"), version: z.coerce.number().int().positive() }),
);

export type TargetInput = z.infer<typeof targetInput>;
