"use server";

import { defineAction } from "@/lib/core/define-action";
import { issueCenterReport, issueCommuneReport, issueProvinceReport } from "./commands";

export const issueReportAction = defineAction({
  attempt: { entity: "report", action: "issue" },
  command: issueCommuneReport,
  revalidate: ["/reports"],
  ok: () => ({ message: "reports.issue.issued" }),
  redirect: (result) => `/reports/${result.id}`,
});

export const issueProvinceReportAction = defineAction({
  attempt: { entity: "report", action: "issue" },
  command: issueProvinceReport,
  revalidate: ["/reports"],
  ok: () => ({ message: "reports.issue.issued" }),
  redirect: (result) => `/reports/${result.id}`,
});

export const issueCenterReportAction = defineAction({
  attempt: { entity: "report", action: "issue" },
  command: issueCenterReport,
  revalidate: ["/reports"],
  ok: () => ({ message: "reports.issue.issued" }),
  redirect: (result) => `/reports/${result.id}`,
});
