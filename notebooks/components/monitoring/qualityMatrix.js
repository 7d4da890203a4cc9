// Every incident against every signal (data-quality-over-time.md): one row per incident,
// one column per signal, each cell the detection delay, coloured by how soon.
import * as Plot from "@observablehq/plot";
import {qualitySignalNames} from "./qualityColors.js";

const buckets = ["the same day", "1–6 days later", "a week or more later", "missed"];
const colors = ["#b3261e", "#e6a23c", "#f3d9a4", "#e9ebef"];

/** data: [{kind, label, size, signal, delay}] (one row per incident and signal). Returns an SVG figure. */
export function qualityMatrix(data, {width}) {
  const bucket = (d) => (d.delay === null ? buckets[3] : d.delay === 0 ? buckets[0] : d.delay < 7 ? buckets[1] : buckets[2]);
  const rows = [...new Map(data.map((d) => [d.kind, `${d.label} (${d.size})`])).values()];
  const name = (d) => `${d.label} (${d.size})`;
  const narrow = width < 640;
  return Plot.plot({
    width, height: 60 + 34 * rows.length, marginLeft: narrow ? 230 : 280, marginTop: 30, marginRight: 8, style: {fontSize: "12px"},
    x: {domain: Object.keys(qualitySignalNames).map((s) => qualitySignalNames[s]), axis: "top", label: null, tickSize: 0},
    y: {domain: rows, label: null, tickSize: 0},
    color: {domain: buckets, range: colors, legend: true},
    marks: [
      Plot.cell(data, {x: (d) => qualitySignalNames[d.signal], y: name, fill: bucket, inset: 1.5, rx: 3}),
      Plot.text(data, {x: (d) => qualitySignalNames[d.signal], y: name, text: (d) => (d.delay === null ? "—" : d.delay === 0 ? "day 0" : `+${d.delay} d`), fill: (d) => (d.delay === 0 ? "white" : "black"), fontSize: 12, fontWeight: 600}),
    ],
  });
}
