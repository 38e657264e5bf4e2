import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { loadMessages } from "./catalogue";
import { asLocale, localeCookie, timeZone } from "./config";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookie)?.value;
  const locale = asLocale(stored);
  return { locale, timeZone, messages: loadMessages(locale, { fresh: env.NODE_ENV === "development" }) };
});
