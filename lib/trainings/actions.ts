"use server";

import { defineAction } from "@/lib/core/define-action";
import { createTraining } from "./commands";

export const createTrainingAction = defineAction({
  attempt: { entity: "training", action: "create" },
  // Topics and attendees are checkbox lists: keep every value, not just the first.
  input: (formData) => ({
    ...Object.fromEntries(formData),
    topics: formData.getAll("topics"),
    memberIds: formData.getAll("memberIds"),
  }),
  command: createTraining,
  revalidate: ["/trainings", "/members"],
  redirect: () => "/trainings",
});
