import { describe, expect, it } from "vitest";
import { accountListHref, defaultAccountListParams, foldVietnamese, parseAccountListParams } from "./list-params";

describe("account list parameters", () => {
  it("reads filters, sort and page from the URL", () => {
    expect(
      parseAccountListParams({
        q: " hải ",
        role: "commune_secretary",
        unit: "c12",
        status: "inactive",
        sort: "lastLogin",
        dir: "desc",
        page: "3",
      }),
    ).toEqual({
      q: "hải",
      role: "commune_secretary",
      unit: { kind: "commune", id: 12 },
      status: "inactive",
      sort: "lastLogin",
      dir: "desc",
      page: 3,
    });
  });
  it("falls back to defaults on anything unknown", () => {
    expect(
      parseAccountListParams({ role: "root", unit: "x1", status: "maybe", sort: "password", dir: "up", page: "-2" }),
    ).toEqual(defaultAccountListParams);
  });
  it("writes links that round-trip and leave defaults out", () => {
    const params = parseAccountListParams({ q: "an", unit: "p3", page: "2" });
    expect(accountListHref(params)).toBe("/accounts?q=an&unit=p3&page=2");
    expect(accountListHref(params, { page: 1 })).toBe("/accounts?q=an&unit=p3");
    expect(accountListHref(defaultAccountListParams)).toBe("/accounts");
  });
});

describe("foldVietnamese", () => {
  it("drops diacritics and đ", () => {
    expect(foldVietnamese("Nguyễn Văn Hải")).toBe("nguyen van hai");
    expect(foldVietnamese("ĐÀ NẴNG")).toBe("da nang");
  });
});
