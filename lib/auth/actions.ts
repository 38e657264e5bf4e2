"use server";

import { sql } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { recordSecurityEvent } from "@/lib/audit/security-events";
import { db } from "@/lib/db";
import { revokedSessions, users } from "@/lib/db/schema";
import { isLocale, localeCookie, localeCookieOptions } from "@/lib/i18n/config";
import { requestOrigin, safeCallbackPath } from "./callback-url";
import { sessionLifetimeSeconds } from "./config";
import { auth, signIn, signOut } from "./index";
import { requestClient } from "./request-context";
import { minutesToWait } from "./throttle";

export interface SignInState {
  error?: "invalid" | "throttled" | "invalid_code" | "unexpected";
  /** "code" once the password was right and the account has a second factor. */
  step?: "password" | "code";
  username?: string;
  /** With "throttled": how many minutes to wait. */
  retryInMinutes?: number;
}

const knownFailures = ["invalid", "throttled", "totp_required", "invalid_code"] as const;

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const username = String(formData.get("username") ?? "").slice(0, 64);
  try {
    await signIn("credentials", {
      username,
      password: String(formData.get("password") ?? ""),
      otp: String(formData.get("otp") ?? "").slice(0, 32),
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const raw = (error as AuthError & { code?: string }).code;
      const code = knownFailures.find((c) => c === raw) ?? "invalid";
      // The password is never echoed back: the form keeps it in its own state for the code step.
      if (code === "totp_required") return { step: "code", username };
      if (code === "invalid_code") return { step: "code", error: "invalid_code", username };
      if (code === "throttled") {
        const retryAt = (error as AuthError & { retryAt?: unknown }).retryAt;
        const retryInMinutes = retryAt instanceof Date ? minutesToWait(retryAt, new Date()) : 15;
        return { step: formData.get("otp") ? "code" : "password", error: code, username, retryInMinutes };
      }
      return { step: "password", error: code, username };
    }
    console.error("sign-in failed", error);
    return { error: "unexpected", step: formData.get("otp") ? "code" : "password", username };
  }
  await restoreLocale(username);
  redirect(safeCallbackPath(formData.get("callbackUrl"), requestOrigin(await headers())));
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

/**
 * Ends this session for good: its id is listed as revoked before the cookie is cleared, so a
 * request still in flight that brings the cookie back finds a dead session.
 */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  const userId = Number(session?.uid);
  if (typeof session?.sid === "string" && Number.isSafeInteger(userId) && userId > 0) {
    await revokeSession(session.sid, userId);
    const [unit] = await db
      .select({ communeId: users.communeId, provinceId: users.provinceId })
      .from(users)
      .where(sql`${users.id} = ${userId}`);
    if (unit)
      await recordSecurityEvent(
        db,
        { id: userId },
        { action: "sign_out", outcome: "success", client: await requestClient(), unit },
      );
  }
  await signOut({ redirectTo: "/login" });
}

async function revokeSession(sid: string, userId: number): Promise<void> {
  // No token of this session is accepted after its lifetime, so the row is not needed beyond it.
  const expiresAt = new Date(Date.now() + sessionLifetimeSeconds * 1000);
  await db.transaction(async (tx) => {
    await tx.insert(revokedSessions).values({ sid, userId, expiresAt }).onConflictDoNothing();
    // Rows whose tokens have expired anyway are of no more use.
    await tx.delete(revokedSessions).where(sql`${revokedSessions.expiresAt} < now()`);
  });
}
