"use server";

import { getActingViewer } from "@/lib/auth/viewer";
import { defineAction, type Revalidation } from "@/lib/core/define-action";
import { createSupportRecord, deleteSupportRecord, updateSupportRecord } from "./commands";
import { safeRecordsPath } from "./list-params";
import { householdByCode } from "./queries";

// Thin server actions over lib/records/commands.ts (lib/core/define-action.ts runs them). The
// command validates everything, so a direct POST gets the same checks.

/** The form as the command reads it; checkboxes arrive as several `procedures` entries. */
const inputOf = (formData: FormData) => ({
  ...Object.fromEntries(formData),
  procedures: formData.getAll("procedures").map(String),
});

/** Keeps every ticked procedure when the form comes back with errors. */
const procedures = (formData: FormData) => ({ procedures: formData.getAll("procedures").map(String).join(",") });

const revalidate: Revalidation[] = [["/records", "layout"], "/"];

export const createRecordAction = defineAction({
  attempt: { entity: "support_record", action: "create" },
  input: inputOf,
  command: createSupportRecord,
  revalidate,
  echo: procedures,
  // The next entry starts from the same date, channel and village (the URL remembers them).
  redirect: (saved) => {
    const next = new URLSearchParams({
      date: saved.servedOn,
      channel: saved.channel,
      village: String(saved.villageId),
      saved: String(saved.id),
    });
    return `/records?${next}`;
  },
});

export const updateRecordAction = defineAction({
  attempt: { entity: "support_record", action: "update" },
  input: inputOf,
  command: updateSupportRecord,
  revalidate,
  echo: procedures,
  redirect: (saved, formData) => safeRecordsPath(formData.get("returnTo"), `/records?date=${saved.servedOn}`),
});

export const deleteRecordAction = defineAction({
  attempt: { entity: "support_record", action: "delete" },
  input: (formData) => ({ id: formData.get("id"), version: formData.get("version") }),
  command: deleteSupportRecord,
  revalidate,
  redirect: (_deleted, formData) => safeRecordsPath(formData.get("returnTo"), "/records/list"),
});

export interface HouseholdLookup {
  code: string;
  headName: string;
  villageId: number;
}

/** The entry form's look-up as a code is typed: the household (of the viewer's commune) or null. */
export async function lookupHouseholdAction(code: string): Promise<HouseholdLookup | null> {
  const viewer = await getActingViewer();
  if (!viewer || typeof code !== "string") return null;
  const household = await householdByCode(viewer, code);
  return household ? { code: household.code, headName: household.headName, villageId: household.villageId } : null;
}
