// The charts of latency-tail-risk.md: each takes data computed by lib/latency plus {width}
// and returns a node. Latency axes are logarithmic, in milliseconds.
import * as Plot from "@observablehq/plot";

import {incidentFill, meanColor, quantileColors, quantileName} from "./latencyCards.js";

// The page's colours and quantile names live with its headline cards (light to import first).
export {incidentFill, meanColor, quantileColors, quantileName};

const msTicks = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];
const msFormat = (d) => (d >= 1000 ? `${d / 1000} s` : `${d} ms`);
const ticksIn = (lo, hi) => msTicks.filter((t) => t >= lo / 1.05 && t <= hi * 1.05);
const halo = {stroke: "var(--theme-background)", strokeWidth: 4, paintOrder: "stroke"};

/** A log y axis in ms whose every tick is labelled (d3 blanks some labels of a log scale): tick lines plus text marks. */
function msAxisY(ticks, label) {
  return [Plot.axisY(ticks, {tickFormat: () => "", label}), Plot.gridY(ticks), Plot.text(ticks, {y: (d) => d, frameAnchor: "left", dx: -9, textAnchor: "end", text: msFormat, fill: "currentColor", fontSize: 10})];
}

/** Percentiles per group: rows {group, q, value}, groups in the order of `groups`. */
export function latencyQuantileDots(rows, {width, groups}) {
  const shown = rows.filter((d) => d.value !== null && d.value > 0);
  const lo = Math.min(...shown.map((d) => d.value)), hi = Math.max(...shown.map((d) => d.value));
  const qs = [...new Set(shown.map((d) => d.q))].sort((a, b) => a - b);
  return Plot.plot({
    width,
    height: 46 * groups.length + 70,
    marginLeft: width < 600 ? 120 : 170,
    marginRight: 30,
    x: {type: "log", domain: [lo / 1.3, hi * 1.3], ticks: ticksIn(lo / 1.3, hi * 1.3), tickFormat: msFormat, grid: true, label: "latency (log scale) →"},
    y: {domain: groups, label: null},
    color: {domain: qs.map(quantileName), range: qs.map((q) => quantileColors[q] ?? "#888"), legend: true},
    marks: [
      Plot.ruleY(groups, {stroke: "var(--theme-foreground-faintest)"}),
      Plot.link(groups.map((g) => {
        const xs = shown.filter((d) => d.group === g).map((d) => d.value);
        return {g, x1: Math.min(...xs), x2: Math.max(...xs)};
      }), {x1: "x1", x2: "x2", y1: "g", y2: "g", stroke: "currentColor", strokeOpacity: 0.35, strokeWidth: 2}),
      Plot.dot(shown, {x: "value", y: "group", fill: (d) => quantileName(d.q), r: 6, stroke: "white", tip: true, title: (d) => `${d.group}\n${quantileName(d.q)}: ${d.value.toFixed(2)} ms`}),
    ],
  });
}

/** The request latencies as a histogram on a log axis, with the mean, p50 and p99 marked. */
export function latencyHistogram({values, mean, p50, p99}, {width}) {
  let lo = Infinity, hi = 0;
  for (const v of values) if (v > 0) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  const bins = 60, step = Math.log(hi / lo) / bins;
  const counts = new Float64Array(bins);
  for (const v of values) if (v > 0) counts[Math.min(bins - 1, Math.floor(Math.log(v / lo) / step))]++;
  const rects = Array.from(counts, (n, i) => ({x1: lo * Math.exp(i * step), x2: lo * Math.exp((i + 1) * step), n, tail: lo * Math.exp(i * step) >= p99}));
  const marks = [
    {label: "p50", value: p50, color: quantileColors[0.5], anchor: "end", dx: -3},
    {label: "mean", value: mean, color: meanColor, anchor: "start", dx: 3},
    {label: "p99", value: p99, color: quantileColors[0.99], anchor: "start", dx: 3},
  ];
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    marginTop: 30,
    x: {type: "log", domain: [lo, hi], ticks: ticksIn(lo, hi), tickFormat: msFormat, label: "request latency: slowest of its lookups (log scale) →"},
    y: {type: "sqrt", label: "↑ requests (square-root scale)", grid: true},
    color: {domain: ["body", "slowest 1%"], range: ["#97bbf5", quantileColors[0.99]], legend: true},
    marks: [
      Plot.rectY(rects, {x1: "x1", x2: "x2", y: "n", fill: (d) => (d.tail ? "slowest 1%" : "body"), inset: 0.3}),
      Plot.ruleX(marks, {x: "value", stroke: "color", strokeWidth: 2}),
      ...marks.map((m) => Plot.text([m], {x: "value", frameAnchor: "top", dy: -12, text: (d) => `${d.label} ${d.value.toFixed(1)} ms`, fill: m.color, fontWeight: 600, textAnchor: m.anchor, dx: m.dx, ...halo})),
      Plot.ruleY([0]),
    ],
  });
}

/** Fan-out: the measured share of slow requests (±2 standard errors) and 1 − Π(1 − p_i), per number of views. */
export function latencyFanOutChart(curve, {width}) {
  const rows = curve.map((d) => ({...d, lo: Math.max(0, d.measured - 2 * d.standardError), hi: d.measured + 2 * d.standardError}));
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    x: {label: "feature views a request looks up →", ticks: rows.map((d) => d.views), tickFormat: "d", domain: [0.5, rows.length + 0.5]},
    y: {label: "↑ slow requests (%)", percent: true, grid: true, domain: [0, 110 * Math.max(...rows.map((d) => Math.max(d.hi, d.predicted)))]},
    color: {domain: ["measured (±2 SE)", "1 − Π(1 − pᵢ)", "one lookup"], range: ["#d62728", "currentColor", "#888"], legend: true},
    marks: [
      Plot.lineY(rows, {x: "views", y: "predicted", stroke: () => "1 − Π(1 − pᵢ)", strokeWidth: 1.5}),
      Plot.lineY(rows, {x: "views", y: "viewShare", stroke: () => "one lookup", strokeDasharray: "4,3"}),
      Plot.ruleX(rows, {x: "views", y1: "lo", y2: "hi", stroke: () => "measured (±2 SE)", strokeWidth: 2}),
      Plot.dot(rows, {x: "views", y: "measured", fill: () => "measured (±2 SE)", r: 4, tip: true, title: (d) => `${d.views} view${d.views === 1 ? "" : "s"}\nmeasured ${(100 * d.measured).toFixed(2)}% ± ${(200 * d.standardError).toFixed(2)}\nformula ${(100 * d.predicted).toFixed(2)}%\nthis view alone ${(100 * d.viewShare).toFixed(2)}%`}),
      Plot.ruleY([0]),
    ],
  });
}

/** Sketch vs exact: relative error of the sketch per quantile against the exact lower quantile, with the ±accuracy band. */
export function latencySketchErrorChart(rows, {width, accuracy}) {
  const lim = Math.max(accuracy * 1.4, ...rows.map((d) => Math.abs(d.relativeError) * 1.2));
  return Plot.plot({
    width,
    height: 230,
    marginLeft: 56,
    x: {domain: rows.map((d) => d.name), label: null, padding: 0.5},
    y: {domain: [-100 * lim, 100 * lim], percent: true, label: "↑ sketch error vs exact lower quantile (%)", grid: true},
    marks: [
      Plot.rect([accuracy], {y1: (d) => -d, y2: (d) => d, fill: "#4269d0", fillOpacity: 0.08}),
      Plot.ruleY([-accuracy, accuracy], {stroke: "#4269d0", strokeDasharray: "4,3"}),
      Plot.text([accuracy], {y: (d) => d, frameAnchor: "right", dy: -7, text: (d) => `guarantee ±${(100 * d).toFixed(0)}%`, fill: "#4269d0", textAnchor: "end", ...halo}),
      Plot.ruleY([0]),
      Plot.ruleX(rows, {x: "name", y1: 0, y2: "relativeError", stroke: (d) => quantileColors[d.q] ?? "#888", strokeWidth: 3}),
      Plot.dot(rows, {x: "name", y: "relativeError", fill: (d) => quantileColors[d.q] ?? "#888", r: 5, tip: true, title: (d) => `${d.name}\nexact lower ${d.exact.toFixed(3)} ms\nsketch ${d.sketch.toFixed(3)} ms\nerror ${(100 * d.relativeError).toFixed(3)}%`}),
    ],
  });
}

function incidentMarks(incidents, [from, to]) {
  const shown = incidents.filter((d) => d.end > from && d.start < to);
  return [
    Plot.rectX(shown, {x1: (d) => Math.max(d.start, from), x2: (d) => Math.min(d.end, to), fill: incidentFill, fillOpacity: 0.18, inset: (to - from) / 4e3 > 3_600_000 ? -1 : 0}),
    Plot.text(shown, {x: (d) => d.start, frameAnchor: "top", text: () => "incident", fill: incidentFill, fontWeight: 600, dy: 2, dx: 4, textAnchor: "start", ...halo}),
  ];
}

/** Percentiles per window over time, log y, the incidents shaded: rows {t, q, value}, optional sketch rows drawn as dots. */
export function latencyOverTimeChart({rows, incidents, domain, sketchRows = []}, {width}) {
  const shown = rows.filter((d) => d.value !== null && d.value > 0 && d.t >= domain[0] && d.t < domain[1]);
  const lo = Math.min(...shown.map((d) => d.value)), hi = Math.max(...shown.map((d) => d.value));
  const qs = [...new Set(rows.map((d) => d.q))].sort((a, b) => a - b);
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 56,
    x: {type: "utc", domain, label: null},
    y: {type: "log", domain: [lo / 1.2, hi * 1.2]},
    color: {domain: qs.map(quantileName), range: qs.map((q) => quantileColors[q] ?? "#888"), legend: true},
    marks: [
      ...msAxisY(ticksIn(lo / 1.2, hi * 1.2), "↑ request latency (log scale)"),
      Plot.axisX(),
      ...incidentMarks(incidents, domain),
      Plot.lineY(shown, {x: "t", y: "value", stroke: (d) => quantileName(d.q), z: "q", strokeWidth: 1.1}),
      Plot.dot(sketchRows.filter((d) => d.t >= domain[0] && d.t < domain[1] && d.value > 0), {x: "t", y: "value", stroke: (d) => quantileName(d.q), r: 2.2, strokeWidth: 1}),
      Plot.tip(shown, Plot.pointerX({x: "t", y: "value", stroke: (d) => quantileName(d.q), title: (d) => `${new Date(d.t).toISOString().slice(0, 16).replace("T", " ")}\n${quantileName(d.q)}: ${d.value.toFixed(1)} ms`})),
    ],
  });
}

/** Burn rate over each rule's long and short window, log y, with its factor and the time it fired: one panel per rule. */
export function latencyBurnChart({alerts, incidents, domain}, {width}) {
  const rows = [];
  const fired = [];
  let inDomain = 0;
  for (const t of alerts.stepEnd) if (t >= domain[0] && t <= domain[1]) inDomain++;
  const stride = Math.max(1, Math.floor(inDomain / (2 * width)));
  alerts.rules.forEach(({rule, longBurn, shortBurn, episodes}) => {
    const panel = `${rule.severity}: ${rule.factor}× over ${span(rule.longMs)} and ${span(rule.shortMs)}`;
    for (let s = 0; s < alerts.stepEnd.length; s++) {
      const t = alerts.stepEnd[s];
      if (t < domain[0] || t > domain[1]) continue;
      if (s % stride === 0 || shortBurn[s] > rule.factor) rows.push({panel, t, window: `short (${span(rule.shortMs)})`, burn: Math.max(0.01, shortBurn[s]), kind: "short"});
      if (s % stride === 0) rows.push({panel, t, window: `long (${span(rule.longMs)})`, burn: Math.max(0.01, longBurn[s]), kind: "long"});
    }
    for (const e of episodes) if (e.end >= domain[0] && e.start <= domain[1]) fired.push({panel, start: e.start, end: e.end + 300_000, factor: rule.factor});
  });
  const panels = alerts.rules.map(({rule}) => `${rule.severity}: ${rule.factor}× over ${span(rule.longMs)} and ${span(rule.shortMs)}`);
  const factors = alerts.rules.map(({rule}, i) => ({panel: panels[i], factor: rule.factor}));
  return Plot.plot({
    width,
    height: 130 * panels.length + 40,
    marginLeft: 56,
    marginRight: 24,
    x: {type: "utc", domain, label: null},
    y: {type: "log", domain: [0.01, 200], ticks: [0.1, 1, 10, 100], tickFormat: (d) => `${d}×`, grid: true, label: "↑ burn rate"},
    fy: {domain: panels, label: null, axis: null},
    color: {domain: ["short window", "long window", "alert firing"], range: ["#97bbf5", "#275fa8", incidentFill], legend: true},
    marks: [
      Plot.frame({stroke: "var(--theme-foreground-faintest)"}),
      ...incidentMarks(incidents, domain).slice(0, 1),
      Plot.rectX(fired, {fy: "panel", x1: "start", x2: "end", y1: 0.01, y2: 200, fill: incidentFill, fillOpacity: 0.5, insetLeft: -1, insetRight: -1}),
      Plot.lineY(rows.filter((d) => d.kind === "short"), {fy: "panel", x: "t", y: "burn", stroke: () => "short window", strokeWidth: 0.8}),
      Plot.lineY(rows.filter((d) => d.kind === "long"), {fy: "panel", x: "t", y: "burn", stroke: () => "long window", strokeWidth: 1.5}),
      Plot.ruleY(factors, {fy: "panel", y: "factor", stroke: incidentFill, strokeDasharray: "5,3"}),
      Plot.text(panels, {fy: (d) => d, frameAnchor: "top-left", dx: 6, dy: 6, text: (d) => d, fontWeight: 600, ...halo, fill: "currentColor"}),
      Plot.text(factors, {fy: "panel", y: "factor", frameAnchor: "right", dx: -4, dy: -7, textAnchor: "end", text: (d) => `fires above ${d.factor}×`, fill: incidentFill, ...halo}),
    ],
  });
}

/** The share of the error budget spent over time (1 = all of it), against an even pace. */
export function latencyBudgetChart({alerts, incidents}, {width}) {
  const stride = Math.max(1, Math.floor(alerts.stepEnd.length / (2 * width)));
  const rows = [];
  for (let s = 0; s < alerts.stepEnd.length; s += stride) rows.push({t: alerts.stepEnd[s], spent: alerts.budgetSpent[s]});
  rows.push({t: alerts.stepEnd.at(-1), spent: alerts.budgetSpent.at(-1)});
  const domain = [alerts.stepEnd[0], alerts.stepEnd.at(-1)];
  // An even pace: requests spread as they came, bad ones at exactly the budgeted share.
  const total = alerts.requests.reduce((a, b) => a + b, 0);
  const pace = [];
  for (let s = 0, seen = 0; s < alerts.stepEnd.length; s++) {
    seen += alerts.requests[s];
    if (s % stride === 0 || s === alerts.stepEnd.length - 1) pace.push({t: alerts.stepEnd[s], spent: seen / total});
  }
  const top = Math.max(1.05, ...rows.map((d) => d.spent * 1.05));
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {type: "utc", domain, label: null},
    y: {domain: [0, 100 * top], percent: true, grid: true, label: "↑ error budget spent (%)"},
    color: {domain: ["spent", "even pace"], range: ["#d62728", "#888"], legend: true},
    marks: [
      ...incidentMarks(incidents, domain),
      Plot.ruleY([1], {stroke: "currentColor", strokeWidth: 1.5}),
      Plot.text([1], {y: (d) => d, frameAnchor: "left", dx: 4, dy: -7, textAnchor: "start", text: () => "budget exhausted", ...halo, fill: "currentColor"}),
      Plot.lineY(pace, {x: "t", y: "spent", stroke: () => "even pace", strokeDasharray: "4,3"}),
      Plot.lineY(rows, {x: "t", y: "spent", stroke: () => "spent", strokeWidth: 2}),
      Plot.ruleY([0]),
    ],
  });
}

function span(ms) {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  return `${ms / 60_000} min`;
}

/** Hour of day × day: one cell per hour of the world coloured by a percentile (log colour), incidents and a window outlined. rows {t, value}. */
export function latencyHourHeatmap({rows, incidents, window, label}, {width}) {
  const shown = rows.filter((d) => d.value !== null && d.value > 0);
  const lo = Math.max(0.5, Math.min(...shown.map((d) => d.value))), hi = Math.max(...shown.map((d) => d.value));
  const dayOf = (t) => Math.floor(t / 86_400_000) * 86_400_000;
  const hourOf = (t) => new Date(t).getUTCHours();
  const boxes = (list) => list.flatMap((w) => {
    // A window may span days: one box per day it covers.
    const out = [];
    for (let d = dayOf(w.start); d < w.end; d += 86_400_000) out.push({x1: d, x2: d + 86_400_000, y1: Math.max(0, (w.start - d) / 3_600_000), y2: Math.min(24, (w.end - d) / 3_600_000)});
    return out;
  });
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 56,
    x: {type: "utc", label: null},
    y: {domain: [24, 0], ticks: [0, 6, 12, 18, 24], tickFormat: (d) => `${String(d).padStart(2, "0")}:00`, label: "↓ hour of day (UTC)"},
    color: {type: "log", scheme: "ylorrd", domain: [lo, hi], legend: true, label: `${label} per hour`, tickFormat: msFormat, ticks: [1, 10, 100, 1000].filter((t) => t >= lo && t <= hi)},
    marks: [
      Plot.rect(shown, {x1: (d) => dayOf(d.t), x2: (d) => dayOf(d.t) + 86_400_000, y1: (d) => hourOf(d.t), y2: (d) => hourOf(d.t) + 1, fill: "value", tip: true, title: (d) => `${new Date(d.t).toISOString().slice(0, 16).replace("T", " ")}\n${label}: ${d.value.toFixed(1)} ms`}),
      Plot.rect(boxes(window ? [window] : []), {x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: "#275fa8", strokeWidth: 2, fill: "none"}),
      Plot.rect(boxes(incidents), {x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: "currentColor", strokeWidth: 2, fill: "none"}),
    ],
  });
}
