import { getLocale } from "next-intl/server";
import { asLocale, type Locale } from "@/lib/i18n/config";

export async function currentLocale(): Promise<Locale> {
  const raw = await getLocale();
  return asLocale(raw);
}
