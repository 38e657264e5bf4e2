"use server";

import { defineAction } from "@/lib/core/define-action";
import { createEntry, deleteEntry, recordLeave, swapEntries, updateEntry } from "./commands";
import { generateForPeriod } from "./generate";
import { acceptSwap, declineSwap, proposeSwap, withdrawSwap } from "./swap-requests";

// The roster's form actions: each runs its command (validate → authorize → one transaction →
// audit) through the shared wrapper, which audits refusals and refreshes the roster.

const revalidate = ["/roster"] as const;

export const generateRosterAction = defineAction({
  attempt: { entity: "duty_roster", action: "generate" },
  command: generateForPeriod,
  revalidate,
  ok: () => ({ message: "roster.generate.done" }),
});

export const createRosterEntryAction = defineAction({
  attempt: { entity: "roster_entry", action: "create" },
  command: createEntry,
  revalidate,
  ok: () => ({ message: "roster.entry.saved" }),
});

export const updateRosterEntryAction = defineAction({
  attempt: { entity: "roster_entry", action: "update" },
  command: updateEntry,
  revalidate,
  ok: () => ({ message: "roster.entry.saved" }),
});

export const deleteRosterEntryAction = defineAction({
  attempt: { entity: "roster_entry", action: "delete" },
  command: deleteEntry,
  revalidate,
  redirect: (entry) => `/roster?center=${entry.serviceCenterId}&date=${entry.day}`,
});

export const recordLeaveAction = defineAction({
  attempt: { entity: "member_leave", action: "create" },
  command: recordLeave,
  revalidate,
  ok: () => ({ message: "roster.leave.saved" }),
});

// The swap form's selects carry "id:version" so a stale choice is caught as a conflict.
const idAndVersion = (value: FormDataEntryValue | null) => {
  const [id, version] = String(value ?? "").split(":");
  return { id: id ?? "", version: version ?? "" };
};

const swapPair = (formData: FormData) => {
  const first = idAndVersion(formData.get("firstId"));
  const second = idAndVersion(formData.get("secondId"));
  return { firstId: first.id, firstVersion: first.version, secondId: second.id, secondVersion: second.version };
};

export const swapRosterEntriesAction = defineAction({
  attempt: { entity: "roster_entry", action: "swap" },
  command: swapEntries,
  input: swapPair,
  revalidate,
  ok: () => ({ message: "roster.swap.done" }),
});

// Swap proposals: the secretary proposes (and may withdraw), the director accepts or declines.

export const proposeRosterSwapAction = defineAction({
  attempt: { entity: "roster_swap_request", action: "propose" },
  command: proposeSwap,
  input: (formData) => ({ ...swapPair(formData), reason: formData.get("reason") ?? "" }),
  revalidate,
  ok: () => ({ message: "roster.swapRequests.proposed" }),
});

export const acceptRosterSwapAction = defineAction({
  attempt: { entity: "roster_swap_request", action: "accept" },
  command: acceptSwap,
  revalidate,
  ok: () => ({ message: "roster.swapRequests.accepted" }),
});

export const declineRosterSwapAction = defineAction({
  attempt: { entity: "roster_swap_request", action: "decline" },
  command: declineSwap,
  revalidate,
  ok: () => ({ message: "roster.swapRequests.declined" }),
});

export const withdrawRosterSwapAction = defineAction({
  attempt: { entity: "roster_swap_request", action: "withdraw" },
  command: withdrawSwap,
  revalidate,
  ok: () => ({ message: "roster.swapRequests.withdrawn" }),
});
