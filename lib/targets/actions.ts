"use server";

import { defineAction } from "@/lib/core/define-action";
import { createTarget, updateTarget } from "./commands";

export const createTargetAction = defineAction({
  attempt: { entity: "target", action: "create" },
  command: createTarget,
  revalidate: ["/province", "/"],
  ok: () => ({ message: "targets.saved" }),
});

export const updateTargetAction = defineAction({
  attempt: { entity: "target", action: "update" },
  command: updateTarget,
  revalidate: ["/province", "/"],
  ok: () => ({ message: "targets.saved" }),
  redirect: () => `/province/targets?saved=1`,
});
