// What ttl does to stale keys (online-offline-stores.md): the share of customers whose
// online row is older than the ttl, as a function of the ttl, with the chosen ttl marked.
import * as Plot from "@observablehq/plot";
import {statusColors} from "./statusChart.js";

/** data: {curve: [{ttlDays, outside}], ttlDays, outside, viewTtlDays}. */
export function ttlChart({curve, ttlDays, outside, viewTtlDays}, {width}) {
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {label: "ttl (days) →", grid: true, domain: [1, 60]},
    y: {label: "↑ share of customers outside_max_age (%)", grid: true, tickFormat: (d) => `${d}%`, domain: [0, Math.max(5, 100 * Math.max(...curve.map((d) => d.outside)))] },
    marks: [
      Plot.areaY(curve, {x: "ttlDays", y: (d) => 100 * d.outside, fill: statusColors.outside_max_age, fillOpacity: 0.12, curve: "step-after"}),
      Plot.lineY(curve, {x: "ttlDays", y: (d) => 100 * d.outside, stroke: statusColors.outside_max_age, curve: "step-after"}),
      viewTtlDays ? Plot.ruleX([viewTtlDays], {stroke: "var(--theme-foreground-muted)", strokeDasharray: "3,3"}) : null,
      viewTtlDays ? Plot.text([viewTtlDays], {x: (d) => d, frameAnchor: "top", dx: 4, textAnchor: "start", text: () => "the view's ttl", fill: "var(--theme-foreground-muted)"}) : null,
      Plot.dot([{ttlDays, outside}], {x: "ttlDays", y: (d) => 100 * d.outside, r: 5, fill: statusColors.outside_max_age, stroke: "white"}),
      Plot.text([{ttlDays, outside}], {x: "ttlDays", y: (d) => 100 * d.outside, text: (d) => `${(100 * d.outside).toFixed(1)}%`, dy: -12, fontWeight: 600}),
      Plot.ruleY([0]),
    ],
  });
}
