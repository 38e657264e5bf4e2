import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RolePolicyToggle } from "@/components/security/role-policy-toggle";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/auth/viewer";
import { asLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { rolePolicyList } from "@/lib/security/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("securityPolicy"))("title") };
}

export default async function SecurityPolicyPage() {
  const viewer = await requireViewer();
  const policies = await rolePolicyList(viewer);
  if (!policies) notFound();
  const [t, tRoles, rawLocale] = await Promise.all([
    getTranslations("securityPolicy"),
    getTranslations("roles"),
    getLocale(),
  ]);
  const locale = asLocale(rawLocale);
  return (
    <div className="max-w-4xl space-y-5">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <Card>
        {policies.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="border-b border-slate-100 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("role")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("accounts")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("enrolled")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("policy")}
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">{t("policy")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {policies.map((p) => (
                <tr
                  key={p.role}
                  className="border-b border-slate-50 last:border-0"
                  data-testid={`policy-row-${p.role}`}
                >
                  <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">
                    {tRoles(p.role)}
                  </th>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(p.accounts, locale)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(p.enrolled, locale)}</td>
                  <td className="px-4 py-2">
                    <span className={p.requireTotp ? "font-medium text-union-700" : "text-slate-600"}>
                      {p.requireTotp ? t("requiredLabel") : t("optionalLabel")}
                    </span>
                  </td>
                  <td className="px-4 py-2">
                    <RolePolicyToggle role={p.role} requireTotp={p.requireTotp} roleLabel={tRoles(p.role)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
