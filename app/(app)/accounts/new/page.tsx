import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateAccountForm } from "@/components/accounts/create-account-form";
import { Card } from "@/components/ui/card";
import { unitsInScope } from "@/lib/accounts/queries";
import { assignableRoles, can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("newTitle") };
}

export default async function NewAccountPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "accounts.manage")) notFound();
  const [units, t] = await Promise.all([unitsInScope(viewer), getTranslations("accounts")]);
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <Link href="/accounts" className="text-sm text-union-700 hover:underline">
          ← {t("detail.back")}
        </Link>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{t("newTitle")}</h1>
      </div>
      <Card className="p-5">
        <CreateAccountForm roles={assignableRoles(viewer)} units={units} />
      </Card>
    </div>
  );
}
