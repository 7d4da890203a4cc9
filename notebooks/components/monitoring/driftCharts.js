// The drift page's charts (drift.md). Each takes data computed by lib/drift and {width}
// and returns a node; nothing here computes a statistic.
import * as Plot from "@observablehq/plot";
import {driftStatusColors, formatStat, psiBands, windowColors} from "./driftColors.js";
import {statusChip} from "./driftTable.js";

/**
 * Short labels for numeric bins from the reference edges: "< a", "a–b", "≥ z" (a value on
 * an edge goes to the bin above, as lib/drift bins it).
 */
export function numericBinLabels(edges) {
  const f = (x) => formatStat(x);
  if (edges.length === 0) return ["all"];
  return [`< ${f(edges[0])}`, ...edges.slice(1).map((e, i) => `${f(edges[i])}–${f(e)}`), `≥ ${f(edges[edges.length - 1])}`];
}

/**
 * One feature's bins: reference share as a wide grey bar, current share as a narrower blue
 * bar inside it. data: {labels, reference, current} (counts or proportions; shown as shares).
 */
export function binBars({labels, reference, current}, {width, height = 200, xLabel = null}) {
  const share = (counts) => {
    const total = counts.reduce((s, c) => s + c, 0) || 1;
    return counts.map((c) => c / total);
  };
  const ref = share(reference), cur = share(current);
  const rows = labels.flatMap((label, i) => [
    {label, window: "reference", share: ref[i], other: cur[i]},
    {label, window: "current", share: cur[i], other: ref[i]},
  ]);
  const perBin = width / Math.max(1, labels.length);
  const longest = Math.max(...labels.map((l) => l.length));
  const rotate = longest * 6.5 > perBin - 4;
  const every = Math.max(1, Math.ceil((rotate ? 13 : longest * 6.5) / perBin));
  return Plot.plot({
    width, height: height + (rotate ? Math.min(70, longest * 5) : 0),
    marginLeft: 44, marginBottom: rotate ? Math.min(80, 12 + longest * 5) : 30,
    x: {domain: labels, label: xLabel, tickRotate: rotate ? -40 : 0, tickFormat: (d, i) => (i % every === 0 ? d : ""), padding: 0.15},
    y: {label: "share of rows (%)", percent: true, grid: true},
    color: {domain: ["reference", "current"], range: [windowColors.reference, windowColors.current]},
    marks: [
      Plot.barY(rows.filter((d) => d.window === "reference"), {x: "label", y: "share", fill: "window", fillOpacity: 0.45}),
      Plot.barY(rows.filter((d) => d.window === "current"), {x: "label", y: "share", fill: "window", insetLeft: perBin * 0.22, insetRight: perBin * 0.22}),
      Plot.ruleY([0]),
      Plot.tip(rows.filter((d) => d.window === "current"), Plot.pointerX({x: "label", y: "share", title: (d) => `${d.label}\nreference ${(100 * d.other).toFixed(1)}%\ncurrent ${(100 * d.share).toFixed(1)}%`})),
    ],
  });
}

/** The legend of the two windows, as a line of HTML. */
export function windowLegend() {
  const node = document.createElement("div");
  node.style.fontSize = "12px";
  node.style.margin = "0 0 0.5rem";
  for (const [name, color, opacity] of [["reference", windowColors.reference, 0.45], ["current", windowColors.current, 1]]) {
    const swatch = document.createElement("span");
    Object.assign(swatch.style, {display: "inline-block", width: "12px", height: "12px", background: color, opacity, margin: "0 4px -2px 12px"});
    node.append(swatch, name === "reference" ? "reference window (wide bar)" : "current window (narrow bar)");
  }
  return node;
}

/**
 * Small multiples, one per feature. features: [{column, kind, labels, reference, current,
 * psi, status, reason}], returns a grid of figures (two across when there is room).
 */
export function driftHistograms(features, {width}) {
  const columns = width >= 540 ? 2 : 1;
  const gap = 20;
  const cell = Math.floor((width - gap * (columns - 1)) / columns);
  const grid = document.createElement("div");
  Object.assign(grid.style, {display: "grid", gridTemplateColumns: `repeat(${columns}, ${cell}px)`, gap: `${gap}px`});
  grid.append(...features.map((f) => {
    const figure = document.createElement("figure");
    figure.style.margin = "0";
    const caption = document.createElement("figcaption");
    Object.assign(caption.style, {display: "flex", gap: "0.5em", alignItems: "baseline", flexWrap: "wrap", marginBottom: "2px"});
    const name = document.createElement("code");
    name.textContent = f.column;
    const stats = document.createElement("span");
    stats.style.fontSize = "12px";
    stats.textContent = f.status === "no_data" ? (f.reason ?? "no data") : `${f.kind} · PSI ${formatStat(f.psi)} · JS ${formatStat(f.js)}`;
    caption.append(name, stats, statusChip(f.status, f.reason));
    figure.append(caption, binBars(f, {width: cell, height: 150}));
    return figure;
  }));
  return grid;
}

/**
 * PSI of two samples of one distribution against sample size: a band (5th–95th
 * percentile) and median line per number of bins, the chi-square approximation's mean
 * dashed, the status bands behind, and the page's observed PSIs as labelled dots.
 * data: {band: PsiNullBandRow[], observed: [{column, n, psi}], warn, threshold}.
 */
export function psiNullBandChart({band, observed = [], warn = 0.1, threshold = 0.25}, {width}) {
  const bins = [...new Set(band.map((d) => d.bins))];
  const floor = 1e-4;
  const top = Math.max(1, ...band.map((d) => d.p95), ...observed.map((d) => d.psi)) * 1.2;
  const clamp = (v) => Math.max(floor, v);
  const height = Math.min(420, Math.max(300, width * 0.45));
  // Labels beside the dots (they share one n), pushed apart to 14 px, largest PSI on top.
  const gap = (14 * Math.log10(top / floor)) / (height - 60);
  const labelled = observed.map((d) => ({...d})).sort((a, b) => b.psi - a.psi);
  labelled.forEach((d, i) => {
    const want = Math.log10(clamp(d.psi));
    d.labelY = 10 ** (i === 0 ? want : Math.min(want, Math.log10(labelled[i - 1].labelY) - gap));
  });
  return Plot.plot({
    width, height, marginLeft: 50, marginRight: width < 600 ? 20 : 90,
    x: {type: "log", label: "rows in each window →", grid: true, tickFormat: "~s"},
    y: {type: "log", domain: [floor, top], label: "↑ PSI (log scale)", grid: true, tickFormat: (v) => formatStat(v)},
    color: {type: "ordinal", domain: bins, scheme: "viridis", legend: true, label: "bins", tickFormat: (b) => `${b} bins`},
    marks: [
      Plot.rect(psiBands({warn, threshold}, top), {x1: band[0]?.n ?? 1, x2: band.at(-1)?.n ?? 10, y1: (b) => clamp(b.from), y2: "to", fill: (b) => driftStatusColors[b.status], fillOpacity: 0.07, inset: 0}),
      Plot.ruleY([warn, threshold], {stroke: (v) => (v === warn ? driftStatusColors.warn : driftStatusColors.drift), strokeDasharray: "4 3"}),
      Plot.text([warn, threshold], {x: band.at(-1)?.n, y: (v) => v, text: (v) => (v === warn ? `warn ${warn}` : `drift ${threshold}`), textAnchor: width < 600 ? "end" : "start", dx: width < 600 ? -4 : 6, dy: width < 600 ? -7 : 0, fill: (v) => (v === warn ? driftStatusColors.warn : driftStatusColors.drift), stroke: "var(--theme-background-alt, white)", strokeWidth: 3, fontSize: 11, fontWeight: 600}),
      Plot.areaY(band, {x: "n", y1: (d) => clamp(d.p05), y2: (d) => clamp(d.p95), fill: "bins", fillOpacity: 0.18, z: "bins", curve: "monotone-x"}),
      Plot.line(band, {x: "n", y: (d) => clamp(d.p50), stroke: "bins", z: "bins", strokeWidth: 2, curve: "monotone-x"}),
      Plot.line(band, {x: "n", y: (d) => clamp(d.approxMean), stroke: "bins", z: "bins", strokeDasharray: "2 3", strokeOpacity: 0.8}),
      Plot.text(band.filter((d) => d.n === band.at(-1).n), {x: "n", y: (d) => clamp(d.p50), text: (d) => `${d.bins} bins`, fill: "bins", dx: 6, textAnchor: "start", fontSize: 11}),
      Plot.dot(observed, {x: "n", y: (d) => clamp(d.psi), r: 4.5, fill: "currentColor", stroke: "white", title: (d) => `${d.column}: PSI ${formatStat(d.psi)} at ${d.n.toLocaleString("en-US")} rows`}),
      Plot.link(labelled, {x1: "n", y1: (d) => clamp(d.psi), x2: "n", y2: "labelY", stroke: "currentColor", strokeOpacity: 0.4}),
      Plot.text(labelled, {x: "n", y: "labelY", text: "column", dx: 8, textAnchor: "start", fontSize: 11, fontWeight: 600, fill: "currentColor", stroke: "white", strokeWidth: 3}),
      Plot.tip(band, Plot.pointer({x: "n", y: (d) => clamp(d.p50), title: (d) => `${d.bins} bins, ${d.n.toLocaleString("en-US")} rows each\nmedian PSI ${formatStat(d.p50)}\n90% of pairs ${formatStat(d.p05)} – ${formatStat(d.p95)}\nχ² approximation: mean ${formatStat(d.approxMean)}, p95 ${formatStat(d.approxP95)}`})),
    ],
  });
}

/**
 * KS against a fixed tiny shift as samples grow: left, the p-value (log) with the 0.05
 * line; right, D and PSI, which settle instead of falling. data: KsPValueCurveRow[].
 */
export function ksPValueChart(curve, {width}) {
  const twoUp = width >= 640;
  const each = twoUp ? Math.floor((width - 24) / 2) : width;
  const floor = Math.max(1e-300, Math.min(1e-3, ...curve.map((d) => d.pValue)) / 10);
  const left = Plot.plot({
    width: each, height: 260, marginLeft: 52,
    x: {type: "log", label: "rows in each window →", grid: true, tickFormat: "~s"},
    y: {type: "log", label: "↑ KS p-value (median)", domain: [floor, 1], grid: true, tickFormat: (v) => (v >= 0.01 ? String(v) : `1e${Math.round(Math.log10(v))}`.replace("-", "−"))},
    marks: [
      Plot.rectY([0], {x1: curve[0].n, x2: curve.at(-1).n, y1: floor, y2: 0.05, fill: driftStatusColors.drift, fillOpacity: 0.07}),
      Plot.ruleY([0.05], {stroke: driftStatusColors.drift, strokeDasharray: "4 3"}),
      Plot.text([0.05], {x: curve[0].n, y: 0.05, text: () => "p < 0.05: “drift”", dy: 10, dx: 4, textAnchor: "start", fill: driftStatusColors.drift, fontSize: 11}),
      Plot.line(curve, {x: "n", y: (d) => Math.max(floor, d.pValue), stroke: windowColors.current, strokeWidth: 2}),
      Plot.dot(curve, {x: "n", y: (d) => Math.max(floor, d.pValue), fill: (d) => (d.pValue < 0.05 ? driftStatusColors.drift : windowColors.current), r: 4,
        title: (d) => `${d.n.toLocaleString("en-US")} rows: median p ${d.pValue.toExponential(1)}; ${Math.round(100 * d.flagged)}% of ${d.replicates} pairs flagged`}),
    ],
  });
  const stats = curve.flatMap((d) => [{n: d.n, metric: "KS D", value: d.statistic}, {n: d.n, metric: "PSI (10 bins)", value: d.psi}]);
  const right = Plot.plot({
    width: each, height: 260, marginLeft: 52,
    x: {type: "log", label: "rows in each window →", grid: true, tickFormat: "~s"},
    y: {type: "log", label: "↑ D and PSI (median, log)", grid: true, tickFormat: (v) => formatStat(v)},
    color: {domain: ["KS D", "PSI (10 bins)"], range: [windowColors.current, "#d0782a"], legend: true},
    marks: [
      Plot.ruleY([0.1], {stroke: driftStatusColors.warn, strokeDasharray: "4 3"}),
      Plot.line(stats, {x: "n", y: "value", stroke: "metric", strokeWidth: 2}),
      Plot.dot(stats, {x: "n", y: "value", fill: "metric", r: 3, title: (d) => `${d.n.toLocaleString("en-US")} rows: ${d.metric} ${formatStat(d.value)}`}),
    ],
  });
  const node = document.createElement("div");
  Object.assign(node.style, {display: "flex", gap: "24px", flexWrap: "wrap", alignItems: "flex-end"});
  node.append(left, right);
  return node;
}

/**
 * PSI and JS divergence of the same bins as eps varies (log x), the page's eps marked.
 * data: {rows: PsiByEpsRow[], eps}.
 */
export function psiEpsChart({rows, eps}, {width}) {
  const series = rows.flatMap((d) => [{eps: d.eps, metric: "PSI", value: d.psi}, {eps: d.eps, metric: "JS divergence", value: d.js}]);
  const chosen = series.filter((d) => d.eps === eps);
  return Plot.plot({
    width, height: 260, marginLeft: 48, marginRight: 20,
    x: {type: "log", label: "eps added to every proportion →", grid: true, tickFormat: (v) => `1e${Math.round(Math.log10(v))}`.replace("-", "−")},
    y: {label: "↑ value", grid: true, zero: true},
    color: {domain: ["PSI", "JS divergence"], range: ["#d0782a", windowColors.current], legend: true},
    marks: [
      Plot.ruleY([Math.log(2)], {stroke: windowColors.current, strokeOpacity: 0.5, strokeDasharray: "2 3"}),
      Plot.text([Math.log(2)], {x: rows.at(-1).eps, y: Math.log(2), text: () => "ln 2: JS's ceiling", textAnchor: "end", dy: -6, fontSize: 11, fill: windowColors.current}),
      Plot.line(series, {x: "eps", y: "value", stroke: "metric", strokeWidth: 2}),
      Plot.dot(chosen, {x: "eps", y: "value", fill: "metric", r: 5, stroke: "white"}),
      Plot.text(chosen, {x: "eps", y: "value", text: (d) => formatStat(d.value), dy: -10, fontSize: 11, fontWeight: 600}),
      Plot.tip(series, Plot.pointerX({x: "eps", y: "value", stroke: "metric", title: (d) => `eps ${d.eps.toExponential(0)}: ${d.metric} ${formatStat(d.value)}`})),
    ],
  });
}

/**
 * PSI per feature per day against one reference window: one panel per feature, the status
 * bands behind, the reference days shaded, a dashed line where two samples of one
 * distribution would reach 95% of the time (the chi-square approximation for that day's
 * rows), an incident's start marked. data: {rows: [{window_start, column, psi, n, status,
 * floor}] (lib/drift driftAlarms days), reference: [from, to] (ms), incident (ms or null), warn, threshold}.
 */
export function driftTimeline({rows, reference, incident = null, warn = 0.1, threshold = 0.25}, {width}) {
  const columns = [...new Set(rows.map((d) => d.column))];
  const floor = 3e-4; // lower PSIs are drawn on the floor (their tooltips tell the value)
  const top = Math.max(1, ...rows.map((d) => d.psi)) * 1.3;
  const clamp = (v) => Math.max(floor, v);
  const x0 = Math.min(...rows.map((d) => d.window_start)), x1 = Math.max(...rows.map((d) => d.window_start)) + 86_400_000;
  const bands = columns.flatMap((column) => psiBands({warn, threshold}, top).map((b) => ({...b, column})));
  return Plot.plot({
    width, height: 70 + 150 * columns.length, marginLeft: 50, marginRight: width < 600 ? 12 : 110,
    x: {type: "utc", label: null, domain: [x0, x1]},
    y: {type: "log", domain: [floor, top], label: "↑ daily PSI (log)", grid: true, ticks: [0.001, 0.01, 0.1, 1].filter((t) => t <= top), tickFormat: (v) => String(v)},
    fy: {domain: columns, label: null, axis: width < 600 ? "left" : "right", padding: 0.15},
    color: {domain: ["ok", "warn", "drift"], range: ["ok", "warn", "drift"].map((s) => driftStatusColors[s]), legend: true},
    marks: [
      Plot.rect(bands, {fy: "column", x1: x0, x2: x1, y1: (b) => clamp(b.from), y2: "to", fill: (b) => driftStatusColors[b.status], fillOpacity: 0.07}),
      Plot.rect(columns, {fy: (c) => c, x1: reference[0], x2: reference[1], y1: floor, y2: top, fill: "currentColor", fillOpacity: 0.06}),
      Plot.text(columns.slice(0, 1), {fy: (c) => c, x: (reference[0] + reference[1]) / 2, y: top, text: () => "reference", dy: 10, fontSize: 11, fillOpacity: 0.7}),
      incident === null ? null : Plot.ruleX([incident], {stroke: "#5b3fd1", strokeWidth: 1.5}),
      incident === null ? null : Plot.text(columns.slice(0, 1), {fy: (c) => c, x: incident, y: top, text: () => "incident", dy: 10, dx: 4, textAnchor: "start", fill: "#5b3fd1", fontSize: 11, fontWeight: 600}),
      Plot.line(rows, {fy: "column", x: "window_start", y: (d) => clamp(d.floor), stroke: "currentColor", strokeOpacity: 0.45, strokeDasharray: "3 3", curve: "step-after"}),
      Plot.line(rows, {fy: "column", x: "window_start", y: (d) => clamp(d.psi), stroke: "currentColor", strokeOpacity: 0.5, strokeWidth: 1}),
      Plot.dot(rows, {fy: "column", x: "window_start", y: (d) => clamp(d.psi), fill: "status", r: 2.8,
        title: (d) => `${new Date(d.window_start).toISOString().slice(0, 10)} · ${d.column}\nPSI ${formatStat(d.psi)} (${d.status}) · ${d.n.toLocaleString("en-US")} rows\nsame-distribution p95 ≈ ${formatStat(d.floor)}`}),
    ],
  });
}
