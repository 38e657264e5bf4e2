"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { guardAction, type FormState } from "@/lib/actions/form-state";
import { getActingViewer } from "@/lib/auth/viewer";
import { createTarget, updateTarget } from "./commands";

export async function createTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    const viewer = await getActingViewer();
    if (!viewer) return { status: "error", message: "errors.forbidden" };
    await createTarget(db, viewer, Object.fromEntries(formData));
    revalidatePath("/province");
    revalidatePath("/");
    return { status: "ok", message: "targets.saved" };
  });
}

export async function updateTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await guardAction(formData, async () => {
    const viewer = await getActingViewer();
    if (!viewer) return { status: "error", message: "errors.forbidden" };
    await updateTarget(db, viewer, Object.fromEntries(formData));
    revalidatePath("/province");
    revalidatePath("/");
    return { status: "ok", message: "targets.saved" };
  });
  if (result.status === "ok") redirect(`/province/targets?saved=1`);
  return result;
}
