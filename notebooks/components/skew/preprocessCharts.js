// Views of the preprocessing page (preprocessing.md): the leak of fitting on the wrong rows,
// a distribution before and after imputing and clipping, the spec beside its SQL, and one
// customer's transactions with a right-closed window. Each takes data plus {width} and
// returns a node; the numbers come from lib/preprocess and DuckDB, never from here.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {html} from "htl";

export const preprocessColors = {train: "#efb118", serve: "#4269d0", leak: "#e0453a", before: "#9498a0", after: "#4269d0", imputed: "#e0453a", clipped: "#ff8ab7"};

const variantLabels = {
  all_rows: "fitted on all rows (training + serving)",
  in_sample: "training window, in-sample",
  out_of_fold: "training window, out-of-fold",
};

/** A variant of encodingLeak as a learner reads it. */
export function variantLabel(variant) {
  return variantLabels[variant] ?? variant;
}

/**
 * AUC of each encodingLeak arm on the training rows (what the notebook reports) and on the
 * serving days (what production sees): rows {variant, trainAuc, serveAuc}.
 */
export function encodingLeakChart(results, {width}) {
  const long = results.flatMap((r) => [
    {variant: variantLabel(r.variant), score: "training rows (offline)", auc: r.trainAuc},
    {variant: variantLabel(r.variant), score: "serving days (out of time)", auc: r.serveAuc},
  ]);
  const lo = Math.min(...long.map((d) => d.auc));
  const narrow = width < 640;
  return Plot.plot({
    width,
    height: narrow ? 340 : 260,
    marginTop: narrow ? 40 : 20,
    marginLeft: narrow ? 12 : 250,
    marginRight: 50,
    x: {domain: [Math.max(0.5, Math.floor(lo * 20) / 20 - 0.05), 1], label: "AUC →", grid: true},
    y: {domain: results.map((r) => variantLabel(r.variant)), label: null, padding: 0.25, axis: narrow ? null : "left"},
    color: {domain: ["training rows (offline)", "serving days (out of time)"], range: [preprocessColors.train, preprocessColors.serve], legend: true},
    marks: [
      Plot.ruleY(results.map((r) => variantLabel(r.variant)), {x1: (v) => Math.min(...long.filter((d) => d.variant === v).map((d) => d.auc)), x2: (v) => Math.max(...long.filter((d) => d.variant === v).map((d) => d.auc)), stroke: "var(--theme-foreground-faint)", strokeWidth: 2}),
      Plot.dot(long, {x: "auc", y: "variant", fill: "score", r: 6, tip: true, title: (d) => `${d.variant}\n${d.score}: AUC ${d.auc.toFixed(4)}`}),
      Plot.text(long.filter((d) => d.score.startsWith("training")), {x: "auc", y: "variant", text: (d) => d.auc.toFixed(3), dy: -13, fill: "score", fontWeight: 600, fontSize: 11}),
      Plot.text(long.filter((d) => !d.score.startsWith("training")), {x: "auc", y: "variant", text: (d) => d.auc.toFixed(3), dy: 15, fill: "score", fontWeight: 600, fontSize: 11}),
      narrow ? Plot.text(results, {x: (d) => Math.max(0.5, Math.floor(lo * 20) / 20 - 0.05), y: (r) => variantLabel(r.variant), text: (r) => variantLabel(r.variant), dy: -30, textAnchor: "start", fill: "var(--theme-foreground-muted)", fontSize: 11}) : null,
    ],
  });
}

/**
 * Histograms of one column before and after the spec, stacked, on a shared log-dollar axis
 * (amounts are log-normal): `before` the raw non-null values, `after` the transformed ones,
 * `bounds` the clip bounds (or null), `fill` the value nulls were filled with and `imputed`
 * how many rows were filled. Values at or below one cent are drawn in the one-cent bin.
 */
export function beforeAfterHistograms({before, after, bounds, fill, imputed}, {width}) {
  const floor = 0.01;
  const log = (x) => Math.log10(Math.max(x, floor));
  const hi = Math.log10(Math.max(d3.max(before), d3.max(after)) * 1.05);
  const ticks = [0.01, 0.1, 1, 10, 100, 1000, 10000].filter((t) => Math.log10(t) <= hi);
  const lo = log(Math.min(d3.min(before), d3.min(after))) - 0.1;
  const thresholds = d3.range(lo, hi + 0.04, 0.04);
  const panel = (values, {title, color, last}) => Plot.plot({
    width,
    height: last ? 210 : 180,
    marginLeft: 56,
    marginRight: 20,
    marginTop: 46,
    x: {domain: [lo, hi], ticks: ticks.map(Math.log10).filter((t) => t >= lo), tickFormat: (d) => `$${(10 ** d).toLocaleString("en-US", {maximumFractionDigits: 2})}`, label: last ? "amount (log scale) →" : null, axis: last ? "bottom" : null},
    y: {label: "↑ rows", grid: true},
    marks: [
      Plot.rectY(values, Plot.binX({y: "count"}, {x: log, thresholds, fill: color, inset: 0.3})),
      bounds ? Plot.ruleX(bounds.filter((b) => b > floor), {x: log, stroke: preprocessColors.clipped, strokeWidth: 2, strokeDasharray: "4,3"}) : null,
      bounds && !last ? Plot.text(bounds.filter((b) => b > floor).map((b, i) => ({b, label: `${i === 0 && bounds[0] > floor ? "lower" : "upper"} ${b.toFixed(2)}`})), {x: (d) => log(d.b), text: "label", frameAnchor: "top", dy: -12, dx: 3, textAnchor: "start", fill: preprocessColors.clipped, fontWeight: 600}) : null,
      last && fill !== null && imputed > 0 ? Plot.ruleX([fill], {x: log, stroke: preprocessColors.imputed, strokeWidth: 1.5}) : null,
      last && fill !== null && imputed > 0 ? Plot.text([fill], {x: log, frameAnchor: "top", text: () => `${imputed.toLocaleString("en-US")} nulls filled with ${fill.toFixed(2)}`, dy: -12, ...(log(fill) < (lo + hi) / 2 ? {dx: 4, textAnchor: "start"} : {dx: -4, textAnchor: "end"}), fill: preprocessColors.imputed, fontWeight: 600}) : null,
      Plot.text([title], {frameAnchor: "top-left", dy: -38, text: (d) => d, fontWeight: 600, fontSize: 12, fill: color}),
      Plot.ruleY([0]),
    ],
  });
  return html`<div>${panel(before, {title: "Before: the raw training amounts (nulls are not drawn)", color: preprocessColors.before, last: false})}${panel(after, {title: "After: imputed and clipped, as the spec writes them", color: preprocessColors.after, last: true})}</div>`;
}

/**
 * The spec's JSON beside the SQL compiled from it (parameters written in place), two
 * scrolling panes side by side from 640 px, stacked below.
 */
export function specBesideSql({json, sqlText}, {width}) {
  const columns = width < 640 ? "1fr" : "1fr 1fr";
  const pane = (title, text, wrap) => html`<div style="min-width:0">
    <div style="font:600 12px var(--sans-serif);text-transform:uppercase;letter-spacing:.04em;color:var(--theme-foreground-muted);margin-bottom:4px">${title}</div>
    <pre style="margin:0;height:440px;overflow:auto;font-size:11px;line-height:1.35;background:var(--theme-background-alt);padding:8px;border-radius:4px;white-space:${wrap ? "pre-wrap" : "pre"};overflow-wrap:anywhere">${text}</pre>
  </div>`;
  return html`<div style="display:grid;grid-template-columns:${columns};gap:12px;max-width:${width}px">
    ${pane("The spec (JSON)", json, false)}
    ${pane("The SQL compiled from it", sqlText, true)}
  </div>`;
}

/**
 * One customer's transactions on a time axis (rows {ms, amount, value}: value is the window
 * feature after each), the chosen transaction `at` (epoch ms) circled and its window
 * (at − windowMs, at] shaded: the open left end dashed, the closed right end solid; the
 * purchases inside it in blue. `zoom` shows three windows before t and one after.
 */
export function windowTimeline({rows, at, windowMs, label, zoom = false}, {width}) {
  const from = at - windowMs;
  // Zoomed: three windows before t and one after, so the window's two ends are far apart on screen.
  const domain = zoom ? [new Date(at - 3 * windowMs), new Date(at + windowMs)] : undefined;
  const visible = zoom ? rows.filter((d) => d.ms >= at - 3 * windowMs && d.ms <= at + windowMs) : rows;
  const inWindow = (d) => d.ms > from && d.ms <= at;
  const inside = rows.filter(inWindow);
  const outside = rows.filter((d) => !inWindow(d));
  const yMax = Math.max(1, ...visible.map((d) => d.amount ?? 0));
  const edgeLabel = {fill: preprocessColors.serve, fontWeight: 600, fontSize: 11, stroke: "var(--theme-background-alt)", strokeWidth: 3, paintOrder: "stroke"};
  return Plot.plot({
    width,
    height: 360,
    marginLeft: 56,
    marginRight: 56,
    x: {type: "utc", label: null, domain},
    y: {label: "↑ amount ($)", grid: true, domain: [0, yMax * 1.15]},
    clip: zoom,
    marks: [
      Plot.rectX([{from, at}], {x1: (d) => new Date(d.from), x2: (d) => new Date(d.at), fill: preprocessColors.serve, fillOpacity: 0.1}),
      Plot.ruleX([from], {x: (d) => new Date(d), stroke: preprocessColors.serve, strokeDasharray: "4,3"}),
      Plot.ruleX([at], {x: (d) => new Date(d), stroke: preprocessColors.serve, strokeWidth: 2}),
      Plot.text([from], {x: (d) => new Date(d), text: () => "t − w (open: left out)", frameAnchor: "top", dy: 4, dx: -4, textAnchor: "end", ...edgeLabel}),
      Plot.text([at], {x: (d) => new Date(d), text: () => "t (closed: included)", frameAnchor: "top", dy: 4, dx: 4, textAnchor: "start", ...edgeLabel}),
      Plot.ruleX(outside, {x: (d) => new Date(d.ms), y1: 0, y2: "amount", stroke: preprocessColors.before, strokeOpacity: 0.6}),
      Plot.dot(outside, {x: (d) => new Date(d.ms), y: "amount", r: 3, fill: preprocessColors.before}),
      Plot.ruleX(inside, {x: (d) => new Date(d.ms), y1: 0, y2: "amount", stroke: preprocessColors.serve}),
      Plot.dot(inside, {x: (d) => new Date(d.ms), y: "amount", r: 4.5, fill: preprocessColors.serve}),
      Plot.dot(rows.filter((d) => d.ms === at), {x: (d) => new Date(d.ms), y: "amount", r: 8, stroke: preprocessColors.leak, strokeWidth: 2}),
      Plot.tip(rows, Plot.pointerX({x: (d) => new Date(d.ms), y: "amount", title: (d) => `${new Date(d.ms).toISOString().slice(0, 19).replace("T", " ")}\namount ${d.amount === null ? "null" : `$${d.amount.toFixed(2)}`}\n${label}: ${d.value === null ? "null" : d.value.toFixed(2)}`})),
    ],
  });
}
