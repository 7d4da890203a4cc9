// The share of customers within the freshness SLA over time (feature-freshness.md), by
// event time and by arrival, from lib/freshness stalenessOverTime samples.
import * as Plot from "@observablehq/plot";

/** data: {event: StalenessSample[], created: StalenessSample[], now}. */
export function slaShareChart({event, created, now}, {width}) {
  const rows = [...event.map((d) => ({...d, basis: "newest event (what the value describes)"})), ...created.map((d) => ({...d, basis: "newest arrival (when the pipeline last delivered)"}))].filter((d) => d.share !== null);
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {type: "utc", label: null},
    y: {label: "↑ customers within SLA", percent: true, grid: true, domain: [0, 100]},
    color: {domain: [...new Set(rows.map((d) => d.basis))], range: ["#4269d0", "#97bbf5"], legend: true},
    marks: [
      Plot.lineY(rows, {x: "at", y: "share", stroke: "basis", strokeWidth: 1.5}),
      Plot.ruleX([now], {stroke: "currentColor", strokeDasharray: "3,3"}),
      Plot.text([now], {x: (d) => d, frameAnchor: "bottom", dy: -4, dx: 4, textAnchor: "start", text: () => "now"}),
      Plot.tip(rows, Plot.pointerX({x: "at", y: "share", stroke: "basis", title: (d) => `${new Date(d.at).toISOString().slice(0, 16).replace("T", " ")}\n${d.basis}\n${(100 * d.share).toFixed(1)}% of ${d.keys} within SLA`})),
    ],
  });
}
