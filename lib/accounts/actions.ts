"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf } from "@/lib/audit/refusal";
import { signIn } from "@/lib/auth";
import { requestClient } from "@/lib/auth/request-context";
import { getActingViewer, getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { createAccount, resetAccountPassword, resetSecondFactor, setAccountActive, updateAccount, type AccountResult } from "./commands";
import { changeOwnPassword } from "./own-password";

// Thin wrappers: who is asking, run the command, refresh the pages that show the result.

/** What an account form gets back: the usual FormState, plus the account (and a generated password, once). */
export interface AccountFormState extends FormState {
  account?: AccountResult;
}

const refused: FormState = { status: "error", message: "errors.forbidden" };

/** The viewer, unless it still has to replace a temporary password (only that action is open to it). */
const managingViewer = getActingViewer;

function refresh(id?: number) {
  revalidatePath("/accounts");
  if (id) revalidatePath(`/accounts/${id}`);
  revalidatePath("/audit");
}

export async function createAccountAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const viewer = await managingViewer();
  if (!viewer) return refused;
  let account: AccountResult | undefined;
  const state = await guardAction(formData, async () => {
    account = await createAccount(db, viewer, Object.fromEntries(formData));
    refresh(account.id);
    return { status: "ok" };
  }, auditRefusalOf(viewer, { entity: "account", action: "create" }));
  return { ...state, account };
}

export async function updateAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await managingViewer();
  if (!viewer) return refused;
  return guardAction(formData, async () => {
    const account = await updateAccount(db, viewer, Object.fromEntries(formData));
    refresh(account.id);
    return { status: "ok", message: "accounts.detail.saved" };
  }, auditRefusalOf(viewer, { entity: "account", action: "update" }));
}

export async function setAccountActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await managingViewer();
  if (!viewer) return refused;
  return guardAction(formData, async () => {
    const account = await setAccountActive(db, viewer, Object.fromEntries(formData));
    refresh(account.id);
    return { status: "ok", message: account.active ? "accounts.detail.reactivated" : "accounts.detail.deactivated" };
  }, auditRefusalOf(viewer, { entity: "account", action: "set_active" }));
}

export async function resetPasswordAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const viewer = await managingViewer();
  if (!viewer) return refused;
  let account: AccountResult | undefined;
  const state = await guardAction(formData, async () => {
    account = await resetAccountPassword(db, viewer, Object.fromEntries(formData));
    refresh(account.id);
    return { status: "ok", message: "accounts.detail.resetDone" };
  }, auditRefusalOf(viewer, { entity: "account", action: "reset_password" }));
  return { ...state, account };
}

export async function resetSecondFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await managingViewer();
  if (!viewer) return refused;
  return guardAction(formData, async () => {
    const account = await resetSecondFactor(db, viewer, Object.fromEntries(formData));
    refresh(account.id);
    return { status: "ok", message: "accounts.detail.totpResetDone" };
  }, auditRefusalOf(viewer, { entity: "account", action: "reset_totp" }));
}

/**
 * The signed-in user's own password. The change bumps the session version (voiding every session
 * of the account, this one included), so the user is signed in again with the new password.
 */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return refused;
  let username: string | undefined;
  const state = await guardAction(formData, async () => {
    ({ username } = await changeOwnPassword(db, viewer, Object.fromEntries(formData), await requestClient()));
    return { status: "ok" };
  }, auditRefusalOf(viewer, { entity: "account", action: "change_password" }));
  if (state.status !== "ok" || !username) return state;
  try {
    await signIn("credentials", { username, password: String(formData.get("newPassword") ?? ""), redirect: false });
  } catch (error) {
    // The password is changed either way; if the new session can't be issued, sign in by hand.
    console.error("re-sign-in after password change failed", error);
    redirect("/login");
  }
  revalidatePath("/", "layout");
  redirect("/");
}
