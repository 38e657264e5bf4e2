import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales, type Locale } from "@/lib/i18n/config";

/** Two small buttons (VI · EN); the choice is a server action, so it works without JavaScript. */
export async function LocaleSwitch({ current, tone = "light" }: { current: Locale; tone?: "light" | "dark" }) {
  const t = await getTranslations("locale");
  const idle = tone === "dark" ? "text-union-100 hover:text-white" : "text-slate-500 hover:text-slate-900";
  const active = tone === "dark" ? "text-white font-semibold underline" : "text-union-700 font-semibold underline";
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("label")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={t(locale)}
          className={`rounded px-1.5 py-0.5 text-xs uppercase ${locale === current ? active : idle}`}
        >
          {locale}
        </button>
      ))}
    </form>
  );
}
