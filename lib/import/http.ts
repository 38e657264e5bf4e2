import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { commitImport, ImportRejected, previewImport } from "./engine";
import { MAX_IMPORT_BYTES } from "./file-read";
import { isSameOrigin } from "./same-origin";
import { ImportFileError, isImportKind, type ImportEvent, type ImportSummary } from "./types";

// The import route's body: reads the uploaded bytes (refusing more than 50 MB before reading them
// all), runs preview or commit, and streams progress as NDJSON (one JSON event per line) so the
// screen can draw a progress bar for a 50,000-row file. Messages go out translated.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const line = (event: ImportEvent) => `${JSON.stringify(event)}\n`;
const headers = {
  "Content-Type": "application/x-ndjson; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

/** A one-line NDJSON answer (refusals before any work starts). */
export function eventResponse(status: number, event: ImportEvent): Response {
  return new Response(line(event), { status, headers });
}

/** The body, up to `limit` bytes; more is refused as soon as it is seen (no full read). */
async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  onBytes: (n: number) => Promise<void>,
): Promise<Uint8Array> {
  if (!body) throw new ImportFileError("import.errors.emptyFile");
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ImportFileError("import.errors.tooLarge");
    }
    parts.push(value);
    if (size - reported > 1024 * 1024) {
      reported = size;
      await onBytes(size);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return bytes;
}

function translated(summary: ImportSummary, t: Translate): ImportSummary {
  return { ...summary, errors: summary.errors.map((e) => ({ ...e, message: t(e.message, e.values) })) };
}

export interface ImportRequest {
  kind: string | null;
  mode: string | null;
  communeId: string | null;
  sha256: string | null;
  fileName: string | null;
  contentLength: string | null;
  /** "1": skip rows already stored instead of refusing the file. */
  skipExisting: string | null;
  /** The request's Origin header, and the host it was sent to (X-Forwarded-Host, else Host). */
  origin: string | null;
  host: string | null;
  body: ReadableStream<Uint8Array> | null;
}

export function importResponse(db: Database, viewer: Viewer, request: ImportRequest, t: Translate): Response {
  if (!isSameOrigin(request.origin, request.host))
    return eventResponse(403, { type: "error", message: t("import.errors.crossOrigin") });
  const kind = request.kind;
  if (!isImportKind(kind) || (request.mode !== "preview" && request.mode !== "commit")) {
    return eventResponse(400, { type: "error", message: t("import.errors.badRequest") });
  }
  const declared = Number(request.contentLength ?? "0");
  if (declared > MAX_IMPORT_BYTES) return eventResponse(413, { type: "error", message: t("import.errors.tooLarge") });
  const communeId = request.communeId && /^\d+$/.test(request.communeId) ? Number(request.communeId) : null;
  let fileName = "import";
  try {
    fileName = decodeURIComponent(request.fileName ?? "import").slice(0, 200);
  } catch {
    // A name that does not decode is only a label.
  }
  const mode = request.mode;
  const sha256 = request.sha256 ?? "";

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = async (event: ImportEvent) => {
        controller.enqueue(encoder.encode(line(event)));
        // Let the chunk leave before the next CPU-bound stretch.
        await new Promise((resolve) => setImmediate(resolve));
      };
      try {
        const bytes = await readLimited(request.body, MAX_IMPORT_BYTES, (n) =>
          send({ type: "progress", phase: "received", done: n, total: declared || n }),
        );
        await send({ type: "progress", phase: "received", done: bytes.byteLength, total: bytes.byteLength });
        const input = { kind, bytes, fileName, communeId, skipExisting: request.skipExisting === "1" };
        if (mode === "preview") {
          const summary = await previewImport(db, viewer, input, { onEvent: send });
          await send({ type: "preview", summary: translated(summary, t) });
        } else {
          const { summary, written } = await commitImport(db, viewer, { ...input, sha256 }, { onEvent: send });
          await send({ type: "committed", summary: translated(summary, t), written });
        }
      } catch (error) {
        if (error instanceof ImportRejected) {
          await send({ type: "preview", summary: translated(error.summary, t) });
          await send({ type: "error", message: t(error.key) });
        } else if (error instanceof ImportFileError) {
          await send({ type: "error", message: t(error.key, error.values) });
        } else if (error instanceof ExpectedError) {
          await send({ type: "error", message: t(error.key) });
        } else {
          console.error("import failed", error);
          await send({ type: "error", message: t("errors.unexpected") });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers });
}
