// Online read statuses per feature (online-offline-stores.md), from lib/online readOnline.
import * as Plot from "@observablehq/plot";

export const statusColors = {present: "#4c9a5b", null_value: "#efb118", outside_max_age: "#d62728", not_found: "#9498a0"};

/** data: [{feature, status, count}] (one row per feature and status). */
export function statusChart(counts, {width}) {
  const statuses = Object.keys(statusColors);
  // A count is written inside its bar only if the bar is wide enough to hold it (4% of the row).
  const totals = new Map();
  for (const d of counts) totals.set(d.feature, (totals.get(d.feature) ?? 0) + d.count);
  const minLabelled = (d) => Math.max(1, 0.04 * totals.get(d.feature));
  return Plot.plot({
    width,
    height: 60 + 32 * new Set(counts.map((d) => d.feature)).size,
    marginLeft: 140,
    x: {label: "share of customers (%) → · bar labels count customers", percent: true, grid: true},
    y: {label: null},
    color: {domain: statuses, range: statuses.map((s) => statusColors[s]), legend: true},
    marks: [
      Plot.barX(counts, Plot.stackX({order: statuses, y: "feature", x: "count", fill: "status", offset: "normalize", title: (d) => `${d.feature}: ${d.count} ${d.status}`})),
      Plot.text(counts, Plot.stackX({order: statuses, y: "feature", x: "count", z: "status", offset: "normalize", text: (d) => (d.count >= minLabelled(d) ? d.count.toLocaleString("en-US") : ""), fill: "white", fontSize: 11})),
    ],
  });
}
