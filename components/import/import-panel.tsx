"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { asLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ImportEvent, ImportKind, ImportSummary } from "@/lib/import/types";
import { ImportResult } from "./import-result";
import { ProgressBar } from "./progress-bar";
import { sendImport } from "./send-import";

type Stage = "idle" | "previewing" | "previewed" | "committing" | "committed";
interface Progress {
  text: string;
  done: number;
  total: number;
}

/** Choose a file → preview (nothing written) → write all rows in one step, with progress. */
export function ImportPanel({
  kind,
  communes,
  listHref,
}: {
  kind: ImportKind;
  communes: { id: number; name: string }[] | null;
  listHref: string;
}) {
  const t = useTranslations("import");
  const raw = useLocale();
  const locale = asLocale(raw);
  const n = (v: number) => formatNumber(v, locale);
  const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
  const ids = { file: useId(), commune: useId(), status: useId(), skip: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [communeId, setCommuneId] = useState("");
  const [skipExisting, setSkipExisting] = useState(false);
  const [stage, setStage] = useState<Stage>("idle");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [written, setWritten] = useState<number | null>(null);

  const busy = stage === "previewing" || stage === "committing";

  function onEvent(event: ImportEvent) {
    if (event.type === "progress") {
      const bytes = event.phase === "received";
      setProgress({
        text: t(`phases.${event.phase}`, {
          done: bytes ? mb(event.done) : n(event.done),
          total: bytes ? mb(event.total) : n(event.total),
        }),
        done: event.done,
        total: event.total,
      });
    } else if (event.type === "preview") {
      setSummary(event.summary);
    } else if (event.type === "committed") {
      setSummary(event.summary);
      setWritten(event.written);
    } else {
      setMessage(event.message);
    }
  }

  async function run(mode: "preview" | "commit") {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage(t("errors.fileTooLargeClient", { file: file.name, size: mb(file.size) }));
      return;
    }
    setMessage(null);
    setWritten(null);
    if (mode === "preview") setSummary(null);
    setStage(mode === "preview" ? "previewing" : "committing");
    const params = new URLSearchParams({ kind, mode });
    if (communes && communeId) params.set("communeId", communeId);
    if (skipExisting) params.set("skipExisting", "1");
    if (mode === "commit" && summary) params.set("sha256", summary.sha256);
    let failed = false;
    let committed = false;
    try {
      await sendImport(`/api/import?${params}`, file, {
        onUpload: (sent, total) =>
          setProgress({ text: t("phases.upload", { done: mb(sent), total: mb(total) }), done: sent, total }),
        onEvent: (event) => {
          if (event.type === "error") failed = true;
          if (event.type === "committed") committed = true;
          onEvent(event);
        },
      });
    } catch {
      failed = true;
      setMessage(t("errors.network"));
    }
    setProgress(null);
    setStage(committed ? "committed" : failed && mode === "preview" ? "idle" : "previewed");
  }

  function reset() {
    setFile(null);
    setSummary(null);
    setMessage(null);
    setWritten(null);
    setStage("idle");
    if (fileInput.current) fileInput.current.value = "";
  }

  const canCommit = stage === "previewed" && summary !== null && summary.withErrors === 0 && summary.valid > 0;
  const button =
    "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium shadow-sm transition";

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run("preview");
        }}
      >
        {communes ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.commune} className="text-sm font-medium text-slate-700">
              {t("commune")}
            </label>
            <select
              id={ids.commune}
              value={communeId}
              onChange={(e) => setCommuneId(e.target.value)}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              disabled={busy}
            >
              <option value="">{t("chooseCommune")}</option>
              {communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex min-w-72 flex-1 flex-col gap-1">
          <label htmlFor={ids.file} className="text-sm font-medium text-slate-700">
            {t("file")}
          </label>
          <input
            ref={fileInput}
            id={ids.file}
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            aria-describedby={`${ids.file}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setSummary(null);
              setMessage(null);
              setWritten(null);
              setStage("idle");
            }}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          />
          <p id={`${ids.file}-hint`} className="text-xs text-slate-500">
            {t("fileHint")}
          </p>
        </div>
        <label htmlFor={ids.skip} className="flex items-center gap-2 self-center text-sm text-slate-700">
          <input
            id={ids.skip}
            type="checkbox"
            checked={skipExisting}
            disabled={busy}
            onChange={(e) => {
              // The preview counts skipped rows: a new choice needs a new preview.
              setSkipExisting(e.target.checked);
              setSummary(null);
              setWritten(null);
              setStage("idle");
            }}
            className="size-4 rounded border-slate-300"
          />
          {t("skipExisting")}
        </label>
        <button
          type="submit"
          disabled={!file || busy}
          aria-disabled={!file || busy}
          className={`${button} bg-union-600 text-white hover:bg-union-700 disabled:bg-union-300`}
        >
          {stage === "previewing" ? t("previewing") : t("preview")}
        </button>
      </form>

      {progress ? (
        <ProgressBar label={t("progressLabel")} text={progress.text} done={progress.done} total={progress.total} />
      ) : null}

      <div id={ids.status} aria-live="polite" role="status" data-testid="import-status" className="space-y-2">
        {message ? (
          <p className="rounded-md border border-danger-500/30 bg-danger-50 px-3 py-2 text-sm text-danger-700">
            {message}
          </p>
        ) : null}
        {stage === "committed" && written !== null && summary ? (
          <p className="rounded-md border border-covered-500/30 bg-covered-50 px-3 py-2 text-sm text-covered-700">
            {summary.skipped > 0
              ? t("doneSkipped", { count: n(written), file: summary.fileName, skipped: n(summary.skipped) })
              : t("done", { count: n(written), file: summary.fileName })}{" "}
            <Link href={listHref} className="font-medium underline">
              {t("viewList")}
            </Link>
          </p>
        ) : null}
        {stage === "previewed" && summary ? (
          <p className="text-sm text-slate-700">
            {summary.withErrors > 0 ? t("summary.nothingWritten") : t("summary.ready")}
          </p>
        ) : null}
      </div>

      {summary ? <ImportResult summary={summary} /> : null}

      {summary ? (
        <div className="flex flex-wrap gap-2">
          {stage !== "committed" ? (
            <button
              type="button"
              onClick={() => void run("commit")}
              disabled={!canCommit}
              aria-disabled={!canCommit}
              className={`${button} bg-union-600 text-white hover:bg-union-700 disabled:bg-union-300`}
            >
              {stage === "committing" ? t("committing") : t("commit", { count: n(summary.valid) })}
            </button>
          ) : null}
          <button
            type="button"
            onClick={reset}
            disabled={busy}
            className={`${button} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
          >
            {t("reset")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
