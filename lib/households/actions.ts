"use server";

import { defineAction } from "@/lib/core/define-action";
import { assignHousehold, createHousehold, updateHousehold } from "./commands";

export const createHouseholdAction = defineAction({
  attempt: { entity: "household", action: "create" },
  command: createHousehold,
  revalidate: ["/households"],
  redirect: ({ id }) => `/households/${id}`,
});

export const updateHouseholdAction = defineAction({
  attempt: { entity: "household", action: "update" },
  command: updateHousehold,
  revalidate: ["/households"],
  redirect: ({ id }) => `/households/${id}`,
});

export const assignHouseholdAction = defineAction({
  attempt: { entity: "household", action: "assign" },
  command: assignHousehold,
  revalidate: ["/households", "/assignments"],
  redirect: ({ id }) => `/households/${id}`,
});
