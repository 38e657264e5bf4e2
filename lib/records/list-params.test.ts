import { describe, expect, it } from "vitest";
import { parseRecordFilters, recordFiltersQuery, safeRecordsPath } from "./list-params";
import { supportRecordSchema } from "./schemas";

describe("records list URL", () => {
  it("parses filters, ignores junk, and writes them back", () => {
    const f = parseRecordFilters({
      from: "01/11/2026",
      to: "2026-11-20",
      village: "12",
      channel: "center",
      volunteer: "x",
      sort: "village",
      dir: "asc",
      page: "3",
    });
    expect(f).toEqual({
      from: "2026-11-01",
      to: "2026-11-20",
      villageId: 12,
      channel: "center",
      memberId: undefined,
      sort: "village",
      dir: "asc",
      page: 3,
    });
    expect(recordFiltersQuery(f, { page: 1 })).toBe(
      "?from=2026-11-01&to=2026-11-20&village=12&channel=center&sort=village&dir=asc",
    );
    expect(parseRecordFilters({ sort: "drop table", channel: "boat", page: "-2", from: "31/02/2026" })).toEqual({
      sort: "servedOn",
      dir: "desc",
      page: 1,
    });
  });

  it("swaps a reversed date range", () => {
    expect(parseRecordFilters({ from: "2026-11-20", to: "2026-11-01" })).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-20",
    });
  });

  it("only returns to the records pages", () => {
    expect(safeRecordsPath("/records/list?page=2", "/x")).toBe("/records/list?page=2");
    expect(safeRecordsPath("https://evil.example/records", "/records")).toBe("/records");
    expect(safeRecordsPath("//evil.example", "/records")).toBe("/records");
    expect(safeRecordsPath("/records/../admin", "/records")).toBe("/records");
  });
});

describe("support record schema", () => {
  const schema = supportRecordSchema("2026-11-20");
  const base = {
    servedOn: "20/11/2026",
    channel: "center",
    villageId: "1",
    memberId: "2",
    peopleServed: "4",
    householdsServed: "",
  };

  it("reads a form: blanks are zero, procedures deduplicated, ISO dates accepted", () => {
    const parsed = schema.parse({ ...base, procedures: ["sim", "eid_level2", "sim"], servedOn: "2026-11-20" });
    expect(parsed).toMatchObject({
      servedOn: "2026-11-20",
      villageId: 1,
      memberId: 2,
      peopleServed: 4,
      householdsServed: 0,
      simsGiven: 0,
      procedures: ["eid_level2", "sim"],
    });
    expect(schema.parse({ ...base, procedures: "sim" }).procedures).toEqual(["sim"]);
  });

  it("allows exactly 500 and refuses 501", () => {
    expect(schema.safeParse({ ...base, peopleServed: "500" }).success).toBe(true);
    expect(schema.safeParse({ ...base, peopleServed: "501" }).error?.issues[0]?.message).toBe(
      "records.errors.counterTooLarge",
    );
  });
});
