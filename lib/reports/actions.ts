"use server";

import { defineAction } from "@/lib/core/define-action";
import { issueCommuneReport } from "./commands";

export const issueReportAction = defineAction({
  attempt: { entity: "report", action: "issue" },
  command: issueCommuneReport,
  revalidate: ["/reports"],
  ok: () => ({ message: "reports.issue.issued" }),
  redirect: (result) => `/reports/${result.id}`,
});
