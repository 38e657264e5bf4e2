import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CodeActionForm } from "@/components/security/code-action-form";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { Card, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import {
  beginTotpEnrolmentAction,
  confirmTotpEnrolmentAction,
  disableTotpAction,
  regenerateRecoveryCodesAction,
} from "@/lib/security/actions";
import { qrDataUrl } from "@/lib/security/qr";
import { securityOverview } from "@/lib/security/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function AccountSecurityPage() {
  // Reachable while enrolment is pending: requireViewer() sends accounts here until they enrol.
  const viewer = await requireViewer({ allowTotpEnrolment: true });
  const [overview, t] = await Promise.all([securityOverview(viewer), getTranslations("security")]);
  const qr = overview.pending ? await qrDataUrl(overview.pending.uri) : null;

  return (
    <div className="max-w-3xl space-y-5">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        {can(viewer, "security.manage") ? (
          <Link href="/admin/security" className="shrink-0 text-sm text-union-700 hover:underline">
            {t("policyLink")}
          </Link>
        ) : null}
      </div>
      {overview.requiredByRole && !overview.totpEnabled ? (
        <p
          role="status"
          className="rounded-md border border-gap-500/40 bg-gap-50 px-4 py-3 text-sm text-gap-700"
          data-testid="totp-required"
        >
          {t("required")}
        </p>
      ) : null}
      <Card>
        <CardHeader
          title={t("status.title")}
          aside={
            <span
              data-testid="totp-status"
              className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${overview.totpEnabled ? "bg-covered-100 text-covered-700" : "bg-slate-100 text-slate-700"}`}
            >
              {overview.totpEnabled ? t("status.on") : t("status.off")}
            </span>
          }
        />
        <div className="space-y-4 px-4 py-4">
          {overview.totpEnabled ? (
            <>
              <p className="text-sm text-slate-700" data-testid="codes-left">
                {t("status.codesLeft", { count: overview.recoveryCodesLeft })}
              </p>
              <section className="space-y-2 border-t border-slate-100 pt-4">
                <h2 className="text-sm font-semibold text-slate-800">{t("recovery.title")}</h2>
                <p className="text-sm text-slate-600">{t("recovery.regenerateText")}</p>
                <CodeActionForm
                  id="regenerate-codes"
                  action={regenerateRecoveryCodesAction}
                  codeLabel={t("code")}
                  submitLabel={t("recovery.regenerate")}
                  pendingLabel={t("recovery.regeneratePending")}
                  variant="secondary"
                />
              </section>
              <section className="space-y-2 border-t border-slate-100 pt-4">
                <h2 className="text-sm font-semibold text-slate-800">{t("disable.title")}</h2>
                <p className="text-sm text-slate-600">{t("disable.text")}</p>
                <CodeActionForm
                  id="disable-totp"
                  action={disableTotpAction}
                  codeLabel={t("codeOrRecovery")}
                  numericOnly={false}
                  submitLabel={t("disable.submit")}
                  pendingLabel={t("disable.pending")}
                  variant="secondary"
                  doneMessage={t("disable.done")}
                />
              </section>
            </>
          ) : overview.pending && qr ? (
            <TotpEnrolment
              qr={qr}
              secret={overview.pending.secret}
              labels={{
                title: t("enrol.title"),
                qrAlt: t("enrol.qrAlt"),
                manual: t("enrol.manual"),
                confirmText: t("enrol.confirmText"),
              }}
            >
              <CodeActionForm
                id="confirm-totp"
                action={confirmTotpEnrolmentAction}
                codeLabel={t("code")}
                submitLabel={t("enrol.submit")}
                pendingLabel={t("enrol.pending")}
              />
              <CodeActionForm
                id="restart-totp"
                action={beginTotpEnrolmentAction}
                submitLabel={t("begin.restart")}
                pendingLabel={t("begin.pending")}
                variant="secondary"
              />
            </TotpEnrolment>
          ) : (
            <>
              <p className="text-sm text-slate-700">{t("begin.text")}</p>
              <CodeActionForm
                id="begin-totp"
                action={beginTotpEnrolmentAction}
                submitLabel={t("begin.submit")}
                pendingLabel={t("begin.pending")}
              />
            </>
          )}
        </div>
      </Card>
    </div>
  );
}
