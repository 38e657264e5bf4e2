"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFieldAction } from "@/lib/field/run-action";
import { assignHousehold, createHousehold, updateHousehold } from "./commands";

export async function createHouseholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "household", action: "create" }, createHousehold, ({ id }) => {
    revalidatePath("/households");
    return `/households/${id}`;
  });
}

export async function updateHouseholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "household", action: "update" }, updateHousehold, ({ id }) => {
    revalidatePath("/households");
    return `/households/${id}`;
  });
}

export async function assignHouseholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "household", action: "assign" }, assignHousehold, ({ id }) => {
    revalidatePath("/households");
    revalidatePath("/assignments");
    return `/households/${id}`;
  });
}
