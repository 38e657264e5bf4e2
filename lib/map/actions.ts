"use server";

import { defineAction } from "@/lib/core/define-action";
import { saveCommuneBoundary, updateVillage } from "./commands";

/** The boundary form: GeoJSON pasted into the box or chosen as a file (the file wins). */
export const saveBoundaryAction = defineAction({
  attempt: { entity: "commune_boundary", action: "update" },
  input: async (formData) => {
    const file = formData.get("file");
    const geojson = file instanceof File && file.size > 0 ? await file.text() : String(formData.get("geojson") ?? "");
    return { communeId: formData.get("communeId"), geojson };
  },
  command: saveCommuneBoundary,
  revalidate: ["/map", "/admin/boundaries"],
  ok: ({ vertices }) => ({ message: "map.boundary.saved", values: { vertices: String(vertices) } }),
});

export const updateVillageAction = defineAction({
  attempt: { entity: "village", action: "update" },
  command: updateVillage,
  revalidate: ({ villageId }) => [`/villages/${villageId}`, "/map"],
  redirect: ({ villageId }) => `/villages/${villageId}?saved=1`,
});
