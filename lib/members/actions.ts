"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFieldAction } from "@/lib/field/run-action";
import { createMember, setMemberActive, updateMember } from "./commands";

export async function createMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "member", action: "create" }, createMember, ({ id }) => {
    revalidatePath("/members");
    return `/members/${id}`;
  });
}

export async function updateMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "member", action: "update" }, updateMember, ({ id }) => {
    revalidatePath("/members");
    return `/members/${id}`;
  });
}

/** Deactivating someone who looks after households leads to the balancer's proposal for them. */
export async function setMemberActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "member", action: "set_active" }, setMemberActive, ({ id, active, householdsAssigned }) => {
    revalidatePath("/members");
    revalidatePath("/assignments");
    return !active && householdsAssigned > 0 ? `/assignments?deactivated=${id}` : `/members/${id}`;
  });
}
