"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { forbidden, guardAction, type FormState } from "@/lib/actions/form-state";
import { requestContext } from "@/lib/auth/request-context";
import { getActingViewer, getViewer } from "@/lib/auth/viewer";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  setRoleTotpPolicy,
} from "./commands";

export interface RecoveryCodesState extends FormState {
  /** Shown once, right after they are made; only their hashes are stored. */
  recoveryCodes?: string[];
}

const input = (formData: FormData) => Object.fromEntries(formData) as Record<string, unknown>;

// The viewer's own second factor: the plain viewer, since an account whose role requires TOTP
// must be able to enrol before it passes that gate.
async function viewerOrRefuse() {
  const viewer = await getViewer();
  if (!viewer) throw forbidden();
  return viewer;
}

// Policy changes: only the acting viewer, past the password-change and second-factor gates, so
// an admin with a temporary password or without the second factor its role requires can't
// switch the protection off.
async function actingViewerOrRefuse() {
  const viewer = await getActingViewer();
  if (!viewer) throw forbidden();
  return viewer;
}

export async function beginTotpEnrolmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    await beginTotpEnrolment(db, await viewerOrRefuse(), input(formData));
    revalidatePath("/account/security");
    return { status: "ok" };
  });
}

// The two actions below don't revalidate: the page would re-render without the codes before the
// user has copied them. The form offers a link that reloads the page once they are saved.
export async function confirmTotpEnrolmentAction(_prev: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return guardAction(formData, async () => {
    const { recoveryCodes } = await confirmTotpEnrolment(db, await viewerOrRefuse(), input(formData), await requestContext());
    return { status: "ok", recoveryCodes };
  });
}

export async function regenerateRecoveryCodesAction(_prev: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return guardAction(formData, async () => {
    const { recoveryCodes } = await regenerateRecoveryCodes(db, await viewerOrRefuse(), input(formData), await requestContext());
    return { status: "ok", recoveryCodes };
  });
}

export async function disableTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    await disableTotp(db, await viewerOrRefuse(), input(formData), await requestContext());
    revalidatePath("/account/security");
    return { status: "ok" };
  });
}

export async function setRoleTotpPolicyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardAction(formData, async () => {
    await setRoleTotpPolicy(db, await actingViewerOrRefuse(), input(formData), await requestContext());
    revalidatePath("/admin/security");
    return { status: "ok" };
  });
}
