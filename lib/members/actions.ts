"use server";

import { defineAction } from "@/lib/core/define-action";
import { createMember, setMemberActive, updateMember } from "./commands";

export const createMemberAction = defineAction({
  attempt: { entity: "member", action: "create" },
  command: createMember,
  revalidate: ["/members"],
  redirect: ({ id }) => `/members/${id}`,
});

export const updateMemberAction = defineAction({
  attempt: { entity: "member", action: "update" },
  command: updateMember,
  revalidate: ["/members"],
  redirect: ({ id }) => `/members/${id}`,
});

/** Deactivating someone who looks after households leads to the balancer's proposal for them. */
export const setMemberActiveAction = defineAction({
  attempt: { entity: "member", action: "set_active" },
  command: setMemberActive,
  revalidate: ["/members", "/assignments"],
  redirect: ({ id, active, householdsAssigned }) =>
    !active && householdsAssigned > 0 ? `/assignments?deactivated=${id}` : `/members/${id}`,
});
