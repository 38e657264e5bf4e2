import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ImportKind } from "@/lib/import/types";

/** "Nhập từ tệp" on a list page, opening the import for that list's kind. */
export async function ImportLink({ kind, className }: { kind: ImportKind; className: string }) {
  const t = await getTranslations("import");
  return (
    <Link href={`/import?kind=${kind}`} className={className} data-testid="import-link">
      {t("link")}
    </Link>
  );
}
