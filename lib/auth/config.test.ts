import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { authConfig, publicPaths, signInRedirect } from "./config";

describe("session lifetime", () => {
  it("is a JWT that expires after SESSION_MAX_AGE_HOURS", () => {
    expect(authConfig.session.strategy).toBe("jwt");
    expect(authConfig.session.maxAge).toBe(env.SESSION_MAX_AGE_HOURS * 3600);
    // A working day by default, never unbounded.
    expect(env.SESSION_MAX_AGE_HOURS).toBeGreaterThan(0);
    expect(authConfig.session.maxAge).toBeLessThanOrEqual(30 * 24 * 3600);
  });

  it("lets only /login through the proxy without a session", () => {
    const url = (path: string) => new URL(path, "http://127.0.0.1");
    expect(publicPaths).toEqual(["/login"]);
    expect(signInRedirect(false, url("/login"))).toBeNull();
    expect(signInRedirect(false, url("/account/security"))?.pathname).toBe("/login");
    expect(signInRedirect(false, url("/loginx"))?.pathname).toBe("/login");
    // A deep link comes back as a path (the proxy's own origin is not the browser's).
    expect(signInRedirect(false, url("/households?page=2"))?.searchParams.get("callbackUrl")).toBe(
      "/households?page=2",
    );
    expect(signInRedirect(true, url("/"))).toBeNull();
  });

  it("leaves the redirect to the proxy (an authorized callback's Response would skip its headers)", () => {
    expect((authConfig.callbacks as Record<string, unknown>).authorized).toBeUndefined();
  });
});
