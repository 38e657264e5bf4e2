"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFieldAction } from "@/lib/field/run-action";
import { createTraining } from "./commands";

export async function createTrainingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Topics and attendees are checkbox lists: keep every value, not just the first.
  const input = { ...Object.fromEntries(formData), topics: formData.getAll("topics"), memberIds: formData.getAll("memberIds") };
  return runFieldAction(
    formData,
    { entity: "training", action: "create" },
    createTraining,
    () => {
      revalidatePath("/trainings");
      revalidatePath("/members");
      return "/trainings";
    },
    input,
  );
}
