// Median, p95 and maximum staleness over time against the SLA (feature-freshness.md),
// from lib/freshness stalenessOverTime samples (event basis).
import * as Plot from "@observablehq/plot";
import {formatDuration} from "../../lib/profile/index.js";
import {durationAxis} from "../shell/durationAxis.js";

/** data: {samples: StalenessSample[], slaSeconds}. */
export function stalenessQuantilesChart({samples, slaSeconds}, {width}) {
  const rows = samples.filter((d) => d.p50 !== null).flatMap((d) => [
    {at: d.at, q: "median", s: Math.max(1, d.p50 / 1000)},
    {at: d.at, q: "p95", s: Math.max(1, d.p95 / 1000)},
    {at: d.at, q: "max", s: Math.max(1, d.max / 1000)},
  ]);
  const lo = Math.min(slaSeconds, ...rows.map((d) => d.s)), hi = Math.max(slaSeconds, ...rows.map((d) => d.s));
  // Only the ticks inside the data: a grid line outside it would stretch the log scale into empty, unlabelled space.
  const ticks = [60, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400].filter((t) => t >= lo && t <= hi);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    x: {type: "utc", label: null},
    y: {type: "log"},
    color: {domain: ["median", "p95", "max"], range: ["#4269d0", "#efb118", "#d62728"], legend: true},
    marks: [
      ...durationAxis("y", ticks, {label: "↑ staleness (log scale)"}),
      Plot.gridY(ticks),
      Plot.axisX(),
      Plot.ruleY([slaSeconds], {stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "5,3"}),
      Plot.lineY(rows, {x: "at", y: "s", stroke: "q", strokeWidth: 1.3}),
      Plot.text([slaSeconds], {y: (d) => d, frameAnchor: "right", dy: -7, dx: -4, textAnchor: "end", text: (d) => `SLA ${formatDuration(d)}`, fontWeight: 600, fill: "currentColor", stroke: "var(--theme-background-alt)", strokeWidth: 4, paintOrder: "stroke"}),
    ],
  });
}
