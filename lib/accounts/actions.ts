"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { signIn } from "@/lib/auth";
import { requestClient } from "@/lib/auth/request-context";
import { defineAction, type Revalidation } from "@/lib/core/define-action";
import {
  createAccount,
  resetAccountPassword,
  resetSecondFactor,
  setAccountActive,
  updateAccount,
  type AccountResult,
} from "./commands";
import { changeOwnPassword } from "./own-password";

// Thin wrappers (lib/core/define-action.ts): who is asking, run the command, refresh the pages
// that show the result. Managing accounts takes the acting viewer (the default): a viewer that
// still has to replace a temporary password may only do that.

/** What an account form gets back: the usual FormState, plus the account (and a generated password, once). */
export interface AccountFormState extends FormState {
  account?: AccountResult;
}

const refresh = ({ id }: AccountResult): Revalidation[] => ["/accounts", `/accounts/${id}`, "/audit"];

export const createAccountAction = defineAction({
  attempt: { entity: "account", action: "create" },
  command: createAccount,
  revalidate: refresh,
  ok: (account) => ({ account }),
});

export const updateAccountAction = defineAction({
  attempt: { entity: "account", action: "update" },
  command: updateAccount,
  revalidate: refresh,
  ok: () => ({ message: "accounts.detail.saved" }),
});

export const setAccountActiveAction = defineAction({
  attempt: { entity: "account", action: "set_active" },
  command: setAccountActive,
  revalidate: refresh,
  ok: (account) => ({ message: account.active ? "accounts.detail.reactivated" : "accounts.detail.deactivated" }),
});

export const resetPasswordAction = defineAction({
  attempt: { entity: "account", action: "reset_password" },
  command: resetAccountPassword,
  revalidate: refresh,
  ok: (account) => ({ message: "accounts.detail.resetDone", account }),
});

export const resetSecondFactorAction = defineAction({
  attempt: { entity: "account", action: "reset_totp" },
  command: resetSecondFactor,
  revalidate: refresh,
  ok: () => ({ message: "accounts.detail.totpResetDone" }),
});

/**
 * The signed-in user's own password. The change bumps the session version (voiding every session
 * of the account, this one included), so the user is signed in again with the new password.
 */
export const changePasswordAction = defineAction({
  attempt: { entity: "account", action: "change_password" },
  // The plain viewer: replacing a temporary password is what the acting viewer's gate asks for.
  viewer: "plain",
  command: async (db, viewer, input) => changeOwnPassword(db, viewer, input, await requestClient()),
  redirect: async ({ username }, formData) => {
    try {
      await signIn("credentials", { username, password: String(formData.get("newPassword") ?? ""), redirect: false });
    } catch (error) {
      // The password is changed either way; if the new session can't be issued, sign in by hand.
      console.error("re-sign-in after password change failed", error);
      return "/login";
    }
    revalidatePath("/", "layout");
    return "/";
  },
});
