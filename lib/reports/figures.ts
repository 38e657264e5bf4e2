import type { ReportModel } from "./report-model";

// What an issued report is compared on against today's figures: the figures, not when they were read. Pure.

/** JSON with every object's keys sorted: a snapshot read back from jsonb has its keys reordered. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function figuresOf(model: ReportModel): string {
  if (model.kind === "province") {
    const { communes, previous, trend } = model;
    return stable({ communes, previous, trend });
  }
  if (model.kind === "center") {
    const { records, procedures, roster, helpers, desks } = model;
    return stable({ records: { ...records, previous: undefined }, procedures, roster, helpers, desks });
  }
  const { households, counters, villages, desks, channels, procedures } = model;
  return stable({
    households,
    counters: counters.current,
    villages,
    desks: desks.villages,
    channels,
    procedures,
  });
}
