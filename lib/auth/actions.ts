"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "./index";

export interface SignInState {
  error?: "invalid" | "throttled" | "unexpected";
  username?: string;
}

/** Only same-site paths may be returned to after sign-in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/login") ? path : "/";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const username = String(formData.get("username") ?? "").slice(0, 64);
  try {
    await signIn("credentials", {
      username,
      password: String(formData.get("password") ?? ""),
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "throttled" ? "throttled" : "invalid", username };
    }
    console.error("sign-in failed", error);
    return { error: "unexpected", username };
  }
  redirect(safeCallback(formData.get("callbackUrl")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
