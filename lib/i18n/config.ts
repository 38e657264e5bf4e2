export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
export const localeCookie = "locale";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

// Formats follow the working language: vi-VN (1.350 · 12,5% · dd/MM/yyyy); English keeps
// Vietnam's day-first dates so printed reports read the same in both.
/** A locale read from a cookie, a header or next-intl, or the default (Vietnamese) when it is none of ours. */
export const asLocale = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
export const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };
export const timeZone = "Asia/Ho_Chi_Minh";

/** The language choice is remembered for a year in this browser (and on the account). */
export const localeCookieOptions = { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true } as const;
