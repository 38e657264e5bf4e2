"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf } from "@/lib/audit/refusal";
import { getActingViewer } from "@/lib/auth/viewer";
import { createTarget, updateTarget } from "./commands";

const refused: FormState = { status: "error", message: "errors.forbidden" };

export async function createTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return refused;
  return guardAction(formData, async () => {
    await createTarget(db, viewer, Object.fromEntries(formData));
    revalidatePath("/province");
    revalidatePath("/");
    return { status: "ok", message: "targets.saved" };
  }, auditRefusalOf(viewer, { entity: "target", action: "create" }));
}

export async function updateTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return refused;
  const result = await guardAction(formData, async () => {
    await updateTarget(db, viewer, Object.fromEntries(formData));
    revalidatePath("/province");
    revalidatePath("/");
    return { status: "ok", message: "targets.saved" };
  }, auditRefusalOf(viewer, { entity: "target", action: "update" }));
  if (result.status === "ok") redirect(`/province/targets?saved=1`);
  return result;
}
