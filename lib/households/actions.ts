"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFieldAction } from "@/lib/field/run-action";
import { assignHousehold, createHousehold, updateHousehold } from "./commands";

export async function createHouseholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, createHousehold, ({ id }) => {
    revalidatePath("/households");
    return `/households/${id}`;
  });
}

export async function updateHouseholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, updateHousehold, ({ id }) => {
    revalidatePath("/households");
    return `/households/${id}`;
  });
}

export async function assignHouseholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, assignHousehold, ({ id }) => {
    revalidatePath("/households");
    revalidatePath("/assignments");
    return `/households/${id}`;
  });
}
