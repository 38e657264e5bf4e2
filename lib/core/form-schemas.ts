import { z } from "zod";
import { parseVietnameseDate, todayInVietnam } from "@/lib/i18n/format";

// Shared pieces of the field forms' zod schemas (the lists' URL parameters: lib/core/url-params.ts).

export const pageSize = 25;

/** Form ids arrive as text: "" → undefined, digits → a positive integer. */
export const optionalId = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  z.coerce.number({ message: "errors.invalid" }).int("errors.invalid").positive("errors.invalid").optional(),
);
export const requiredId = (message: string) =>
  z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.coerce.number({ message }).int(message).positive(message),
  );

/** An HTML checkbox: present ("on", "true", "1") = true. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const trimmed = (max: number, requiredKey: string) =>
  z.string({ message: requiredKey }).trim().min(1, requiredKey).max(max, "errors.tooLong");
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "errors.tooLong").optional(),
  );

/** dd/MM/yyyy (also yyyy-MM-dd from a date input) → "yyyy-MM-dd", between the program start and today. */
export const pastDate = (requiredKey: string) =>
  z
    .string({ message: requiredKey })
    .trim()
    .min(1, requiredKey)
    .transform((text, ctx) => {
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : parseVietnameseDate(text);
      if (!iso || !parseVietnameseDate(`${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`)) {
        ctx.addIssue({ code: "custom", message: "fieldUi.errors.dateFormat" });
        return z.NEVER;
      }
      if (iso > todayInVietnam()) {
        ctx.addIssue({ code: "custom", message: "fieldUi.errors.dateFuture" });
        return z.NEVER;
      }
      if (iso < "2020-01-01") {
        ctx.addIssue({ code: "custom", message: "fieldUi.errors.dateTooOld" });
        return z.NEVER;
      }
      return iso;
    });
