// Materialization seen from the runs (materialization-backfill.md): each row of a feature
// view at when it arrived (x) and when it happened (y), coloured by what the schedule did
// with it (lib/materialize rowFates), under the watermark each run started from.
import * as Plot from "@observablehq/plot";
import {rowFateNames} from "../../lib/materialize/index.js";

import {fateColors} from "./fateColors.js";
export {fateColors};
export const fateLabels = {on_time: "on time", caught: "late, caught by the lookback", missed: "late, missed", unread: "after the last run"};

/**
 * Rows arriving in [from, to) (epoch ms) as dots at (arrival, event time); the watermark
 * of each run as a solid step, and how far back its lookback reaches as a dashed step.
 * data: {rows (FeatureRows), fates (RowFates), runEnds, lookbackMs, from, to}.
 */
export function watermarkChart({rows, fates, runEnds, lookbackMs, from, to}, {width}) {
  const points = [];
  for (let i = 0; i < rows.length; i++) {
    const arrival = rows.arrivalMs[i];
    if (arrival >= from && arrival < to) points.push({arrival, event: rows.eventMs[i], fate: rowFateNames[fates.fate[i]], key: rows.keys[i], late: fates.latenessMs[i]});
  }
  points.sort((a, b) => order(a.fate) - order(b.fate)); // late dots drawn on top
  const steps = [];
  runEnds.forEach((end, k) => {
    if (k === 0 || end <= from || runEnds[k - 1] >= to) return;
    steps.push({x1: Math.max(from, runEnds[k - 1]), x2: Math.min(to, end), watermark: runEnds[k - 1]});
  });
  const ends = runEnds.filter((end) => end >= from && end <= to);
  const shown = ["on_time", "caught", "missed"];
  return Plot.plot({
    width,
    height: 436,
    marginTop: 36,
    marginLeft: 64,
    marginBottom: 40,
    x: {type: "utc", label: "arrived (processing time) →", labelOffset: 34, domain: [from, to], tickFormat: dayOrHour},
    y: {type: "utc", label: "↑ happened (event time)", grid: true, tickFormat: dayOrHour},
    color: {domain: shown.map((f) => fateLabels[f]), range: shown.map((f) => fateColors[f]), legend: true},
    marks: [
      Plot.ruleX(ends, {stroke: "var(--theme-foreground-faintest)"}),
      Plot.text(ends, {x: (d) => d, frameAnchor: "top", dy: -8, text: () => "run", fill: "var(--theme-foreground-muted)", fontSize: 9, lineAnchor: "bottom"}),
      Plot.line([[from, from], [to, to]], {stroke: "var(--theme-foreground-faint)", strokeDasharray: "2,3"}),
      Plot.dot(points, {x: "arrival", y: "event", fill: (d) => fateLabels[d.fate], r: (d) => (d.fate === "on_time" ? 1.5 : 3), fillOpacity: (d) => (d.fate === "on_time" ? 0.5 : 0.9)}),
      Plot.link(steps, {x1: "x1", x2: "x2", y1: "watermark", y2: "watermark", stroke: "var(--theme-foreground)", strokeWidth: 1.5}),
      lookbackMs > 0 ? Plot.link(steps, {x1: "x1", x2: "x2", y1: (d) => d.watermark - lookbackMs, y2: (d) => d.watermark - lookbackMs, stroke: fateColors.caught, strokeWidth: 1.5, strokeDasharray: "5,3"}) : null,
      Plot.tip(points.filter((d) => d.fate !== "on_time"), Plot.pointer({x: "arrival", y: "event", title: (d) => `customer ${JSON.parse(d.key)[0]} · ${fateLabels[d.fate]}\nhappened ${iso(d.event)}\narrived ${iso(d.arrival)}\n${hours(d.late)} before its run's watermark`})),
    ],
  });
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** One-line UTC tick labels: "Feb 4" at midnight, "12:00" within a day. */
function dayOrHour(date) {
  const d = new Date(date);
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 ? `${months[d.getUTCMonth()]} ${d.getUTCDate()}` : d.toISOString().slice(11, 16);
}

function order(fate) {
  return fate === "on_time" ? 0 : fate === "caught" ? 1 : 2;
}

export function iso(ms) {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 16);
}

function hours(ms) {
  return ms >= 86_400_000 ? `${(ms / 86_400_000).toFixed(1)} days` : `${(ms / 3_600_000).toFixed(1)} h`;
}
