"use server";

import { defineAction } from "@/lib/core/define-action";
import { applyBalance } from "./commands";

export const applyBalanceAction = defineAction({
  attempt: { entity: "assignments", action: "apply_balance" },
  command: applyBalance,
  revalidate: ["/assignments", "/households"],
  redirect: ({ applied }, formData) => {
    const cap = String(formData.get("cap") ?? "");
    return `/assignments?applied=${applied}${/^\d{1,3}$/.test(cap) ? `&cap=${cap}` : ""}`;
  },
});
