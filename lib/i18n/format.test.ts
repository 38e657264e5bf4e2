import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatVnd,
  parseVietnameseDate,
  todayInVietnam,
} from "./format";

describe("vi-VN formats", () => {
  it("groups thousands with a dot in Vietnamese, a comma in English", () => {
    expect(formatNumber(1350, "vi")).toBe("1.350");
    expect(formatNumber(1350, "en")).toBe("1,350");
    expect(formatNumber(1234567, "vi")).toBe("1.234.567");
  });
  it("writes percentages with a decimal comma in Vietnamese", () => {
    expect(formatPercent(0.125, "vi")).toBe("12,5%");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
  });
  it("formats money in VND without decimals", () => {
    expect(formatVnd(500000, "vi").replace(/\s/g, " ")).toBe("500.000 ₫");
  });
  it("writes dates day first", () => {
    expect(formatDate("2026-07-07")).toBe("07/07/2026");
    // 23:30 UTC on 6 July is already 7 July in Vietnam (UTC+7).
    expect(formatDate(new Date("2026-07-06T23:30:00Z"))).toBe("07/07/2026");
    expect(formatDateTime(new Date("2026-07-07T00:00:00Z"))).toBe("07/07/2026 07:00");
  });
  it("parses dd/MM/yyyy and rejects impossible dates", () => {
    expect(parseVietnameseDate("7/7/2026")).toBe("2026-07-07");
    expect(parseVietnameseDate("31/12/2025")).toBe("2025-12-31");
    expect(parseVietnameseDate("31/02/2026")).toBeNull();
    expect(parseVietnameseDate("2026-07-07")).toBeNull();
    expect(parseVietnameseDate("hôm qua")).toBeNull();
  });
  it("knows today's date in Vietnam", () => {
    expect(todayInVietnam(new Date("2026-11-22T18:00:00Z"))).toBe("2026-11-23");
  });
});
