import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="mx-auto max-w-lg px-6 py-20 text-center">
      <p className="text-5xl font-semibold text-union-600">404</p>
      <h1 className="mt-3 text-lg font-semibold text-slate-900">{t("notFound")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("notFoundDetail")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white hover:bg-union-700"
      >
        {t("backHome")}
      </Link>
    </main>
  );
}
