import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./cross-site";

const request = (headers: Record<string, string>) => new Headers({ host: "127.0.0.1:3000", ...headers });

describe("a download sent by another site", () => {
  it("is refused when the browser says so (Sec-Fetch-Site)", () => {
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "cross-site" }))).toBe(true);
    // A sibling subdomain is another application: refused too.
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "same-site" }))).toBe(true);
  });

  it("is refused when its Origin is another host (or opaque)", () => {
    expect(isCrossSiteRequest(request({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(request({ origin: "http://127.0.0.1:4000" }))).toBe(true);
    expect(isCrossSiteRequest(request({ origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(request({ origin: "not a url" }))).toBe(true);
    // Sec-Fetch-Site wins over a same-origin-looking Origin.
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000" }))).toBe(true);
  });

  it("is let through from our own pages, a typed address, or a client that says nothing", () => {
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSiteRequest(request({ "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" }))).toBe(
      false,
    );
    expect(isCrossSiteRequest(request({}))).toBe(false);
  });

  it("knows the app's host behind a proxy (X-Forwarded-Host, the public URL)", () => {
    const behindProxy = { host: "app:3000", "x-forwarded-host": "dash.example.vn", origin: "https://dash.example.vn" };
    expect(isCrossSiteRequest(new Headers(behindProxy))).toBe(false);
    expect(
      isCrossSiteRequest(
        new Headers({ host: "app:3000", origin: "https://dash.example.vn" }),
        "https://dash.example.vn",
      ),
    ).toBe(false);
    expect(
      isCrossSiteRequest(
        new Headers({ host: "app:3000", origin: "https://other.example.vn" }),
        "https://dash.example.vn",
      ),
    ).toBe(true);
  });
});
