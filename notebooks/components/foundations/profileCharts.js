// Charts of the raw-data profile (entities-event-time.md). Each takes the rows of one
// lib/profile query plus {width} and returns a node; the maths stays in lib/profile.
import * as d3 from "d3";
import * as Plot from "@observablehq/plot";
import {formatDuration, logBinBounds} from "../../lib/profile/index.js";

const colors = {onTime: "#4269d0", late: "#ff725c", correction: "#a463f2", muted: "var(--theme-foreground-muted)"};
const durationTicks = [1, 10, 60, 600, 3600, 6 * 3600, 86400, 7 * 86400];
const percent = (x) => `${(100 * x).toFixed(1)}%`;
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Lag histogram on a log axis: rows {lo, hi, count} (lagHistogramSql bins with
 * logBinBounds); the bin open below is left out. Bins starting at or after `threshold`
 * (seconds) are coloured late; `lateCount` is the exact count of late rows, for the label.
 */
export function lagChart(bins, {width, quantiles = [], threshold, lateCount}) {
  const closed = bins.filter((b) => b.lo !== null);
  const late = closed.filter((b) => b.lo >= threshold);
  const peak = d3.greatest(late, (b) => b.count);
  const mid = (b) => Math.sqrt(b.lo * b.hi);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 56,
    marginTop: 48,
    x: {type: "log"},
    y: {label: "↑ transactions", grid: true, tickFormat: (d) => d.toLocaleString("en-US")},
    color: {domain: ["on time", `late (over ${formatDuration(threshold)})`], range: [colors.onTime, colors.late], legend: true},
    marks: [
      // Explicit text: a log scale otherwise blanks labels that are not powers of ten.
      Plot.axisX(durationTicks, {text: (d) => formatDuration(d), label: "ingestion lag, created − event (log scale) →", labelAnchor: "right"}),
      Plot.rectY(closed, {x1: "lo", x2: "hi", y: "count", fill: (b) => (b.lo >= threshold ? `late (over ${formatDuration(threshold)})` : "on time"), inset: 0.5}),
      Plot.ruleX(quantiles, {x: "value", stroke: colors.muted, strokeDasharray: "3,3"}),
      // One label per quantile, stacked in the top margin so close quantiles do not overlap.
      ...quantiles.map((d, i) => Plot.text([d], {x: "value", frameAnchor: "top", dy: -42 + 14 * i, dx: 4, textAnchor: "start", fill: colors.muted, text: (d) => `p${Math.round(100 * d.q)} ${formatDuration(d.value)}`})),
      peak ? Plot.text([peak], {x: mid, y: "count", dy: -16, text: () => `${lateCount.toLocaleString("en-US")} late arrivals`, fill: colors.late, fontWeight: 600, stroke: "var(--theme-background-alt)", strokeWidth: 4, paintOrder: "stroke"}) : null,
      Plot.ruleY([0]),
      Plot.tip(closed, Plot.pointerX({x: mid, y: "count", title: (b) => `${formatDuration(b.lo)} – ${formatDuration(b.hi)}\n${b.count.toLocaleString("en-US")} transactions`})),
    ],
  });
}

/** The share of late rows per day of event time (lateArrivalsByDaySql rows), with the overall share. */
export function lateByDayChart(days, {width, overall, threshold}) {
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 56,
    x: {type: "utc", label: null},
    y: {label: `↑ share arriving more than ${threshold} late`, grid: true, tickFormat: percent, zero: true},
    marks: [
      Plot.areaY(days, {x: "day", y: "late_share", fill: colors.late, fillOpacity: 0.15, curve: "step"}),
      Plot.lineY(days, {x: "day", y: "late_share", stroke: colors.late, curve: "step"}),
      Plot.ruleY([overall], {stroke: colors.muted, strokeDasharray: "3,3"}),
      Plot.text([overall], {y: (d) => d, frameAnchor: "right", dy: -8, text: (d) => `overall ${percent(d)}`, fill: colors.muted, stroke: "var(--theme-background-alt)", strokeWidth: 4, paintOrder: "stroke"}),
      Plot.tip(days, Plot.pointerX({x: "day", y: "late_share", title: (d) => `${day(d.day)}\n${d.late} of ${d.rows} late (${percent(d.late_share)})`})),
    ],
  });
}

/** Distribution of events per entity (eventsPerEntitySql rows) on log-spaced bins, with the median. */
export function eventsPerEntityChart(rows, {width, median}) {
  const thresholds = d3.range(0, 41).map((k) => logBinBounds(k, {min: 1, perDecade: 10}).lo);
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {type: "log", label: "transactions per customer (log scale) →", tickFormat: ","},
    y: {label: "↑ customers", grid: true},
    marks: [
      Plot.rectY(rows, Plot.binX({y: "sum"}, {x: "events", y: "entities", thresholds, fill: colors.onTime, inset: 0.5})),
      Plot.ruleX([median], {stroke: colors.muted, strokeDasharray: "3,3"}),
      Plot.text([median], {x: (d) => d, frameAnchor: "top", dx: 4, textAnchor: "start", text: (d) => `median ${d}`, fill: colors.muted}),
      Plot.ruleY([0]),
    ],
  });
}

/** Events per day (eventsByDaySql rows). */
export function eventsByDayChart(rows, {width}) {
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 56,
    x: {type: "utc", label: null},
    y: {label: "↑ transactions per day", grid: true, tickFormat: (d) => d.toLocaleString("en-US")},
    marks: [
      Plot.rectY(rows, {x1: "day", x2: (d) => d.day + 86_400_000, y: "events", fill: colors.onTime, inset: 0.5}),
      Plot.ruleY([0]),
      Plot.tip(rows, Plot.pointerX({x: (d) => d.day + 43_200_000, y: "events", title: (d) => `${day(d.day)}: ${d.events.toLocaleString("en-US")} transactions`})),
    ],
  });
}

/** One entity's rows (entityTimelineSql rows): each at its event time, as high as it arrived late. */
export function timelineChart(rows, {width, thresholdSeconds}) {
  const lateLabel = `late (over ${formatDuration(thresholdSeconds)})`;
  const kind = (d) => (d.is_correction ? "correction" : d.late ? lateLabel : "on time");
  const originals = new Map(rows.filter((d) => !d.is_correction).map((d) => [d.txn_id, d]));
  const restated = rows.filter((d) => d.is_correction && originals.has(d.txn_id)).map((d) => ({correction: d, original: originals.get(d.txn_id)}));
  const lag = (d) => Math.max(0.1, d.lag_seconds);
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 56,
    x: {type: "utc", label: "event time →"},
    y: {type: "log"},
    color: {domain: ["on time", lateLabel, "correction"], range: [colors.onTime, colors.late, colors.correction], legend: true},
    marks: [
      Plot.axisY(durationTicks, {text: (d) => formatDuration(d), label: "↑ arrived after (log scale)"}),
      Plot.gridY(durationTicks),
      Plot.ruleY([thresholdSeconds], {stroke: colors.late, strokeDasharray: "4,3"}),
      Plot.link(restated, {x1: (d) => d.original.event_timestamp, x2: (d) => d.correction.event_timestamp, y1: (d) => lag(d.original), y2: (d) => lag(d.correction), stroke: colors.correction, strokeOpacity: 0.7, markerEnd: "arrow"}),
      Plot.dot(rows, {x: "event_timestamp", y: lag, fill: kind, r: (d) => (d.late || d.is_correction ? 4.5 : 3), stroke: "var(--theme-background)", strokeWidth: 0.5}),
      Plot.tip(rows, Plot.pointer({x: "event_timestamp", y: lag, title: (d) => `txn ${d.txn_id}${d.is_correction ? " (correction)" : ""} · $${d.amount ?? "null"}\nhappened ${iso(d.event_timestamp)}\narrived ${iso(d.created_timestamp)}\nlag ${formatDuration(d.lag_seconds)}`})),
    ],
  });
}

function iso(ms) {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 16);
}
