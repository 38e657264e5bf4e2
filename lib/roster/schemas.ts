import { z } from "zod";
import { shift } from "@/lib/db/schema/enums";
import { parseVietnameseDate } from "@/lib/i18n/format";

// The roster forms' fields as FormData gives them (strings). Dates come as the date input sends
// them (yyyy-MM-dd) or typed as dd/MM/yyyy. Messages are keys in messages/<locale>/roster.json.

const day = (message: string) =>
  z
    .string({ error: message })
    .transform((text, ctx) => {
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : parseVietnameseDate(text);
      if (!iso || Number.isNaN(Date.parse(iso))) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return iso;
    })
    .refine((iso) => iso >= "2025-01-01" && iso <= "2099-12-31", "roster.errors.dateRange");

const id = (message: string) =>
  z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);
const version = z.coerce.number({ error: "errors.conflict" }).int("errors.conflict").positive("errors.conflict");
const count = (message: string) => z.coerce.number({ error: message }).int(message).min(0, message).max(100, message);
const optionalText = (max: number, message: string) =>
  z
    .string()
    .max(max, message)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : null));

/** The longest period generated in one go: a quarter. */
export const MAX_PERIOD_DAYS = 92;
const spanDays = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

export const generateInput = z
  .object({
    centerId: id("roster.errors.centerRequired"),
    from: day("roster.errors.dateInvalid"),
    to: day("roster.errors.dateInvalid"),
    mode: z.enum(["teams", "pool"], { error: "roster.errors.modeRequired" }),
    perDay: count("roster.errors.perDayInvalid").refine((n) => n >= 1, "roster.errors.perDayInvalid"),
    saturday: count("roster.errors.weekendInvalid"),
    sunday: count("roster.errors.weekendInvalid"),
  })
  .refine((g) => g.to >= g.from, { path: ["to"], message: "roster.errors.toBeforeFrom" })
  .refine((g) => spanDays(g.from, g.to) <= MAX_PERIOD_DAYS, { path: ["to"], message: "roster.errors.periodTooLong" });

export const entryInput = z.object({
  centerId: id("roster.errors.centerRequired"),
  day: day("roster.errors.dateInvalid"),
  shift: z.enum(shift.enumValues, { error: "roster.errors.shiftRequired" }),
  memberId: id("roster.errors.memberRequired"),
  task: optionalText(200, "roster.errors.taskTooLong"),
});

export const entryUpdate = entryInput.omit({ centerId: true }).extend({ id: id("errors.notFound"), version });

export const entryDelete = z.object({ id: id("errors.notFound"), version });

export const leaveInput = z
  .object({
    memberId: id("roster.errors.memberRequired"),
    from: day("roster.errors.dateInvalid"),
    to: day("roster.errors.dateInvalid"),
    reason: optionalText(300, "roster.errors.reasonTooLong"),
  })
  .refine((l) => l.to >= l.from, { path: ["to"], message: "roster.errors.toBeforeFrom" })
  .refine((l) => spanDays(l.from, l.to) <= 366, { path: ["to"], message: "roster.errors.leaveTooLong" });

const swapFields = z.object({
  firstId: id("roster.errors.entryRequired"),
  firstVersion: version,
  secondId: id("roster.errors.entryRequired"),
  secondVersion: version,
});
// Only once both are chosen: zod runs the check even when an id failed (then coerced to 0).
const twoEntries = (s: { firstId: number; secondId: number }) => !(s.firstId > 0 && s.firstId === s.secondId);
const twoEntriesError = { path: ["secondId"], message: "roster.errors.swapSame" };

export const swapInput = swapFields.refine(twoEntries, twoEntriesError);

/** A secretary's swap proposal: the two entries as she read them, and why. */
export const proposeInput = swapFields
  .extend({
    reason: z
      .string({ error: "roster.errors.swapReasonRequired" })
      .trim()
      .min(1, "roster.errors.swapReasonRequired")
      .max(500, "roster.errors.swapReasonTooLong"),
  })
  .refine(twoEntries, twoEntriesError);

/** A decision on a proposal, made from the version the director (or the proposer) read. */
export const swapRequestRef = z.object({ id: id("errors.notFound"), version });

export const acceptInput = swapRequestRef.extend({
  note: optionalText(500, "roster.errors.swapNoteTooLong"),
});

export const declineInput = swapRequestRef.extend({
  note: z
    .string({ error: "roster.errors.swapNoteRequired" })
    .trim()
    .min(1, "roster.errors.swapNoteRequired")
    .max(500, "roster.errors.swapNoteTooLong"),
});

export type GenerateInput = z.infer<typeof generateInput>;
export type SwapInput = z.infer<typeof swapInput>;
