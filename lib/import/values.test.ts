import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/catalogue";
import { matchHeaders } from "./headers";
import { householdColumns } from "./households-spec";
import { memberColumns } from "./members-spec";
import { recordColumns } from "./records-spec";
import { booleanValue, dateValue, foldText, integerText } from "./values";

describe("header matching", () => {
  it("accepts Vietnamese headers with or without diacritics, any case or spacing, and English", () => {
    for (const header of ["Mã hộ", "ma ho", "MA_HO", "  Mã   Hộ ", "MAHO", "Household code"]) {
      expect(matchHeaders([header, "Ngày"], recordColumns).index.get("household"), header).toBe(0);
    }
    const match = matchHeaders(
      ["NGAY HO TRO", "hinh thuc", "Thôn, tổ dân phố", "Tình nguyện viên", "Cột lạ"],
      recordColumns,
    );
    expect(match.missing).toEqual([]);
    expect(match.columns.map((c) => c.field)).toEqual(["servedOn", "channel", "village", "volunteer", null]);
  });

  it("names the required columns a file lacks", () => {
    expect(matchHeaders(["Mã hộ"], householdColumns).missing).toEqual(["headName", "village"]);
  });

  it("reads every template header back as its own field (vi and en)", () => {
    const specs = { records: recordColumns, households: householdColumns, members: memberColumns };
    for (const locale of ["vi", "en"] as const) {
      const templates = (loadMessages(locale).import as { templates: Record<string, { headers: string[] }> }).templates;
      for (const [kind, spec] of Object.entries(specs)) {
        const match = matchHeaders(templates[kind]!.headers, spec);
        expect(
          match.columns.filter((c) => c.field === null).map((c) => c.header),
          `${locale} ${kind}`,
        ).toEqual([]);
        expect(match.missing).toEqual([]);
      }
    }
  });
});

describe("cell values", () => {
  it("folds diacritics and đ", () => expect(foldText("Đường Giàn Bí")).toBe("duong gian bi"));

  it("reads dd/MM/yyyy, d/M/yyyy, ISO, Excel dates and serial numbers", () => {
    expect(dateValue("05/03/2025")).toBe("2025-03-05");
    expect(dateValue("5/3/2025")).toBe("2025-03-05");
    expect(dateValue("2025-03-05")).toBe("2025-03-05");
    expect(dateValue(new Date(Date.UTC(2025, 2, 5)))).toBe("2025-03-05");
    expect(dateValue(45721)).toBe("2025-03-05");
    expect(dateValue("05/03/2025 00:00:00")).toBe("2025-03-05");
    // Not a date: left as typed for the schema to report.
    expect(dateValue("31/02/2025")).toBe("31/02/2025");
  });

  it("reads Vietnamese thousands and whole numbers typed with a decimal zero", () => {
    expect(integerText("1.350")).toBe("1350");
    expect(integerText("12,0")).toBe("12");
    expect(integerText(7)).toBe("7");
    expect(integerText("12,5")).toBe("12,5");
    expect(integerText("")).toBe("");
  });

  it("reads yes/no in both languages and refuses anything else", () => {
    expect([
      booleanValue("Có"),
      booleanValue("x"),
      booleanValue("KHÔNG"),
      booleanValue(""),
      booleanValue(true),
    ]).toEqual([true, true, false, false, true]);
    expect(booleanValue("có lẽ")).toBeNull();
  });
});

describe("messages", () => {
  it("every message key the import can send exists in Vietnamese and English", () => {
    const dir = path.join(process.cwd(), "lib/import");
    const source = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const keys = [
      ...new Set(
        [
          ...source.matchAll(
            /"((?:import|records|households|members|fieldUi|errors)\.errors?\.[A-Za-z.]+|errors\.[A-Za-z]+)"/g,
          ),
        ].map((m) => m[1]!),
      ),
    ];
    expect(keys.length).toBeGreaterThan(20);
    for (const locale of ["vi", "en"] as const) {
      const messages = loadMessages(locale);
      const missing = keys.filter(
        (key) =>
          key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages) ===
          undefined,
      );
      expect(missing, locale).toEqual([]);
    }
  });
});
