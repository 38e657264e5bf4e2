"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { isLocale, localeCookie, localeCookieOptions } from "./config";

/** Switches the interface language and remembers it (cookie, and the account when signed in). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, localeCookieOptions);
  const viewer = await getViewer();
  if (viewer) await db.update(users).set({ locale }).where(eq(users.id, viewer.id));
  revalidatePath("/", "layout");
}
