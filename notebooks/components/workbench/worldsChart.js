// The Data-loader lab's chart of every world its parameterised loader built
// (data-loader-lab.md). Takes PSI values computed by lib/drift and {width}; computes nothing.
import * as Plot from "@observablehq/plot";
import {driftStatusColors, psiBands} from "../monitoring/driftColors.js";

/**
 * PSI of one feature in each world against the drift strength it was built with: one line
 * per seed, one panel per scale, the chosen world ringed, the PSI status bands behind and
 * each scale's noise floor (the mean PSI of two samples of one distribution) dashed.
 * worlds: [{seed, scale, drift, psi, chosen}], floors: [{scale, psi}].
 */
export function worldsPsiChart(worlds, floors, {width, feature = "amount", scales}) {
  const top = Math.max(0.3, ...worlds.map((w) => w.psi)) * 1.1;
  return Plot.plot({
    width, height: 260, marginLeft: 48, marginRight: 16,
    fx: {domain: scales, label: null, tickFormat: (s) => `scale ${s}`},
    x: {label: "drift strength →", ticks: [...new Set(worlds.map((w) => w.drift))].sort(), inset: 18},
    y: {label: `PSI of ${feature}`, domain: [0, top], grid: true},
    color: {legend: true, type: "categorical", domain: [...new Set(worlds.map((w) => String(w.seed)))].sort((a, b) => a - b), label: "seed", tickFormat: (s) => `seed ${s}`},
    marks: [
      Plot.rectY(scales.flatMap((scale) => psiBands({}, top).map((b) => ({...b, scale}))), {fx: "scale", y1: "from", y2: "to", fill: (b) => driftStatusColors[b.status], fillOpacity: 0.08}),
      Plot.ruleY(floors, {fx: "scale", y: "psi", strokeDasharray: "4 3", stroke: "currentColor", strokeOpacity: 0.6}),
      Plot.text(floors, {fx: "scale", y: "psi", text: () => "noise floor", frameAnchor: "left", dy: -7, dx: 4, fontSize: 10, fillOpacity: 0.7}),
      Plot.line(worlds, {fx: "scale", x: "drift", y: "psi", stroke: (w) => String(w.seed), strokeWidth: 1.5}),
      Plot.dot(worlds, {fx: "scale", x: "drift", y: "psi", fill: (w) => String(w.seed), r: 4, tip: true, title: (w) => `seed ${w.seed}, ${w.scale}, drift ${w.drift}\nPSI ${w.psi.toFixed(4)}`}),
      Plot.dot(worlds.filter((w) => w.chosen), {fx: "scale", x: "drift", y: "psi", r: 9, stroke: "currentColor", strokeWidth: 2}),
      Plot.ruleY([0]),
    ],
  });
}
