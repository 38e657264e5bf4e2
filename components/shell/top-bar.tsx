import { KeyRound, LogOut, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import type { Viewer } from "@/lib/auth/roles";
import { asLocale } from "@/lib/i18n/config";
import { LocaleSwitch } from "./locale-switch";

export async function TopBar({ viewer }: { viewer: Viewer }) {
  const [t, tRoles, tPassword, tSecurity, locale] = await Promise.all([
    getTranslations("shell"),
    getTranslations("roles"),
    getTranslations("password"),
    getTranslations("security"),
    getLocale(),
  ]);
  const unit = viewer.communeName ?? viewer.provinceName ?? t("allUnits");
  const parent = viewer.communeName ? viewer.provinceName : null;
  return (
    <header className="no-print flex h-14 items-center justify-between border-b border-slate-200 bg-white px-6">
      <div className="min-w-0">
        <p className="truncate text-sm font-semibold text-slate-900" data-testid="viewer-unit">
          {unit}
          {parent ? <span className="font-normal text-slate-500"> · {parent}</span> : null}
        </p>
        <p className="truncate text-xs text-slate-500">{tRoles(viewer.role)}</p>
      </div>
      <div className="flex items-center gap-4">
        <LocaleSwitch current={asLocale(locale)} />
        <span className="hidden text-sm text-slate-700 sm:inline" data-testid="viewer-name">
          {viewer.displayName}
        </span>
        <Link
          href="/account/password"
          title={tPassword("link")}
          aria-label={tPassword("link")}
          className="-ml-2 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          <KeyRound className="h-4 w-4" aria-hidden />
        </Link>
        <Link
          href="/account/security"
          title={tSecurity("title")}
          aria-label={tSecurity("title")}
          className="-ml-2 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          <ShieldCheck className="h-4 w-4" aria-hidden />
        </Link>
        <form action={signOutAction}>
          <button
            type="submit"
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
          >
            <LogOut className="h-4 w-4" aria-hidden />
            {t("signOut")}
          </button>
        </form>
      </div>
    </header>
  );
}
