import { describe, expect, it } from "vitest";
import { requestOrigin, safeCallbackPath } from "./callback-url";

const origin = "http://127.0.0.1:3121";

describe("the page to return to after sign-in", () => {
  it.each([
    ["/households", "/households"],
    ["/households?page=2&village=4#list", "/households?page=2&village=4#list"],
    ["/", "/"],
    // What the proxy sends for a deep link: an absolute URL on this origin.
    [`${origin}/households?page=2`, "/households?page=2"],
    ["/villages/12", "/villages/12"],
  ])("keeps %s", (value, expected) => {
    expect(safeCallbackPath(value, origin)).toBe(expected);
  });

  it.each([
    "/%09/evil.example",
    "/%0a/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "https://evil.example/households",
    "http://127.0.0.1:3121.evil.example/",
    "http://127.0.0.1:9999/households",
    "https://127.0.0.1:3121/households",
    "javascript:alert(1)",
    "data:text/html,hi",
    "evil.example/x",
    " /households",
    "/%E0%A4%A",
    "/login",
    "/login?callbackUrl=/x",
    "",
    "x".repeat(3000),
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value, origin)).toBe("/");
  });

  it("refuses what is not text", () => {
    expect(safeCallbackPath(null, origin)).toBe("/");
    expect(safeCallbackPath(undefined, origin)).toBe("/");
  });

  it("takes the origin from the request's host and protocol", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3121", "x-forwarded-proto": "http" }))).toBe(origin);
    expect(
      requestOrigin(new Headers({ host: "a", "x-forwarded-host": "dash.example", "x-forwarded-proto": "https" })),
    ).toBe("https://dash.example");
  });
});
