import http from "node:http";

// A slow database, made deterministic. On the demo the streamed widgets usually reach the browser
// in the same network packet as the page's head, so the skeletons are never painted and a layout
// shift they cause never shows up here — yet it does at province scale, where the communes' query
// takes longer (Lighthouse measured 0.6 on /province). This loopback proxy hands the browser the
// page's head with its skeletons, then holds back each streamed Suspense segment until the test
// releases it, one at a time, in the order the server finished them: every state a slow server
// shows is painted, without a fixed delay anywhere.

/** React streams a finished boundary as `<div hidden id="S:n">…` followed by the script that swaps it in. */
const segmentStart = '<div hidden id="S:';

export interface HeldStream {
  /** The proxy's origin (an OS-assigned loopback port); cookies for 127.0.0.1 apply to it too. */
  url: string;
  /** Segments of the current page not yet sent. */
  held(): number;
  /** Sends the next held segment (the last one also ends the response). */
  releaseNext(): void;
  close(): Promise<void>;
}

function isDocument(req: http.IncomingMessage) {
  return req.method === "GET" && req.headers["sec-fetch-dest"] === "document";
}

/** Splits a page before each streamed segment: the head (with the skeletons), then one part per boundary. */
export function splitAtSegments(html: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = html.indexOf(segmentStart); at >= 0; at = html.indexOf(segmentStart, at + 1)) {
    parts.push(html.slice(from, at));
    from = at;
  }
  parts.push(html.slice(from));
  return parts;
}

export async function heldStreamProxy(target: string): Promise<HeldStream> {
  const upstream = new URL(target);
  let queue: { parts: string[]; res: http.ServerResponse } | null = null;

  const server = http.createServer((req, res) => {
    const document = isDocument(req);
    const headers = { ...req.headers, ...(document ? { "accept-encoding": "identity" } : {}) };
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (up) => {
        const type = String(up.headers["content-type"] ?? "");
        if (!document || !type.startsWith("text/html")) {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        up.on("data", (c: Buffer) => chunks.push(c));
        up.on("end", () => {
          const [head, ...segments] = splitAtSegments(Buffer.concat(chunks).toString("utf8"));
          const { "content-length": _length, "transfer-encoding": _encoding, ...rest } = up.headers;
          res.writeHead(up.statusCode ?? 502, rest);
          res.write(head);
          if (segments.length === 0) res.end();
          else queue = { parts: segments, res };
        });
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    held: () => queue?.parts.length ?? 0,
    releaseNext() {
      if (!queue) return;
      const part = queue.parts.shift()!;
      if (queue.parts.length === 0) {
        queue.res.end(part);
        queue = null;
      } else {
        queue.res.write(part);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        queue?.res.end(queue.parts.join(""));
        queue = null;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
