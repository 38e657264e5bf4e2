import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { RecordForm } from "@/components/records/record-form";
import { RecordsNav } from "@/components/records/records-nav";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/auth/viewer";
import { positiveId, type SearchParams } from "@/lib/core/url-params";
import { formatDate } from "@/lib/i18n/format";
import { safeRecordsPath } from "@/lib/records/list-params";
import { mayWriteChannel, writableChannels } from "@/lib/records/permissions";
import { entryOptions, recordForEdit } from "@/lib/records/queries";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: (await getTranslations("records"))("editTitle", { id }) };
}

export default async function EditRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const viewer = await requireViewer();
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const id = positiveId(rawId);
  // Out of scope reads exactly like missing: 404, nothing of the record shown.
  const record = id ? await recordForEdit(viewer, id) : null;
  if (!record || viewer.communeId == null || !mayWriteChannel(viewer, record.channel)) notFound();

  const [t, options] = await Promise.all([
    getTranslations("records"),
    entryOptions(viewer, { keepMemberId: record.memberIdNumber }),
  ]);
  const { memberIdNumber: _member, ...values } = record;
  const returnTo = safeRecordsPath(query.returnTo, `/records?date=${record.servedOn}`);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-xl font-semibold text-slate-900">{t("editTitle", { id: record.id })}</h1>
        <RecordsNav current={null} />
      </div>
      <Card className="p-4">
        <RecordForm
          mode="edit"
          options={options}
          channels={writableChannels(viewer)}
          returnTo={returnTo}
          cancelHref={returnTo}
          initial={{ ...values, servedOn: formatDate(record.servedOn) }}
        />
      </Card>
      <div className="flex justify-end">
        <DeleteRecordButton id={record.id} version={record.version} returnTo={returnTo} />
      </div>
    </div>
  );
}
