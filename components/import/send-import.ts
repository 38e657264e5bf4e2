import type { ImportEvent } from "@/lib/import/types";

// Sends a file to the import route and reads the NDJSON answer as it streams in. XMLHttpRequest,
// not fetch: browsers report upload progress only for XHR (a fetch body can't be watched over
// HTTP/1.1), and XHR's onprogress hands over the response text as it arrives.

export interface SendOptions {
  onUpload: (sent: number, total: number) => void;
  onEvent: (event: ImportEvent) => void;
}

export function sendImport(url: string, file: File, options: SendOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    const drain = () => {
      const text = xhr.responseText;
      let end = text.indexOf("\n", seen);
      while (end !== -1) {
        const line = text.slice(seen, end).trim();
        seen = end + 1;
        if (line) {
          try {
            options.onEvent(JSON.parse(line) as ImportEvent);
          } catch {
            // A line that is not JSON (a proxy's error page) ends as a network error below.
          }
        }
        end = text.indexOf("\n", seen);
      }
    };
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => options.onUpload(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onprogress = drain;
    xhr.onload = () => {
      drain();
      resolve();
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("network"));
    xhr.send(file);
  });
}
