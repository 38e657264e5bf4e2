import type { BucketUnit } from "@/lib/filters/period";

/** A bucket's short axis label: "20/11" for days and weeks, "11/2026" for months. */
export function bucketLabel(from: string, unit: BucketUnit): string {
  return unit === "month" ? `${from.slice(5, 7)}/${from.slice(0, 4)}` : `${from.slice(8, 10)}/${from.slice(5, 7)}`;
}
