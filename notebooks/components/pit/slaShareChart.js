// The share of customers within the freshness SLA over time (feature-freshness.md), by
// event time and by arrival, from lib/freshness stalenessOverTime samples.
import * as Plot from "@observablehq/plot";

const eventBasis = "newest event (what the value describes)";
const arrivalBasis = "newest arrival (when the pipeline last delivered)";

/** data: {event: StalenessSample[], created: StalenessSample[], now}. */
export function slaShareChart({event, created, now}, {width}) {
  const rows = [...event.map((d) => ({...d, basis: eventBasis})), ...created.map((d) => ({...d, basis: arrivalBasis}))].filter((d) => d.share !== null);
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {type: "utc", label: null},
    y: {label: "↑ customers within SLA (%)", percent: true, grid: true, domain: [0, 100]},
    color: {domain: [eventBasis, arrivalBasis], range: ["#4269d0", "#97bbf5"], legend: true},
    marks: [
      // The two lines nearly coincide: arrival wide and pale underneath, event thin on top, so both show.
      Plot.lineY(rows.filter((d) => d.basis === arrivalBasis), {x: "at", y: "share", stroke: "basis", strokeWidth: 4}),
      Plot.lineY(rows.filter((d) => d.basis === eventBasis), {x: "at", y: "share", stroke: "basis", strokeWidth: 1.2}),
      Plot.ruleX([now], {stroke: "currentColor", strokeDasharray: "3,3"}),
      Plot.text([now], {x: (d) => d, frameAnchor: "bottom", dy: -4, dx: 4, textAnchor: "start", text: () => "now"}),
      Plot.tip(rows, Plot.pointerX({x: "at", y: "share", stroke: "basis", title: (d) => `${new Date(d.at).toISOString().slice(0, 16).replace("T", " ")}\n${d.basis}\n${(100 * d.share).toFixed(1)}% of ${d.keys} within SLA`})),
    ],
  });
}
