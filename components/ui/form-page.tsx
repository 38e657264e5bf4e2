import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitOptions } from "@/components/accounts/role-unit-fields";
import { Card } from "@/components/ui/card";
import { CommunePicker } from "./commune-picker";
import { PageHeader } from "./page-header";

/**
 * A "new …" page: the form for the working commune, or — for an admin who has not chosen one
 * yet — the commune picker first. An admin sees which commune the form writes into.
 */
export async function FormPage({
  title,
  path,
  commune,
  units,
  children,
}: {
  title: string;
  path: string;
  commune: { name: string; chosen: boolean } | null;
  units?: UnitOptions;
  children: React.ReactNode;
}) {
  const t = await getTranslations("fieldUi.communePicker");
  return (
    <div className="space-y-4">
      <PageHeader
        title={title}
        subtitle={
          commune?.chosen ? (
            <>
              {t("writingInto", { commune: commune.name })} ·{" "}
              <Link href={path} className="text-union-700 underline">
                {t("change")}
              </Link>
            </>
          ) : undefined
        }
      />
      <Card>{commune ? children : units ? <CommunePicker units={units} action={path} /> : null}</Card>
    </div>
  );
}
