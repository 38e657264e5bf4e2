"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { echoValues, guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf } from "@/lib/audit/refusal";
import { getActingViewer } from "@/lib/auth/viewer";
import { createSupportRecord, deleteSupportRecord, updateSupportRecord } from "./commands";
import { safeRecordsPath } from "./list-params";
import { householdByCode } from "./queries";

// Thin server actions over lib/support/commands.ts: who is asking, run the command, revalidate,
// redirect outside the try. The command validates everything, so a direct POST gets the same checks.

/** The form as the command reads it; checkboxes arrive as several `procedures` entries. */
function inputOf(formData: FormData) {
  return { ...Object.fromEntries(formData), procedures: formData.getAll("procedures").map(String) };
}

/** Keeps every ticked procedure when the form comes back with errors. */
function withProcedures(state: FormState, formData: FormData): FormState {
  if (state.status !== "error") return state;
  return { ...state, values: { ...(state.values ?? echoValues(formData)), procedures: formData.getAll("procedures").map(String).join(",") } };
}

const refused = (formData: FormData): FormState => ({ status: "error", message: "errors.forbidden", values: echoValues(formData) });

export async function createRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return refused(formData);
  let saved: Awaited<ReturnType<typeof createSupportRecord>> | undefined;
  const state = await guardAction(formData, async () => {
    saved = await createSupportRecord(db, viewer, inputOf(formData));
    revalidatePath("/records", "layout");
    revalidatePath("/");
    return { status: "ok" };
  }, auditRefusalOf(viewer, { entity: "support_record", action: "create" }));
  if (saved) {
    // The next entry starts from the same date, channel and village (the URL remembers them).
    const next = new URLSearchParams({ date: saved.servedOn, channel: saved.channel, village: String(saved.villageId), saved: String(saved.id) });
    redirect(`/records?${next}`);
  }
  return withProcedures(state, formData);
}

export async function updateRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return refused(formData);
  let saved: Awaited<ReturnType<typeof updateSupportRecord>> | undefined;
  const state = await guardAction(formData, async () => {
    saved = await updateSupportRecord(db, viewer, inputOf(formData));
    revalidatePath("/records", "layout");
    revalidatePath("/");
    return { status: "ok" };
  }, auditRefusalOf(viewer, { entity: "support_record", action: "update" }));
  if (saved) redirect(safeRecordsPath(formData.get("returnTo"), `/records?date=${saved.servedOn}`));
  return withProcedures(state, formData);
}

export async function deleteRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return refused(formData);
  let deleted = false;
  const state = await guardAction(formData, async () => {
    await deleteSupportRecord(db, viewer, { id: formData.get("id"), version: formData.get("version") });
    deleted = true;
    revalidatePath("/records", "layout");
    revalidatePath("/");
    return { status: "ok" };
  }, auditRefusalOf(viewer, { entity: "support_record", action: "delete" }));
  if (deleted) redirect(safeRecordsPath(formData.get("returnTo"), "/records/list"));
  return state;
}

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
