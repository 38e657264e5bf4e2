import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/password/change-password-form";
import { UnionMark } from "@/components/shell/union-mark";
import { signOutAction } from "@/lib/auth/actions";
import { requireViewer } from "@/lib/auth/viewer";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("password"))("title") };
}

// Outside the (app) group on purpose: that layout sends accounts with a temporary password here,
// so this page must render without it.
export default async function ChangePasswordPage() {
  const viewer = await requireViewer({ allowPasswordChange: true });
  const [t, tApp] = await Promise.all([getTranslations("password"), getTranslations("app")]);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex items-center gap-2 text-slate-800">
          <UnionMark className="h-9 w-9" />
          <p className="text-sm font-semibold">{tApp("name")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {viewer.displayName} · {t("intro", { username: viewer.username })}
          </p>
          {viewer.mustChangePassword ? (
            <p
              className="mt-3 rounded-md border border-gap-500/40 bg-gap-50 px-3 py-2 text-sm text-gap-700"
              data-testid="must-change"
            >
              {t("forced")}
            </p>
          ) : null}
          <ChangePasswordForm username={viewer.username} />
        </div>
        <div className="mt-4 flex items-center justify-between text-sm">
          {viewer.mustChangePassword ? (
            <span />
          ) : (
            <Link href="/" className="text-union-700 hover:underline">
              ← {t("back")}
            </Link>
          )}
          <form action={signOutAction}>
            <button type="submit" className="text-slate-600 hover:text-slate-900">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </main>
  );
}
