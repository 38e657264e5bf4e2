"use server";

import { defineAction } from "@/lib/core/define-action";
import { addTeamMember, createTeam, removeTeamMember, updateTeam } from "./commands";

export const createTeamAction = defineAction({
  attempt: { entity: "team", action: "create" },
  command: createTeam,
  revalidate: ["/members/teams"],
  redirect: ({ id }) => `/members/teams/${id}`,
});

export const updateTeamAction = defineAction({
  attempt: { entity: "team", action: "update" },
  command: updateTeam,
  revalidate: ["/members/teams"],
  redirect: ({ id }) => `/members/teams/${id}`,
});

export const addTeamMemberAction = defineAction({
  attempt: { entity: "team", action: "add_member" },
  command: addTeamMember,
  revalidate: ({ teamId }) => [`/members/teams/${teamId}`],
});

export const removeTeamMemberAction = defineAction({
  attempt: { entity: "team", action: "remove_member" },
  command: removeTeamMember,
  revalidate: ({ teamId }) => [`/members/teams/${teamId}`],
});
