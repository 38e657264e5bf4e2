import { z } from "zod";
import { insideVietnam } from "./geodesy";

// Forms of the map feature. Messages are message keys (lib/i18n/messages/*/map.json).

/** "16,11" (Vietnamese decimal comma) or "16.11" → 16.11. */
const coordinate = (key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z.number({ message: `map.errors.${key}` }).refine(Number.isFinite, `map.errors.${key}`),
  );

/** The most desks a month a village's stored target may ask for (the column's check allows 0–8). */
export const VILLAGE_MAX_DESK_TARGET = 8;

export const villageFormSchema = z
  .object({
    villageId: z.coerce.number().int().positive(),
    name: z
      .string({ message: "map.errors.nameRequired" })
      .trim()
      .min(1, "map.errors.nameRequired")
      .max(120, "map.errors.nameTooLong"),
    lat: coordinate("latInvalid"),
    lng: coordinate("lngInvalid"),
    /** The row's updatedAt when the form was opened: a concurrent edit makes the save a conflict. */
    updatedAt: z.string().min(1),
    /**
     * Mobile desks a month the planner aims for here (/desks/plan): 0–8, empty for the planner's
     * default; absent (a form without the field) leaves the stored value as it is.
     */
    deskTargetPerMonth: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? null : Number(v.trim())) : v),
      z
        .number({ message: "map.errors.deskTarget" })
        .int("map.errors.deskTarget")
        .min(0, "map.errors.deskTarget")
        .max(VILLAGE_MAX_DESK_TARGET, "map.errors.deskTarget")
        .nullable()
        .optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (Number.isFinite(v.lat) && Number.isFinite(v.lng) && !insideVietnam(v.lat, v.lng)) {
      ctx.addIssue({ code: "custom", path: ["lat"], message: "map.errors.outsideVietnam" });
    }
  });
export type VillageFormInput = z.infer<typeof villageFormSchema>;

/** How far a village may lie from its commune's center; beyond that it is a typo (or another commune). */
export const VILLAGE_MAX_KM_FROM_CENTER = 100;

export const boundaryFormSchema = z.object({
  communeId: z.coerce.number().int().positive(),
  // The file's text, or text pasted into the box; parseBoundary() checks the content.
  geojson: z.string().default(""),
});
