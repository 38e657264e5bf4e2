import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  AccountStatusForm,
  ResetPasswordForm,
  ResetSecondFactorForm,
} from "@/components/accounts/account-access-forms";
import { EditAccountForm } from "@/components/accounts/edit-account-form";
import { AuditTable } from "@/components/audit/audit-table";
import { Card, CardHeader } from "@/components/ui/card";
import { accountById, unitsInScope } from "@/lib/accounts/queries";
import { auditListHref, parseAuditListParams } from "@/lib/audit/list-params";
import { listAuditEntries, unitNamesIn } from "@/lib/audit/queries";
import { assignableRoles, can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "accounts.manage")) notFound();
  const { id } = await params;
  // Another province's account and a missing one look the same: 404.
  const account = /^\d{1,10}$/.test(id) ? await accountById(viewer, Number(id)) : null;
  if (!account) notFound();
  const historyParams = parseAuditListParams({ entity: "account", entityId: String(account.id) });
  const [units, history, t, tRoles] = await Promise.all([
    unitsInScope(viewer),
    listAuditEntries(viewer, historyParams, { pageSize: 8 }),
    getTranslations("accounts"),
    getTranslations("roles"),
  ]);
  const unitNames = await unitNamesIn(history.rows);
  const editable = account.manageable || account.self;
  return (
    <div className="space-y-4">
      <div>
        <Link href="/accounts" className="text-sm text-union-700 hover:underline">
          ← {t("detail.back")}
        </Link>
        <div className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="text-xl font-semibold text-slate-900" data-testid="account-name">
            {account.displayName}
          </h1>
          <span className="font-mono text-sm text-slate-500">{account.username}</span>
          <span
            className={`rounded px-1.5 py-0.5 text-xs ${account.active ? "bg-covered-50 text-covered-700" : "bg-slate-100 text-slate-600"}`}
            data-testid="account-status"
          >
            {account.active ? t("status.active") : t("status.inactive")}
          </span>
          {account.active && account.mustChangePassword ? (
            <span className="rounded bg-gap-50 px-1.5 py-0.5 text-xs text-gap-700">{t("status.mustChange")}</span>
          ) : null}
        </div>
        <p className="text-sm text-slate-500">
          {tRoles(account.role)} · {account.communeName ?? account.provinceName ?? t("noUnit")}
          {account.communeName && account.provinceName ? ` · ${account.provinceName}` : ""}
        </p>
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title={editable ? t("detail.edit") : t("detail.profile")} />
          <div className="space-y-3 p-4">
            <dl className="grid grid-cols-2 gap-2 text-sm">
              <div>
                <dt className="text-xs text-slate-500">{t("detail.createdAt")}</dt>
                <dd className="tabular">{formatDate(account.createdAt)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t("detail.lastLogin")}</dt>
                <dd className="tabular">{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t("never")}</dd>
              </div>
            </dl>
            {account.self ? <p className="text-xs text-slate-500">{t("detail.selfNote")}</p> : null}
            {editable ? (
              <EditAccountForm account={account} self={account.self} roles={assignableRoles(viewer)} units={units} />
            ) : (
              <p className="text-sm text-slate-500">{t("detail.readOnly")}</p>
            )}
          </div>
        </Card>
        {account.manageable ? (
          <div className="space-y-4">
            <Card>
              <CardHeader title={t("detail.access")} />
              <div className="p-4">
                <AccountStatusForm id={account.id} active={account.active} />
              </div>
            </Card>
            <Card>
              <CardHeader title={t("detail.reset")} />
              <div className="p-4">
                <ResetPasswordForm id={account.id} />
              </div>
            </Card>
            {account.totpEnabled ? (
              <Card>
                <CardHeader title={t("detail.totpTitle")} />
                <div className="p-4">
                  <ResetSecondFactorForm id={account.id} />
                </div>
              </Card>
            ) : null}
          </div>
        ) : null}
      </div>

      <Card>
        <CardHeader
          title={t("detail.history")}
          aside={
            <Link href={auditListHref(historyParams)} className="text-xs text-union-700 hover:underline">
              {t("detail.historyAll")}
            </Link>
          }
        />
        <AuditTable rows={history.rows} linkAccounts={false} unitNames={unitNames} compact />
      </Card>
    </div>
  );
}
