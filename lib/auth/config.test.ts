import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { authConfig, publicPaths } from "./config";

describe("session lifetime", () => {
  it("is a JWT that expires after SESSION_MAX_AGE_HOURS", () => {
    expect(authConfig.session.strategy).toBe("jwt");
    expect(authConfig.session.maxAge).toBe(env.SESSION_MAX_AGE_HOURS * 3600);
    // A working day by default, never unbounded.
    expect(env.SESSION_MAX_AGE_HOURS).toBeGreaterThan(0);
    expect(authConfig.session.maxAge).toBeLessThanOrEqual(30 * 24 * 3600);
  });

  it("lets only /login through the proxy without a session", () => {
    const authorized = authConfig.callbacks.authorized;
    const request = (path: string) => ({ nextUrl: new URL(path, "http://127.0.0.1") }) as never;
    expect(publicPaths).toEqual(["/login"]);
    expect(authorized({ auth: null, request: request("/login") })).toBe(true);
    const redirectOf = (path: string) => {
      const answer = authorized({ auth: null, request: request(path) }) as unknown;
      expect(answer).toBeInstanceOf(Response);
      return new URL((answer as Response).headers.get("location")!);
    };
    expect(redirectOf("/account/security").pathname).toBe("/login");
    expect(redirectOf("/loginx").pathname).toBe("/login");
    // A deep link comes back as a path (the proxy's own origin is not the browser's).
    expect(redirectOf("/households?page=2").searchParams.get("callbackUrl")).toBe("/households?page=2");
    expect(authorized({ auth: { uid: "3", expires: "" } as never, request: request("/") })).toBe(true);
  });
});
