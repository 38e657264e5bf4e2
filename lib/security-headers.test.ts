import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));

describe("security headers", () => {
  it("forbid framing, sniffing and third-party origins", () => {
    const csp = directives(contentSecurityPolicy("production"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const [, sources] of csp) for (const s of sources) expect(s).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    const byName = new Map(securityHeaders.map((h) => [h.key, h.value]));
    expect(byName.get("X-Content-Type-Options")).toBe("nosniff");
    expect(byName.get("Referrer-Policy")).toBe("same-origin");
    expect(byName.get("X-Frame-Options")).toBe("DENY");
  });

  it("allow eval only for next dev", () => {
    expect(directives(contentSecurityPolicy("production")).get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("test")).get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("development")).get("script-src")).toContain("'unsafe-eval'");
  });
});
