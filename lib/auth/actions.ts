"use server";

import { sql } from "drizzle-orm";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { isLocale, localeCookie, localeCookieOptions } from "@/lib/i18n/config";
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
  await restoreLocale(username);
  redirect(safeCallback(formData.get("callbackUrl")));
}

/** The language an account chose last time follows it to a new browser. */
async function restoreLocale(username: string): Promise<void> {
  const [row] = await db
    .select({ locale: users.locale })
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  if (isLocale(row?.locale)) {
    (await cookies()).set(localeCookie, row.locale, localeCookieOptions);
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
