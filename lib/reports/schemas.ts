import { z } from "zod";
import { reportPeriodKinds } from "./period";

// The issue form's fields as they arrive from FormData. The period travels as the URL names it
// (period, at, from, to) and is read again by resolveReportPeriod, which refuses nonsense.

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

export const issueInput = z.object({
  communeId: z.coerce
    .number({ error: "reports.errors.communeRequired" })
    .int("reports.errors.communeRequired")
    .positive("reports.errors.communeRequired"),
  period: z.enum(reportPeriodKinds, { error: "reports.errors.invalidPeriod" }),
  at: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  assessment: text(8000, "reports.errors.assessmentRequired", "reports.errors.textTooLong"),
  nextSteps: text(8000, "reports.errors.nextStepsRequired", "reports.errors.textTooLong"),
  recipients: text(2000, "reports.errors.recipientsRequired", "reports.errors.textTooLong"),
  signer: text(120, "reports.errors.signerRequired", "reports.errors.textTooLong"),
});
export type IssueInput = z.infer<typeof issueInput>;

/** The province report's issue form: the same fields, the province instead of the commune. */
export const issueProvinceInput = issueInput.omit({ communeId: true }).extend({
  provinceId: z.coerce
    .number({ error: "reports.errors.provinceRequired" })
    .int("reports.errors.provinceRequired")
    .positive("reports.errors.provinceRequired"),
});

/** The center report's issue form: the same fields, the service center instead of the commune. */
export const issueCenterInput = issueInput.omit({ communeId: true }).extend({
  centerId: z.coerce
    .number({ error: "reports.errors.centerRequired" })
    .int("reports.errors.centerRequired")
    .positive("reports.errors.centerRequired"),
});
