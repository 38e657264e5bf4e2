"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getActingViewer } from "@/lib/auth/viewer";
import { guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf } from "@/lib/audit/refusal";
import { saveCommuneBoundary, updateVillage } from "./commands";

const forbiddenState: FormState = { status: "error", message: "errors.forbidden" };

/** The boundary form: GeoJSON pasted into the box or chosen as a file (the file wins). */
export async function saveBoundaryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return forbiddenState;
  const file = formData.get("file");
  const text = file instanceof File && file.size > 0 ? await file.text() : String(formData.get("geojson") ?? "");
  return guardAction(formData, async () => {
    const result = await saveCommuneBoundary(db, viewer, { communeId: formData.get("communeId"), geojson: text });
    revalidatePath("/map");
    revalidatePath("/admin/boundaries");
    return { status: "ok", message: "map.boundary.saved", values: { vertices: String(result.vertices) } };
  }, auditRefusalOf(viewer, { entity: "commune_boundary", action: "update" }));
}

export async function updateVillageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return forbiddenState;
  let villageId: number | null = null;
  const state = await guardAction(formData, async () => {
    const result = await updateVillage(db, viewer, Object.fromEntries(formData));
    villageId = result.villageId;
    revalidatePath(`/villages/${result.villageId}`);
    revalidatePath("/map");
    return { status: "ok" };
  }, auditRefusalOf(viewer, { entity: "village", action: "update" }));
  if (state.status === "ok" && villageId != null) redirect(`/villages/${villageId}?saved=1`);
  return state;
}
