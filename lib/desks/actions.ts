"use server";

import { ExpectedError } from "@/lib/actions/form-state";
import { getActingViewer } from "@/lib/auth/viewer";
import { defineAction, type Revalidation } from "@/lib/core/define-action";
import { db } from "@/lib/db";
import { acceptPlan } from "./accept-plan";
import { checkDesk } from "./check";
import { closeDesk } from "./close";
import { assignCivilServants, cancelDesk, createDesk, duplicateDesk, updateDesk } from "./commands";
import { createDeskSeries, previewDeskSeries } from "./series-commands";
import type { Conflict } from "./conflicts";

// Thin server actions over lib/desks/commands.ts and close.ts (run by lib/core/define-action.ts).
// The commands validate everything, so a direct POST gets the same checks.

const lists = ["volunteerIds", "civilServantIds", "procedures", "days"] as const;

/** The form as the commands read it: checkbox groups arrive as several entries of one name. */
const inputOf = (formData: FormData) => ({
  ...Object.fromEntries(formData),
  ...Object.fromEntries(lists.map((name) => [name, formData.getAll(name).map(String)])),
});

/** Keeps every ticked box when the form comes back with errors. */
const echo = (formData: FormData) =>
  Object.fromEntries(lists.map((name) => [name, formData.getAll(name).map(String).join(",")]));

// The overview and the map read desks and their results; the plan pages list them.
const revalidate: Revalidation[] = [["/desks", "layout"], "/", "/map", "/province"];
const toDesk = (saved: { id: number }) => `/desks/${saved.id}`;

export const createDeskAction = defineAction({
  attempt: { entity: "mobile_desk", action: "create" },
  input: inputOf,
  command: createDesk,
  revalidate,
  echo,
  redirect: toDesk,
});
export const updateDeskAction = defineAction({
  attempt: { entity: "mobile_desk", action: "update" },
  input: inputOf,
  command: updateDesk,
  revalidate,
  echo,
  redirect: toDesk,
});
export const duplicateDeskAction = defineAction({
  attempt: { entity: "mobile_desk", action: "duplicate" },
  input: inputOf,
  command: duplicateDesk,
  revalidate,
  redirect: toDesk,
});
export const cancelDeskAction = defineAction({
  attempt: { entity: "mobile_desk", action: "cancel" },
  input: inputOf,
  command: cancelDesk,
  revalidate,
  redirect: toDesk,
});
export const closeDeskAction = defineAction({
  attempt: { entity: "mobile_desk", action: "close" },
  input: inputOf,
  command: closeDesk,
  revalidate,
  echo,
  redirect: toDesk,
});
export const assignCivilServantsAction = defineAction({
  attempt: { entity: "mobile_desk", action: "staff" },
  input: inputOf,
  command: assignCivilServants,
  revalidate,
  echo,
  ok: () => ({ message: "desks.staffSaved" }),
});

/** A recurring series, first listed with each day's conflicts (reads only)… */
export const previewDeskSeriesAction = defineAction({
  attempt: { entity: "mobile_desk", action: "preview_series" },
  input: inputOf,
  command: previewDeskSeries,
  echo,
  ok: (preview) => ({ preview }),
});
/** …then its ticked days saved as desks in one transaction; the month of the first one is shown. */
export const createDeskSeriesAction = defineAction({
  attempt: { entity: "mobile_desk", action: "create_series" },
  input: inputOf,
  command: createDeskSeries,
  revalidate,
  echo,
  redirect: (saved, formData) =>
    `/desks?month=${saved.firstDay.slice(0, 7)}${formData.get("commune") ? `&commune=${saved.communeId}` : ""}`,
});

/**
 * The planner's proposal as the accept command reads it: the ticked rows (`pick`), each row's
 * fields named `<field>-<row>` (staff as several `volunteerIds-<row>` / `civilServantIds-<row>`).
 */
const planInputOf = (formData: FormData) => ({
  month: String(formData.get("month") ?? ""),
  acceptWarnings: String(formData.get("acceptWarnings") ?? ""),
  desks: formData.getAll("pick").map((value) => {
    const row = String(value);
    const field = (name: string) => String(formData.get(`${name}-${row}`) ?? "");
    return {
      row,
      villageId: field("villageId"),
      day: field("day"),
      startTime: field("startTime"),
      endTime: field("endTime"),
      place: field("place"),
      // A staff choice left on "nobody" posts an empty value.
      volunteerIds: formData.getAll(`volunteerIds-${row}`).map(String).filter(Boolean),
      civilServantIds: formData.getAll(`civilServantIds-${row}`).map(String).filter(Boolean),
    };
  }),
});

/** Accepts the ticked desks of the planner's proposal at once, then shows them in the month's calendar. */
export const acceptPlanAction = defineAction({
  attempt: { entity: "mobile_desk", action: "plan" },
  input: planInputOf,
  command: acceptPlan,
  revalidate,
  echo: (formData) => ({ pick: formData.getAll("pick").map(String).join(",") }),
  redirect: (saved, formData) => {
    const commune = String(formData.get("commune") ?? "");
    return `/desks?month=${saved.month}${/^\d+$/.test(commune) ? `&commune=${commune}` : ""}`;
  },
});

/** The form's live conflict check while it is being filled (reads only): the conflicts, or none. */
export async function checkDeskAction(input: Record<string, string | string[]>): Promise<Conflict[]> {
  const viewer = await getActingViewer();
  if (!viewer || typeof input !== "object" || input === null) return [];
  return checkDesk(db, viewer, input).catch((error: unknown) => {
    // Another commune's id, or a half-filled form: nothing to show. Anything else is a bug: log it.
    if (!(error instanceof ExpectedError)) console.error("desk check failed", error);
    return [];
  });
}
