import { z } from "zod";
import { ExpectedError, forbidden } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { fieldErrorsOf } from "@/lib/core/parse";
import type { Database } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/i18n/format";
import { createDesk, type DeskOptions } from "./commands";
import { deskConflicts, type Conflict, type NeighbourDesk } from "./conflicts";
import { deskSchema } from "./schemas";
import { expandSeries, recurrenceSchema } from "./series";
import { conflictContextFor, resolveStaff, resolveVillage } from "./store";

// A recurring series of desks: the preview lists the rule's days with each day's conflicts before
// anything is saved; the save creates the ticked days as ordinary desks through createDesk (same
// validation, scope, conflict rules and audit row per desk), all in ONE transaction: one refused
// day and nothing is written. No series id is stored: once saved, the desks are independent.

/** The desk fields (checked by the single desk's own schema, on the first day) and the recurrence. */
function parseSeries(input: unknown, today: string) {
  const recurrence = recurrenceSchema(today).safeParse(input);
  const start = recurrence.success ? recurrence.data.span.start : today;
  const desk = deskSchema(today).safeParse({ ...(input as object), day: start });
  const errors = {
    ...(desk.success ? {} : fieldErrorsOf(desk.error)),
    ...(recurrence.success ? {} : fieldErrorsOf(recurrence.error)),
  };
  delete errors.day; // the series has no single day: its start is checked as startDay
  if (!recurrence.success || !desk.success || Object.keys(errors).length > 0)
    throw new ExpectedError("errors.invalid", errors);
  const { days, capped } = expandSeries(recurrence.data.rule, recurrence.data.span);
  if (days.length === 0) throw new ExpectedError("errors.invalid", { startDay: ["desks.series.errors.noDates"] });
  return { desk: desk.data, days, capped };
}

export interface SeriesDay {
  day: string;
  conflicts: Conflict[];
}
export interface SeriesPreview {
  villageName: string;
  days: SeriesDay[];
  /** The rule gave more days than the series may hold; only the first ones are listed. */
  capped: boolean;
}

/**
 * The series' days and what each would run into (reads only). Each day is checked against the
 * commune's plan and against the series' other days, as saving them all would be.
 */
export async function previewDeskSeries(
  db: Database,
  viewer: Viewer,
  input: unknown,
  options: DeskOptions = {},
): Promise<SeriesPreview> {
  if (!can(viewer, "desks.manage")) throw forbidden();
  const { desk, days, capped } = parseSeries(input, options.today ?? todayInVietnam());
  return db.transaction(async (tx) => {
    const village = await resolveVillage(tx, viewer, desk.villageId);
    const staff = await resolveStaff(tx, village.communeId, desk);
    // The other days of the series, as the desks they would become (negative ids: not stored).
    const siblings: NeighbourDesk[] = days.map((day, i) => ({
      id: -(i + 1),
      villageId: village.id,
      villageName: village.name,
      day,
      status: "planned",
      staffIds: staff.map((s) => s.memberId),
    }));
    const listed: SeriesDay[] = [];
    for (const [i, day] of days.entries()) {
      const context = await conflictContextFor(tx, village.communeId, day);
      const conflicts = deskConflicts(
        { id: -(i + 1), villageId: village.id, day, staff },
        { ...context, desks: [...context.desks, ...siblings] },
      );
      listed.push({ day, conflicts });
    }
    return { villageName: village.name, days: listed, capped };
  });
}

/** The ticked days (checkbox group `days`, yyyy-MM-dd), distinct and in order. */
const chosenSchema = z.object({
  days: z.preprocess(
    (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "desks.series.errors.dayNotInSeries"))
      .min(1, "desks.series.errors.noDaysChosen")
      .transform((days) => [...new Set(days)].sort()),
  ),
});

/** Where a day's own problem is shown: beside its row in the list of days. */
export const dayField = (day: string) => `day-${day}`;

/** Creates the ticked days of the series as desks, in one transaction; any refusal writes nothing. */
export async function createDeskSeries(db: Database, viewer: Viewer, input: unknown, options: DeskOptions = {}) {
  if (!can(viewer, "desks.manage")) throw forbidden();
  const today = options.today ?? todayInVietnam();
  const { desk, days } = parseSeries(input, today);
  const chosen = chosenSchema.safeParse(input);
  if (!chosen.success) throw new ExpectedError("errors.invalid", fieldErrorsOf(chosen.error));
  // A day the rule does not give (a stale list after the rule changed, or a forged one).
  if (chosen.data.days.some((d) => !days.includes(d)))
    throw new ExpectedError("desks.series.errors.previewAgain", { days: ["desks.series.errors.dayNotInSeries"] });
  return db.transaction(async (tx) => {
    const ids: number[] = [];
    for (const day of chosen.data.days) {
      try {
        // A savepoint inside this transaction: createDesk is the single desk's whole write.
        const saved = await createDesk(tx, viewer, { ...(input as object), day }, { today });
        ids.push(saved.id);
      } catch (error) {
        // A day's conflict (double booking, duty, an unaccepted warning) is told beside that day.
        if (
          error instanceof ExpectedError &&
          (error.key === "desks.errors.hardConflict" || error.key === "desks.errors.warningsNotAccepted")
        ) {
          const keys = [...new Set(Object.values(error.fieldErrors ?? {}).flat())];
          throw new ExpectedError(error.key, { ...error.fieldErrors, [dayField(day)]: keys });
        }
        throw error;
      }
    }
    const { communeId } = await resolveVillage(tx, viewer, desk.villageId);
    return { ids, firstDay: chosen.data.days[0]!, communeId };
  });
}
