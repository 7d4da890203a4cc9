// Duration tick labels for a log scale. Plot hands a log scale's tickFormat to d3, which
// blanks the ticks whose mantissa is large (1 d = 8.64e4, 7 d = 6.05e5), so the labels of
// our duration ticks are drawn as text marks instead.
import * as Plot from "@observablehq/plot";
import {formatDuration} from "../../lib/profile/index.js";

/** Axis marks for a log "x" or "y" scale in seconds: tick lines plus formatDuration labels. */
export function durationAxis(dimension, ticks, {domain, label} = {}) {
  const shown = domain ? ticks.filter((t) => t >= domain[0] && t <= domain[1]) : ticks;
  const text = (d) => formatDuration(d);
  return dimension === "x"
    ? [Plot.axisX(shown, {tickFormat: () => "", label, labelOffset: 40}), Plot.text(shown, {x: (d) => d, frameAnchor: "bottom", dy: 18, text, fill: "currentColor", fontSize: 10})]
    : [Plot.axisY(shown, {tickFormat: () => "", label}), Plot.text(shown, {y: (d) => d, frameAnchor: "left", dx: -9, textAnchor: "end", text, fill: "currentColor", fontSize: 10})];
}
