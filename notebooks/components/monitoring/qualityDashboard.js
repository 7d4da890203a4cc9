// The dashboard's small multiples (data-quality-over-time.md): one chart per signal, the
// day on x, the value the signal judges on y, bars coloured by status, its band's edges
// dashed, the incident's day marked. Each row's heading says when the signal caught it.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {incidentColor, qualitySignalNames, qualityStatusColors, qualityStatuses} from "./qualityColors.js";

// Freshness spans minutes to days, so it reads on a log scale; PSI on a square-root one,
// so that its 0.1 and 0.25 bands stay visible beside a PSI of 10.
const rows = {
  contract: {label: "rules failing", format: (v) => String(v), tickFormat: "d"},
  freshness: {label: "age of newest event at day's end (h, log)", format: (v) => `${v.toFixed(1)} h`, type: "log", floor: 0.01, tickFormat: (v) => (v >= 1 ? String(v) : v.toString())},
  nulls: {label: "nulls above normal (z, worst column)", format: (v) => `z = ${v.toFixed(1)}`},
  drift: {label: "largest PSI (√ scale)", format: (v) => v.toFixed(3), type: "sqrt"},
};

/**
 * data: {cells: [{signal, day, status, value, detail}], days, incidentDay, reference: [from, to],
 * detections: [{signal, day, delay}], slaHours, nullBands: [warn z, fail z], psiBands: [warn, threshold]}. Returns a div.
 */
export function qualityDashboard({cells, days, incidentDay, reference, detections, slaHours, nullBands, psiBands}, {width}) {
  const lines = {freshness: [slaHours / 2, slaHours], nulls: nullBands, drift: psiBands};
  return html`<div>${Object.keys(rows).map((signal) => {
    const spec = rows[signal];
    const data = cells.filter((d) => d.signal === signal);
    const detection = detections.find((d) => d.signal === signal);
    const heading = detection?.day == null ? html`<span style="color:var(--theme-foreground-muted)">did not catch it</span>`
      : html`<strong style="color:${qualityStatusColors.fail}">caught it on day ${detection.day}</strong> (${detection.delay === 0 ? "the day it started" : `${detection.delay} day${detection.delay === 1 ? "" : "s"} after it started`})`;
    const floor = spec.floor ?? 0;
    const max = Math.max(...data.map((d) => (d.value ?? 0) * 1.12), ...(lines[signal] ?? []).map((v) => v * 1.15), signal === "contract" ? 2 : 0) || 1;
    const logTicks = [0.01, 0.1, 1, 10, 100, 1000].filter((t) => t <= max);
    const chart = Plot.plot({
      width, height: 124, marginLeft: 48, marginTop: 20, marginRight: 12, marginBottom: 24,
      x: {domain: [-0.5, days - 0.5], label: null, axis: null},
      y: {domain: [floor, max], type: spec.type ?? "linear", percent: spec.percent, label: spec.label, ticks: spec.type === "log" ? logTicks : signal === "contract" ? Math.min(3, max) : 3, tickFormat: spec.tickFormat, grid: true, labelAnchor: "top"},
      color: {domain: qualityStatuses, range: qualityStatuses.map((s) => qualityStatusColors[s])},
      marks: [
        Plot.rectY([reference], {x1: (r) => r[0] - 0.5, x2: (r) => r[1] - 0.5, y1: floor, y2: max, fill: "currentColor", fillOpacity: 0.04}),
        // A day whose value is zero still gets a sliver of its status colour, so every day reads.
        Plot.rectY(data, {x1: (d) => d.day - 0.42, x2: (d) => d.day + 0.42, y1: floor, y2: (d) => Math.min(max, Math.max(d.value ?? floor, floor === 0 ? max * 0.03 : floor * 1.4)), fill: "status", title: (d) => `day ${d.day}: ${d.value === null ? "no data" : spec.format(d.value)} (${d.status.replace("_", " ")})${d.detail ? `\n${d.detail}` : ""}`}),
        Plot.ruleY(lines[signal] ?? [], {stroke: (d, i) => (i === 0 ? qualityStatusColors.warn : qualityStatusColors.fail), strokeDasharray: "4 3"}),
        Plot.ruleX([incidentDay - 0.5], {stroke: incidentColor, strokeWidth: 2}),
        Plot.ruleY([floor]),
        Plot.axisX({ticks: range(0, days, width < 600 ? 20 : 10), tickFormat: (d) => String(d), label: null}),
      ],
    });
    return html`<div style="margin:.2rem 0 .4rem"><div style="font:14px/1.5 var(--sans-serif)"><span style="font-weight:600">${qualitySignalNames[signal]}</span> · ${heading}</div>${chart}</div>`;
  })}</div>`;
}

function range(from, to, step) {
  const out = [];
  for (let v = from; v < to; v += step) out.push(v);
  return out;
}
