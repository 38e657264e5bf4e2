import { z } from "zod";
import { optionalId, optionalText, pastDate, trimmed } from "@/lib/core/form-schemas";
import { trainingTopics } from "@/lib/reference/procedures";

export const topicCodes = trainingTopics.map((t) => t.code) as [string, ...string[]];

const list = (v: unknown) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]);

export const createTrainingSchema = z.object({
  heldOn: pastDate("trainings.errors.dateRequired"),
  title: trimmed(200, "trainings.errors.titleRequired"),
  place: optionalText(200),
  topics: z.preprocess(
    list,
    z
      .array(z.enum(topicCodes, { message: "trainings.errors.topicUnknown" }))
      .min(1, "trainings.errors.topicsRequired")
      .max(topicCodes.length),
  ),
  memberIds: z.preprocess(
    list,
    z
      .array(z.coerce.number({ message: "errors.invalid" }).int("errors.invalid").positive("errors.invalid"))
      .max(500, "errors.tooLong"),
  ),
  communeId: optionalId,
});
