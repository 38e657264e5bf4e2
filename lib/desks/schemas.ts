import { z } from "zod";
import { checkbox, optionalText, requiredId, trimmed } from "@/lib/core/form-schemas";
import { parseVietnameseDate, todayInVietnam } from "@/lib/i18n/format";
import { counter, procedureList } from "@/lib/records/schemas";

// What the mobile-desk forms (or a direct POST) may send. Messages are message keys shown beside
// the field. Shape and plausibility only: the commands check every id against the viewer's commune.

/** A desk sits on one day: the form sends the day and two times, so "same day" holds by construction. */
const day = z
  .string({ error: "desks.errors.dayRequired" })
  .trim()
  .min(1, "desks.errors.dayRequired")
  .transform((text, ctx) => {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? parseVietnameseDate(text.split("-").reverse().join("/"))
      : parseVietnameseDate(text);
    if (!iso || iso < "2025-01-01" || iso > "2099-12-31") {
      ctx.addIssue({ code: "custom", message: "desks.errors.dayInvalid" });
      return z.NEVER;
    }
    return iso;
  });

const time = z
  .string({ error: "desks.errors.timeInvalid" })
  .trim()
  .regex(/^([01]?\d|2[0-3])[:hH]([0-5]\d)$/, "desks.errors.timeInvalid")
  .transform((text) => {
    const [h, m] = text.split(/[:hH]/).map(Number) as [number, number];
    return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  });

/** Several `volunteerIds` / `civilServantIds` checkboxes → distinct positive ids. */
const idList = z.preprocess(
  (value) => (value == null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(
      z.coerce
        .number({ error: "desks.errors.memberUnknown" })
        .int("desks.errors.memberUnknown")
        .positive("desks.errors.memberUnknown"),
    )
    .max(30, "desks.errors.tooManyStaff")
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
);

const withTimes = <T extends { startTime: string; endTime: string }>(desk: T, ctx: z.RefinementCtx) => {
  if (desk.endTime <= desk.startTime)
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "desks.errors.endBeforeStart" });
};

/** A desk as the create / edit form describes it. `today` (Vietnam): a plan cannot start in the past. */
export function deskSchema(today: string = todayInVietnam()) {
  return z
    .object({
      villageId: requiredId("desks.errors.villageRequired"),
      day: day.refine((d) => d >= today, "desks.errors.dayInPast"),
      startTime: time,
      endTime: time,
      place: trimmed(200, "desks.errors.placeRequired"),
      note: optionalText(500),
      volunteerIds: idList,
      civilServantIds: idList,
      acceptWarnings: checkbox,
    })
    .superRefine(withTimes);
}
export type DeskInput = z.output<ReturnType<typeof deskSchema>>;

const id = z.coerce.number({ error: "errors.notFound" }).int("errors.notFound").positive("errors.notFound");
export const deskIdSchema = z.object({ id });
/** A change to an existing desk names the version the user read (optimistic locking). */
export const deskVersionSchema = z.object({
  id,
  version: z.coerce.number({ error: "errors.conflict" }).int("errors.conflict").positive("errors.conflict"),
});

export const cancelSchema = z.object({ reason: trimmed(300, "desks.errors.reasonRequired") });

export const duplicateSchema = (today: string = todayInVietnam()) =>
  z.object({ day: day.refine((d) => d >= today, "desks.errors.dayInPast"), acceptWarnings: checkbox });

export const civilServantsSchema = z.object({ civilServantIds: idList, acceptWarnings: checkbox });

/** A held desk's results: the counters of one support record, and the procedures handled. */
export const resultsSchema = z
  .object({
    peopleServed: counter,
    householdsServed: counter,
    eidActivated: counter,
    signaturesInstalled: counter,
    simsGiven: counter,
    dossiersSubmitted: counter,
    paymentAppsInstalled: counter,
    smartphonesDonated: counter,
    procedures: procedureList,
    note: optionalText(500),
  })
  .superRefine((r, ctx) => {
    if (r.peopleServed === 0)
      ctx.addIssue({ code: "custom", path: ["peopleServed"], message: "records.errors.peopleRequired" });
    if (r.householdsServed > r.peopleServed)
      ctx.addIssue({ code: "custom", path: ["householdsServed"], message: "records.errors.householdsAbovePeople" });
  });
export type ResultsInput = z.output<typeof resultsSchema>;
