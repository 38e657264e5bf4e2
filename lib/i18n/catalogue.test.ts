import { describe, expect, it } from "vitest";
import { loadMessages } from "./catalogue";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("message catalogue", () => {
  const vi = loadMessages("vi", { fresh: true });
  const en = loadMessages("en", { fresh: true });

  it("has every Vietnamese key in English and vice versa", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("has no empty message", () => {
    for (const [locale, messages] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      const empty = keys(messages).filter((k) => {
        const value = k.split(".").reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, `${locale} empty messages`).toEqual([]);
    }
  });

  it("writes Vietnamese with its diacritics", () => {
    expect((vi.login as Record<string, string>).title).toBe("Đăng nhập");
  });
});
