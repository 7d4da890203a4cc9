// Staleness per key at one instant against an SLA (feature-freshness.md), from
// lib/freshness stalenessPerKey: a histogram on a log axis, bins split at the SLA.
import * as Plot from "@observablehq/plot";
import {formatDuration} from "../../lib/profile/index.js";
import {durationAxis} from "../shell/durationAxis.js";

export const slaColors = {within: "#4269d0", outside: "#d62728"};
const ticks = [60, 600, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400];

/** data: {staleness: seconds per key, slaSeconds}. */
export function stalenessHistogram({staleness, slaSeconds}, {width}) {
  const values = staleness.map((s) => ({s: Math.max(1, s), within: s <= slaSeconds ? "within SLA" : "outside SLA"}));
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    marginBottom: 48,
    x: {type: "log"},
    y: {label: "↑ customers", grid: true},
    color: {domain: ["within SLA", "outside SLA"], range: [slaColors.within, slaColors.outside], legend: true},
    marks: [
      ...durationAxis("x", ticks, {label: "staleness: now − newest event time (log scale) →", domain: extent(values)}),
      Plot.axisY({label: "↑ customers"}),
      Plot.rectY(values, Plot.binX({y: "count"}, {x: {value: "s", thresholds: logThresholds(values)}, fill: "within", inset: 0.5})),
      Plot.ruleX([slaSeconds], {stroke: "currentColor", strokeWidth: 1.5}),
      Plot.text([slaSeconds], {x: (d) => d, frameAnchor: "top", dx: 4, textAnchor: "start", text: (d) => `SLA ${formatDuration(d)}`, fontWeight: 600}),
      Plot.ruleY([0]),
    ],
  });
}

function extent(values) {
  return [Math.min(...values.map((d) => d.s)), Math.max(...values.map((d) => d.s))];
}

/** 40 log-spaced bin edges over the values. */
function logThresholds(values) {
  const lo = Math.log10(Math.min(...values.map((d) => d.s)));
  const hi = Math.log10(Math.max(...values.map((d) => d.s))) + 1e-9;
  return Array.from({length: 41}, (_, i) => 10 ** (lo + ((hi - lo) * i) / 40));
}
