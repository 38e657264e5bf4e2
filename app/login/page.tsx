import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getLocale } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { UnionMark } from "@/components/shell/union-mark";
import { requestOrigin, safeCallbackPath } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/viewer";
import { asLocale } from "@/lib/i18n/config";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  // The proxy sends an absolute URL on this origin; only a same-origin path survives (the action checks again).
  const [{ callbackUrl: raw }, requestHeaders] = await Promise.all([searchParams, headers()]);
  const callbackUrl = safeCallbackPath(raw, requestOrigin(requestHeaders));
  if (await getViewer()) redirect(callbackUrl);
  const [t, tApp, locale] = await Promise.all([getTranslations("login"), getTranslations("app"), getLocale()]);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-union-800 to-union-600 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-3 text-white">
          <UnionMark className="h-12 w-12" />
          <div>
            <p className="text-xs uppercase tracking-wide text-union-100">{tApp("union")}</p>
            <p className="text-xl font-semibold">{tApp("name")}</p>
            <p className="text-sm text-union-100">{tApp("tagline")}</p>
          </div>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-xl">
          <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        <div className="mt-4 flex items-center justify-between text-xs text-union-100">
          <span>{t("footer")}</span>
          <LocaleSwitch current={asLocale(locale)} tone="dark" />
        </div>
      </div>
    </main>
  );
}
