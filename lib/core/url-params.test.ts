import { describe, expect, it } from "vitest";
import {
  firstValue,
  hrefWith,
  idParam,
  idParamOrInvalid,
  oneOfParam,
  pageParam,
  positiveId,
  textParam,
} from "./url-params";

describe("URL parameter readers", () => {
  it("read the first value, trimmed, and treat blanks as absent", () => {
    expect(textParam({ q: ["  hải ", "x"] }, "q")).toBe("hải");
    expect(textParam({ q: "   " }, "q")).toBeUndefined();
    expect(textParam({}, "q")).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
  });

  it("accept only positive ids that fit the database's integer", () => {
    expect(idParam({ village: "12" }, "village")).toBe(12);
    for (const bad of ["0", "-3", "1e3", "1.0", "12abc", "9999999999", "1 or 1=1"])
      expect(idParam({ village: bad }, "village")).toBeUndefined();
    expect(positiveId(" 7 ")).toBe(7);
  });

  it("tell an absent id from a malformed one where a page must answer not found", () => {
    expect(idParamOrInvalid({}, "commune")).toBeNull();
    expect(idParamOrInvalid({ commune: "" }, "commune")).toBeNull();
    expect(idParamOrInvalid({ commune: "4" }, "commune")).toBe(4);
    expect(idParamOrInvalid({ commune: "x" }, "commune")).toBe("invalid");
    expect(idParamOrInvalid({ commune: "0" }, "commune")).toBe("invalid");
  });

  it("keep a value only when it is one of the allowed ones", () => {
    expect(oneOfParam({ dir: "asc" }, "dir", ["asc", "desc"] as const)).toBe("asc");
    expect(oneOfParam({ dir: "up" }, "dir", ["asc", "desc"] as const)).toBeUndefined();
  });

  it("read a page between 1 and 100,000, else page 1", () => {
    expect(pageParam({ page: "3" })).toBe(3);
    for (const bad of ["0", "-2", "x", "100001", "2.5", ""]) expect(pageParam({ page: bad })).toBe(1);
    expect(pageParam({})).toBe(1);
  });
});

describe("hrefWith", () => {
  it("changes one parameter and keeps the others", () => {
    expect(hrefWith("/members", { q: "an", sort: "name", page: "3" }, { page: 4 })).toBe(
      "/members?q=an&sort=name&page=4",
    );
  });

  it("removes a parameter changed to null, undefined or blank", () => {
    expect(
      hrefWith(
        "/",
        { period: "month", from: "2026-11-01", to: "2026-11-20" },
        { period: "week", from: null, to: undefined },
      ),
    ).toBe("/?period=week");
    expect(hrefWith("/", { village: "3" }, { village: "" })).toBe("/");
  });

  it("keeps every value of a repeated parameter it does not change, in order", () => {
    expect(hrefWith("/households", { f: ["elderly", "poor"], page: "2" }, { page: null })).toBe(
      "/households?f=elderly&f=poor",
    );
  });

  it("replaces every value of a repeated parameter it changes", () => {
    expect(hrefWith("/households", { f: ["elderly", "poor"] }, { f: "poor" })).toBe("/households?f=poor");
  });

  it("drops blank values and encodes the rest", () => {
    expect(hrefWith("/x", { a: "", b: ["", "c d"], c: undefined }, {})).toBe("/x?b=c+d");
    expect(hrefWith("/x", {}, {})).toBe("/x");
  });
});
