// Event-time vs arrival staleness per key (feature-freshness.md), from lib/freshness
// stalenessPerKey: the gap between them is the ingestion lag of the key's newest rows.
import * as Plot from "@observablehq/plot";
import {formatDuration} from "../../lib/profile/index.js";
import {durationAxis} from "../shell/durationAxis.js";
import {slaColors} from "./stalenessHistogram.js";

const ticks = [60, 3600, 86400, 7 * 86400, 30 * 86400];

/** data: {perKey: KeyStaleness[], slaSeconds}. */
export function stalenessScatter({perKey, slaSeconds}, {width}) {
  const points = perKey.map((d) => ({id: d.key[0], event: Math.max(1, d.eventStalenessMs / 1000), created: Math.max(1, d.createdStalenessMs / 1000)}));
  const lo = Math.min(...points.flatMap((d) => [d.event, d.created])), hi = Math.max(...points.flatMap((d) => [d.event, d.created]));
  return Plot.plot({
    width,
    height: 360,
    marginLeft: 56,
    marginBottom: 48,
    x: {type: "log", domain: [lo, hi]},
    y: {type: "log", domain: [lo, hi]},
    marks: [
      ...durationAxis("x", ticks, {label: "since the pipeline last delivered for the key (arrival staleness) →", domain: [lo, hi]}),
      ...durationAxis("y", ticks, {label: "↑ age of the newest value (event staleness)", domain: [lo, hi]}),
      Plot.gridY(ticks.filter((t) => t >= lo && t <= hi)),
      Plot.line([[lo, lo], [hi, hi]], {stroke: "var(--theme-foreground-faint)", strokeDasharray: "3,3"}),
      Plot.ruleY([slaSeconds], {stroke: slaColors.outside, strokeOpacity: 0.6}),
      Plot.ruleX([slaSeconds], {stroke: slaColors.outside, strokeOpacity: 0.6}),
      Plot.dot(points, {x: "created", y: "event", r: 2.5, fill: (d) => (d.event <= slaSeconds ? slaColors.within : slaColors.outside), fillOpacity: 0.6}),
      Plot.tip(points, Plot.pointer({x: "created", y: "event", title: (d) => `customer ${d.id}\nnewest value ${formatDuration(d.event)} old\nlast delivery ${formatDuration(d.created)} ago`})),
    ],
  });
}
