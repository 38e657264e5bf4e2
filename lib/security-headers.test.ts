import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "./security-headers";

const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

describe("security headers", () => {
  it("forbid framing, sniffing and third-party origins", () => {
    const csp = directives(contentSecurityPolicy("abc", "production"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const [, sources] of csp) for (const s of sources) expect(s).toMatch(/^('[a-z-]+'|'nonce-abc'|data:|blob:)$/);
    const byName = new Map(securityHeaders.map((h) => [h.key, h.value]));
    expect(byName.get("X-Content-Type-Options")).toBe("nosniff");
    expect(byName.get("Referrer-Policy")).toBe("same-origin");
    expect(byName.get("X-Frame-Options")).toBe("DENY");
  });

  it("let scripts run only from our origin or with this request's nonce, never inline", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const scripts = directives(contentSecurityPolicy(nonce, "production")).get("script-src");
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it("allow eval only for next dev", () => {
    expect(directives(contentSecurityPolicy("n", "production")).get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", "test")).get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", "development")).get("script-src")).toContain("'unsafe-eval'");
  });

  it("say HTTPS (for HSTS) from the public URL, or from a trusted proxy's X-Forwarded-Proto only", () => {
    const none = { PUBLIC_URL: undefined, AUTH_URL: undefined, TRUSTED_PROXY_COUNT: 0 };
    expect(servedOverHttps(null, none)).toBe(false);
    // No trusted proxy: the header is the client's word.
    expect(servedOverHttps("https", none)).toBe(false);
    expect(servedOverHttps("https", { ...none, TRUSTED_PROXY_COUNT: 1 })).toBe(true);
    expect(servedOverHttps("http", { ...none, TRUSTED_PROXY_COUNT: 1 })).toBe(false);
    expect(servedOverHttps(null, { ...none, PUBLIC_URL: "https://mot-cong-hai-muoi.example.vn" })).toBe(true);
    expect(servedOverHttps(null, { ...none, AUTH_URL: "https://mot-cong-hai-muoi.example.vn" })).toBe(true);
    expect(servedOverHttps("https", { ...none, PUBLIC_URL: "http://10.0.0.5:3000" })).toBe(false);
  });
});
