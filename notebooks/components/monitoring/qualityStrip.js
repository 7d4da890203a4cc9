// The dashboard at a glance (data-quality-over-time.md): one row per signal, one cell per
// day coloured by status, the reference window shaded, the incident's day marked and each
// signal's first catch ringed.
import * as Plot from "@observablehq/plot";
import {incidentColor, qualitySignalNames, qualityStatusColors, qualityStatuses} from "./qualityColors.js";

/**
 * data: {cells: [{signal, day, status, detail}], days, incidentDay, reference: [from, to],
 * detections: [{signal, day}]}. Returns an SVG figure.
 */
export function qualityStrip({cells, days, incidentDay, reference, detections}, {width}) {
  const signals = Object.keys(qualitySignalNames);
  const name = (s) => qualitySignalNames[s];
  const caught = detections.filter((d) => d.day !== null);
  return Plot.plot({
    width, height: 58 + 30 * signals.length, marginLeft: width < 600 ? 78 : 92, marginTop: 26, marginRight: 12,
    x: {domain: [-0.5, days - 0.5], label: "day of the world →", ticks: range(0, days, width < 600 ? 20 : 10), tickFormat: (d) => String(d)},
    y: {domain: signals.map(name), label: null, padding: 0.12},
    color: {domain: qualityStatuses, range: qualityStatuses.map((s) => qualityStatusColors[s]), legend: true, tickFormat: (s) => s.replace("_", " ")},
    marks: [
      Plot.rectY([reference], {x1: (r) => r[0] - 0.5, x2: (r) => r[1] - 0.5, y1: () => 0, y2: () => 1, fill: "currentColor", fillOpacity: 0.05, frameAnchor: "top"}),
      Plot.text([reference], {x: (r) => (r[0] + r[1]) / 2 - 0.5, text: () => "reference window", frameAnchor: "top", dy: -16, fill: "currentColor", fillOpacity: 0.6, fontSize: 11}),
      Plot.rectX(cells, {x1: (d) => d.day - 0.45, x2: (d) => d.day + 0.45, y: (d) => name(d.signal), fill: "status", title: (d) => `${name(d.signal)}, day ${d.day}: ${d.status.replace("_", " ")}${d.detail ? `\n${d.detail}` : ""}`}),
      Plot.ruleX([incidentDay - 0.5], {stroke: incidentColor, strokeWidth: 2}),
      Plot.text([incidentDay - 0.5], {x: (d) => d, text: () => "incident starts", frameAnchor: "top", dy: -16, textAnchor: "start", dx: 4, fill: incidentColor, fontWeight: 600, fontSize: 11}),
      Plot.dot(caught, {x: "day", y: (d) => name(d.signal), r: 7, stroke: "currentColor", strokeWidth: 2, fill: "none"}),
    ],
  });
}

function range(from, to, step) {
  const out = [];
  for (let v = from; v < to; v += step) out.push(v);
  return out;
}
