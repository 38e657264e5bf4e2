import { getLocale, getTranslations } from "next-intl/server";
import { RecordForm } from "@/components/records/record-form";
import { RecordsNav } from "@/components/records/records-nav";
import { RecordsTable } from "@/components/records/records-table";
import { Card, CardHeader } from "@/components/ui/card";
import { requireViewer } from "@/lib/auth/viewer";
import { idParam, oneOfParam, type SearchParams } from "@/lib/core/url-params";
import { asLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, todayInVietnam } from "@/lib/i18n/format";
import { parseDateParam } from "@/lib/records/list-params";
import { mayWriteChannel, writableChannels } from "@/lib/records/permissions";
import { entryOptions, recordsOfDay } from "@/lib/records/queries";
import { counterFields } from "@/lib/records/schemas";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("title") };
}

export default async function RecordsEntryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const [t, rawLocale] = await Promise.all([getTranslations("records"), getLocale()]);
  const locale = asLocale(rawLocale);

  // The last entry's date, channel and village come back in the URL; the date never lies ahead.
  const today = todayInVietnam();
  const asked = parseDateParam(params.date);
  const day = asked && asked <= today ? asked : today;
  const channels = viewer.communeId != null ? writableChannels(viewer) : [];
  const savedId = idParam(params, "saved");

  const [options, rows] = await Promise.all([entryOptions(viewer), recordsOfDay(viewer, day)]);
  const village = idParam(params, "village");
  const channel = oneOfParam(params, "channel", channels);
  const returnTo = `/records?date=${day}`;
  const people = rows.reduce((sum, r) => sum + r.peopleServed, 0);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="text-sm text-slate-500">
            {channels.length > 0 ? t("entryIntro") : viewer.communeId == null ? t("noCommune") : t("readOnly")}
          </p>
        </div>
        <RecordsNav current="entry" />
      </div>

      <div role="status" aria-live="polite">
        {savedId ? (
          <p
            className="rounded-md border border-covered-500/30 bg-covered-50 px-3 py-2 text-sm text-covered-700"
            data-testid="saved-banner"
          >
            {t("saved", { id: savedId })}
          </p>
        ) : null}
      </div>

      {channels.length > 0 ? (
        <Card className="p-4">
          {channels.length === 1 && channels[0] === "center" ? (
            <p className="mb-2 text-xs text-slate-500">{t("centerOnly")}</p>
          ) : null}
          <RecordForm
            key={savedId ?? "new"}
            mode="create"
            options={options}
            channels={channels}
            initial={{
              servedOn: formatDate(day),
              channel: channel && channels.includes(channel) ? channel : channels[0]!,
              villageId: village && options.villages.some((v) => v.id === village) ? String(village) : "",
              householdCode: "",
              memberId: "",
              mobileDeskId: "",
              procedures: [],
              counters: Object.fromEntries(counterFields.map((f) => [f, ""])),
              note: "",
            }}
          />
        </Card>
      ) : null}

      <Card>
        <CardHeader
          title={t("day.title", { date: formatDate(day) })}
          aside={
            <span className="text-xs text-slate-500" data-testid="day-count">
              {t("day.count", { count: rows.length, people: formatNumber(people, locale) })}
            </span>
          }
        />
        <RecordsTable
          rows={rows}
          procedures={options.procedures}
          locale={locale}
          returnTo={returnTo}
          canChange={(row) => viewer.communeId != null && mayWriteChannel(viewer, row.channel)}
          emptyText={t("day.empty")}
          testId="day-records"
        />
      </Card>
    </div>
  );
}
