"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFieldAction } from "@/lib/field/run-action";
import { applyBalance } from "./commands";

export async function applyBalanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFieldAction(formData, { entity: "assignments", action: "apply_balance" }, applyBalance, ({ applied }) => {
    revalidatePath("/assignments");
    revalidatePath("/households");
    const cap = String(formData.get("cap") ?? "");
    return `/assignments?applied=${applied}${/^\d{1,3}$/.test(cap) ? `&cap=${cap}` : ""}`;
  });
}
