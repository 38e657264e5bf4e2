"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFieldAction } from "@/lib/field/run-action";
import { addTeamMember, createTeam, removeTeamMember, updateTeam } from "./commands";

export async function createTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "team", action: "create" }, createTeam, ({ id }) => {
    revalidatePath("/members/teams");
    return `/members/teams/${id}`;
  });
}

export async function updateTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "team", action: "update" }, updateTeam, ({ id }) => {
    revalidatePath("/members/teams");
    return `/members/teams/${id}`;
  });
}

export async function addTeamMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "team", action: "add_member" }, addTeamMember, ({ teamId }) => {
    revalidatePath(`/members/teams/${teamId}`);
    return undefined;
  });
}

export async function removeTeamMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "team", action: "remove_member" }, removeTeamMember, ({ teamId }) => {
    revalidatePath(`/members/teams/${teamId}`);
    return undefined;
  });
}
