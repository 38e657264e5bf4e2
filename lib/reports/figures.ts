import type { ReportModel } from "./report-model";

// What an issued report is compared on against today's figures: the figures, not when they were read. Pure.

export function figuresOf(model: ReportModel): string {
  if (model.kind === "province") {
    const { communes, previous, trend } = model;
    return JSON.stringify({ communes, previous, trend });
  }
  const { households, counters, villages, desks, channels, procedures } = model;
  return JSON.stringify({
    households,
    counters: counters.current,
    villages,
    desks: desks.villages,
    channels,
    procedures,
  });
}
