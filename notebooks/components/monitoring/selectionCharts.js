// Charts of the feature-selection page (feature-selection.md). Each takes data computed by
// lib/selection and {width} and returns a node; nothing here computes a statistic.
import * as Plot from "@observablehq/plot";
import * as Inputs from "@observablehq/inputs";

export const selectionColors = {bar: "#4269d0", leak: "#d62728", faint: "var(--theme-foreground-faint)"};

const fill = (highlight) => (d) => (d.feature === highlight ? selectionColors.leak : selectionColors.bar);

/** A p-value as text: "< 1e−300" below the smallest double, else 2 significant digits. */
export function formatP(p) {
  if (p === null || p === undefined || Number.isNaN(p)) return "—";
  if (p === 0) return "< 1e−300";
  return p < 1e-3 ? p.toExponential(1).replace("e-", "e−") : p.toFixed(3);
}

/** A statistic with 3 significant digits, exponents for big numbers. */
export function formatStat(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  if (Math.abs(x) >= 1e6) return x.toExponential(2).replace("e+", "e");
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString("en-US");
  return x.toPrecision(3);
}

/**
 * One score per feature as horizontal bars, its p-value (or any text) at the bar's end.
 * rows: {feature, value, note}; `highlight` names the feature drawn red; `log` for a log x-axis.
 */
export function scoreBars(rows, {width, label, highlight, log = false, height}) {
  width = Math.max(width, 360); // room for the labels at any card width
  const shown = rows.filter((d) => d.value !== null && !Number.isNaN(d.value) && (!log || d.value > 0));
  const max = Math.max(...shown.map((d) => d.value));
  return Plot.plot({
    width,
    height: height ?? 36 + 26 * rows.length,
    marginLeft: 130,
    marginRight: 96,
    x: log ? {type: "log", label, grid: true, domain: [Math.min(...shown.map((d) => d.value)) / 2, max * 1.5]} : {label, grid: true, domain: [0, max * 1.05]},
    y: {domain: rows.map((d) => d.feature), label: null},
    marks: [
      log ? Plot.ruleY(shown, {y: "feature", x1: Math.min(...shown.map((d) => d.value)) / 2, x2: "value", stroke: fill(highlight), strokeWidth: 14}) : Plot.barX(shown, {y: "feature", x: "value", fill: fill(highlight)}),
      Plot.text(shown, {y: "feature", x: "value", text: "note", textAnchor: "start", dx: 6, fontSize: 11, fill: "currentColor"}),
      Plot.tip(shown, Plot.pointerY({y: "feature", x: "value", title: (d) => `${d.feature}\n${label}: ${formatStat(d.value)}\n${d.note}`})),
    ],
  });
}

/**
 * Permutation importance: mean drop in AUC as a bar, ± sd as a black error bar, each
 * repeat as a dot. importance: lib/selection's PermutationImportance.
 */
export function importanceChart(importance, {width, highlight}) {
  width = Math.max(width, 360); // room for the labels at any card width
  const rows = importance.features.map((f) => ({...f, lo: f.mean - f.sd, hi: f.mean + f.sd}));
  const dots = importance.features.flatMap((f) => f.drops.map((drop) => ({feature: f.feature, drop})));
  return Plot.plot({
    width,
    height: 36 + 30 * rows.length,
    marginLeft: 130,
    marginRight: 20,
    x: {label: "drop in held-out AUC when the feature is shuffled →", grid: true},
    y: {domain: rows.map((d) => d.feature), label: null},
    marks: [
      Plot.barX(rows, {y: "feature", x: "mean", fill: fill(highlight), fillOpacity: 0.75}),
      Plot.dot(dots, {y: "feature", x: "drop", r: 2.5, fill: "currentColor", fillOpacity: 0.5, dy: 0}),
      Plot.ruleY(rows, {y: "feature", x1: "lo", x2: "hi", stroke: "currentColor", strokeWidth: 1.5}),
      Plot.tickX(rows, {y: "feature", x: "lo", stroke: "currentColor", inset: 8}),
      Plot.tickX(rows, {y: "feature", x: "hi", stroke: "currentColor", inset: 8}),
      Plot.ruleX([0]),
      Plot.tip(rows, Plot.pointerY({y: "feature", x: "mean", title: (d) => `${d.feature}\nmean drop ${d.mean.toFixed(4)} ± ${d.sd.toFixed(4)} (sd)\n${d.drops.length} shuffles`})),
    ],
  });
}

/**
 * Each feature alone: held-out AUC bars starting at 0.5 (a coin); `other` (optional) maps a
 * feature to its AUC from the other join, drawn as a hollow tick.
 */
export function aloneAucChart(rows, {width, highlight, other = {}, otherLabel = "other join"}) {
  width = Math.max(width, 360); // room for the labels at any card width
  const ticks = rows.filter((d) => other[d.feature] !== undefined && Math.abs(other[d.feature] - d.aloneAuc) > 0.002).map((d) => ({feature: d.feature, auc: other[d.feature]}));
  const hi = Math.max(...rows.map((d) => d.aloneAuc), ...ticks.map((d) => d.auc));
  return Plot.plot({
    width,
    height: 36 + 26 * rows.length,
    marginLeft: 130,
    marginRight: 110,
    x: {domain: [Math.min(0.5, ...rows.map((d) => d.aloneAuc)), Math.max(0.8, Math.ceil(hi * 20) / 20)], label: "held-out AUC of the feature alone →", grid: true},
    y: {domain: rows.map((d) => d.feature), label: null},
    marks: [
      Plot.barX(rows, {y: "feature", x1: 0.5, x2: "aloneAuc", fill: fill(highlight)}),
      Plot.tickX(ticks, {y: "feature", x: "auc", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "3,2"}),
      Plot.text(rows, {y: "feature", x: "aloneAuc", text: (d) => (other[d.feature] !== undefined ? `${d.aloneAuc.toFixed(3)} (${otherLabel} ${other[d.feature].toFixed(3)})` : d.aloneAuc.toFixed(3)), dx: 5, textAnchor: "start", fontSize: 11}),
    ],
  });
}

/**
 * The correlation heat-map: one cell per pair coloured by r (blue −1 … red +1), r written
 * in the cell, features of one cluster outlined together (cluster numbers in the labels).
 */
export function correlationHeatmap(matrix, clusters, {width, threshold}) {
  width = Math.max(width, 360); // room for the labels at any card width
  const d = matrix.features.length;
  const clusterOf = new Map(clusters.flatMap((c, k) => c.features.map((f) => [f, k + 1])));
  const name = (f) => (clusterOf.has(f) ? `${f} [${clusterOf.get(f)}]` : f);
  const cells = matrix.features.flatMap((a, i) => matrix.features.map((b, j) => ({a: name(a), b: name(b), r: matrix.values[i * d + j], strong: i !== j && Math.abs(matrix.values[i * d + j]) >= threshold})));
  const size = Math.min(width - 160, 52 * d);
  return Plot.plot({
    width: size + 160,
    height: size + 100,
    marginLeft: 160,
    marginBottom: 100,
    padding: 0.04,
    x: {domain: matrix.features.map(name), label: null, tickRotate: -40},
    y: {domain: matrix.features.map(name), label: null},
    color: {type: "linear", domain: [-1, 0, 1], range: ["#4269d0", "#f4f4f4", "#d62728"], legend: true, label: "correlation r"},
    marks: [
      Plot.cell(cells, {x: "b", y: "a", fill: "r"}),
      Plot.cell(cells.filter((c) => c.strong), {x: "b", y: "a", stroke: "currentColor", strokeWidth: 2, fill: "none"}),
      Plot.text(cells, {x: "b", y: "a", text: (c) => c.r.toFixed(2).replace("-", "−"), fontSize: size / d > 40 ? 11 : 9, fill: (c) => (Math.abs(c.r) > 0.6 ? "white" : "black")}),
      Plot.tip(cells, Plot.pointer({x: "b", y: "a", title: (c) => `${c.a} ~ ${c.b}\nr = ${c.r.toFixed(3)}${c.strong ? `\n|r| ≥ ${threshold}: linked` : ""}`})),
    ],
  });
}

/** The scree plot: each component's share of the variance (bars) and the running total (line). */
export function screePlot(pca, {width}) {
  width = Math.max(width, 360); // room for the labels at any card width
  const rows = Array.from(pca.ratios, (ratio, k) => ({component: `PC${k + 1}`, ratio, cumulative: pca.cumulative[k], variance: pca.variances[k]}));
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 50,
    x: {domain: rows.map((d) => d.component), label: null, padding: 0.25},
    y: {domain: [0, 1], label: "↑ share of the total variance", tickFormat: "%", grid: true},
    marks: [
      Plot.barY(rows, {x: "component", y: "ratio", fill: selectionColors.bar}),
      Plot.line(rows, {x: "component", y: "cumulative", stroke: "currentColor", marker: "circle"}),
      Plot.text(rows.slice(1), {x: "component", y: "cumulative", text: (d) => `${(100 * d.cumulative).toFixed(0)}%`, dy: -10, fontSize: 10}),
      Plot.text(rows, {x: "component", y: "ratio", text: (d) => d.variance.toFixed(2), dy: -6, fontSize: 10, fill: selectionColors.bar}),
      Plot.ruleY([0]),
    ],
  });
}

/**
 * The selection table: lib/selection's SelectionRow[], a statistic and its p-value in one
 * cell, importance with its sd; `highlight` in red. Sortable by the numbers.
 */
export function selectionTableView(rows, {width, highlight}) {
  const red = (feature) => (feature === highlight ? Object.assign(document.createElement("strong"), {textContent: `⚠ ${feature}`, style: `color:${selectionColors.leak}`}) : feature);
  // A number over a small grey line (its p-value, its sd): two short lines keep the table narrow.
  const twoLines = (top, bottom) => {
    const node = document.createElement("span");
    node.style.cssText = "display:inline-block;text-align:right;line-height:1.2";
    const small = document.createElement("span");
    small.style.cssText = "font-size:11px;color:var(--theme-foreground-muted)";
    small.textContent = bottom;
    node.append(top, document.createElement("br"), small);
    return node;
  };
  return Inputs.table(rows, {
    width,
    layout: "auto",
    rows: rows.length + 1,
    maxHeight: 48 + 40 * rows.length, // two-line rows: every feature in sight
    columns: ["feature", "chi2", "f", "mutualInformation", "aloneAuc", "importance", "cluster"],
    header: {chi2: "chi² (p)", f: "F (p)", mutualInformation: "MI (nats)", aloneAuc: "AUC alone", importance: "importance", cluster: "cluster"},
    format: {
      feature: red,
      chi2: (x, i, all) => twoLines(formatStat(x), `p ${formatP(all[i].chi2P)}`),
      f: (x, i, all) => twoLines(formatStat(x), `p ${formatP(all[i].fP)}`),
      mutualInformation: (x) => x.toFixed(4), aloneAuc: (x) => x.toFixed(3),
      importance: (x, i, all) => twoLines(x.toFixed(3), `± ${all[i].importanceSd.toFixed(3)}`),
      cluster: (c) => (c === null ? "" : String(c)),
    },
    sort: "mutualInformation",
    reverse: true,
  });
}

/** A red callout (a warning computed from the numbers): a title and HTML content. */
export function alarmCallout(title, content) {
  const node = document.createElement("div");
  node.className = "callout";
  Object.assign(node.style, {borderLeftColor: selectionColors.leak, background: `color-mix(in srgb, ${selectionColors.leak} 8%, var(--theme-background))`});
  const head = document.createElement("span");
  head.className = "callout-title";
  head.style.color = selectionColors.leak;
  head.textContent = title;
  node.append(head, content);
  return node;
}
