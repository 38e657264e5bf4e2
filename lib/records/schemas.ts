import { z } from "zod";
import { channel } from "@/lib/db/schema/enums";
import { parseVietnameseDate, todayInVietnam } from "@/lib/i18n/format";

// What a support-record form (or a direct POST) may send. Messages are message keys, shown next
// to the field in the user's language. The command re-checks every id against the viewer's
// commune; this schema only checks shape and plausibility.

/** The programme started in 2025: nothing can be recorded before it. */
export const PROGRAMME_START = "2025-01-01";
/** More than this in one contact (one household, one desk day, one center shift) is a typo. */
export const MAX_PER_CONTACT = 500;

export const channels = channel.enumValues;
export type Channel = (typeof channels)[number];

export { counterFields, type CounterField, type Counters } from "./counters";

const blankToUndefined = (value: unknown) =>
  value == null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** One counter of a contact (people served, SIMs…): blank is 0, a whole number 0–500. Mobile-desk results use it too. */
export const counter = z.preprocess(
  (value) => (blankToUndefined(value) === undefined ? 0 : typeof value === "string" ? value.trim() : value),
  z
    .union(
      [
        z.number(),
        z
          .string()
          .regex(/^-?\d+$/, "records.errors.counterInteger")
          .transform(Number),
      ],
      {
        error: "records.errors.counterInteger",
      },
    )
    .pipe(
      z
        .number()
        .int("records.errors.counterInteger")
        .min(0, "records.errors.counterNegative")
        .max(MAX_PER_CONTACT, "records.errors.counterTooLarge"),
    ),
);

const positiveId = (required: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: required }).int("records.errors.invalidChoice").positive("records.errors.invalidChoice"),
  );
const optionalId = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "records.errors.invalidChoice" })
    .int("records.errors.invalidChoice")
    .positive("records.errors.invalidChoice")
    .optional(),
);

/** dd/MM/yyyy from the form; yyyy-MM-dd accepted too (imports, direct posts). */
const servedOn = (today: string) =>
  z
    .string({ error: "records.errors.dateRequired" })
    .trim()
    .min(1, "records.errors.dateRequired")
    .transform((text, ctx) => {
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? parseVietnameseDate(text.split("-").reverse().join("/"))
        : parseVietnameseDate(text);
      if (!iso) {
        ctx.addIssue({ code: "custom", message: "records.errors.dateInvalid" });
        return z.NEVER;
      }
      if (iso < PROGRAMME_START) ctx.addIssue({ code: "custom", message: "records.errors.dateBeforeProgramme" });
      else if (iso > today) ctx.addIssue({ code: "custom", message: "records.errors.dateInFuture" });
      return iso;
    });

/** The procedures handled: checkbox values, each once, sorted. */
export const procedureList = z.preprocess(
  (value) => (value == null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string().trim().min(1).max(60, "records.errors.procedureUnknown"), {
      error: "records.errors.procedureUnknown",
    })
    .max(30, "records.errors.procedureUnknown")
    .transform((codes) => [...new Set(codes)].sort()),
);

/** The record a form describes. `today` (Vietnam) bounds the date; tests pass their own. */
export function supportRecordSchema(today: string = todayInVietnam()) {
  return z
    .object({
      servedOn: servedOn(today),
      channel: z.enum(channels, { error: "records.errors.channelRequired" }),
      villageId: positiveId("records.errors.villageRequired"),
      householdCode: z.preprocess(
        blankToUndefined,
        z.string().trim().max(40, "records.errors.householdUnknown").optional(),
      ),
      memberId: positiveId("records.errors.volunteerRequired"),
      mobileDeskId: optionalId,
      procedures: procedureList,
      peopleServed: counter,
      householdsServed: counter,
      eidActivated: counter,
      signaturesInstalled: counter,
      simsGiven: counter,
      dossiersSubmitted: counter,
      paymentAppsInstalled: counter,
      smartphonesDonated: counter,
      note: z.preprocess(blankToUndefined, z.string().trim().max(500, "errors.tooLong").optional()),
    })
    .superRefine((record, ctx) => {
      if (record.householdsServed > record.peopleServed) {
        ctx.addIssue({ code: "custom", path: ["householdsServed"], message: "records.errors.householdsAbovePeople" });
      }
      if (record.mobileDeskId !== undefined && record.channel !== "mobile_desk") {
        ctx.addIssue({ code: "custom", path: ["mobileDeskId"], message: "records.errors.deskOnlyForMobileDesk" });
      }
      if (record.peopleServed === 0) {
        ctx.addIssue({ code: "custom", path: ["peopleServed"], message: "records.errors.peopleRequired" });
      }
    });
}
export type SupportRecordInput = z.output<ReturnType<typeof supportRecordSchema>>;

export const recordIdSchema = z.object({
  id: z.coerce.number({ error: "errors.notFound" }).int("errors.notFound").positive("errors.notFound"),
});

/** An edit or a deletion names the version of the record it was made from. */
export const recordVersionSchema = recordIdSchema.extend({
  version: z.coerce.number({ error: "errors.conflict" }).int("errors.conflict").positive("errors.conflict"),
});
