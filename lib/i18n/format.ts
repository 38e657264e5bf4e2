import { intlLocale, timeZone, type Locale } from "./config";

// Pure formatters for figures, dates and money. Server and client share them.

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale[locale], options)));
  return f;
}

/** 1350 → "1.350" (vi) / "1,350" (en). */
export const formatNumber = (value: number, locale: Locale, fractionDigits = 0) =>
  numberFormat(locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);

/** 0.125 → "12,5%" (vi) / "12.5%" (en). */
export const formatPercent = (ratio: number, locale: Locale, fractionDigits = 1) =>
  numberFormat(locale, { style: "percent", maximumFractionDigits: fractionDigits }).format(ratio);

/** 500000 → "500.000 ₫". */
export const formatVnd = (value: number, locale: Locale) =>
  numberFormat(locale, { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(value);

/** "2026-11-20" or a Date → "20/11/2026" in both locales (Vietnam's day-first convention). */
export function formatDate(value: string | Date): string {
  if (typeof value === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!m) throw new Error(`Not an ISO date: ${value}`);
    return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).formatToParts(value);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")}`;
}

/** A Date → "20/11/2026 07:30" in Vietnam's time. */
export function formatDateTime(value: Date): string {
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(
    value,
  );
  return `${formatDate(value)} ${time}`;
}

/** Parses "20/11/2026" (or "20-11-2026", "20.11.2026") into "2026-11-20"; null if not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Today's date in Vietnam as "yyyy-MM-dd". */
export function todayInVietnam(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return parts;
}
