// The charts of guardrails.md: each takes what lib/guardrails computed plus {width} and
// returns a node. Score axes are logarithmic: a fraud model's scores crowd near 0.
import * as Plot from "@observablehq/plot";
import {bandColors, classColors, modelColors, rateColors, statusColors} from "./guardrailColors.js";

export {bandColors, classColors, modelColors, rateColors, statusColors};

const halo = {stroke: "var(--theme-background)", strokeWidth: 4, paintOrder: "stroke"};
const scoreTicks = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
const floor = 0.001; // scores below it are drawn at it: the left edge of every score axis
const scoreAxis = (label, width = 640) => ({type: "log", domain: [floor, 1], ticks: width < 520 ? [0.001, 0.01, 0.1, 1] : scoreTicks, tickFormat: (d) => String(d), label, grid: true});

/** At most `max` row indices of a curve spread evenly over it (first and last kept), for lines. */
function thin(length, max = 600) {
  const step = Math.max(1, Math.floor(length / max));
  const out = [];
  for (let i = 0; i < length; i += step) out.push(i);
  if (out[out.length - 1] !== length - 1) out.push(length - 1);
  return out;
}

/** The curve's rows with a finite threshold, thinned, as {threshold, i}. */
function curveRows(curve) {
  return thin(curve.thresholds.length).filter((i) => Number.isFinite(curve.thresholds[i])).map((i) => ({i, threshold: Math.max(floor, curve.thresholds[i])}));
}

/** How the scores of each class spread: one histogram per class (share of that class), the threshold marked. */
export function scoreHistogram({scores, labels}, {width, threshold, extra = []}) {
  const rows = Array.from(scores, (s, i) => ({score: Math.max(floor, s), cls: labels[i] ? "fraud" : "legitimate"}));
  const edges = Array.from({length: 31}, (_, k) => 10 ** (-3 + k / 10));
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    marginRight: 90,
    x: scoreAxis("model score (log scale; below 0.001 drawn at 0.001) →", width),
    y: {label: "↑ share of the class", tickFormat: "%", grid: true},
    fy: {domain: ["legitimate", "fraud"], label: null, axis: null},
    color: {domain: ["legitimate", "fraud"], range: [classColors.legitimate, classColors.fraud]},
    marks: [
      Plot.rectY(rows, Plot.binX({y: "proportion-facet"}, {x: "score", fy: "cls", fill: "cls", thresholds: edges, insetLeft: 0.5, insetRight: 0.5})),
      Plot.ruleY([0]),
      ...extra.map((e) => Plot.ruleX([Math.max(floor, e.value)], {stroke: e.color ?? "var(--theme-foreground-muted)", strokeDasharray: "4,3"})),
      Plot.ruleX([Math.max(floor, threshold)], {stroke: "currentColor", strokeWidth: 2}),
      Plot.text(["legitimate", "fraud"], {fy: (d) => d, frameAnchor: "top-right", text: (d) => d, dx: 80, dy: 4, fill: (d) => classColors[d], fontWeight: 600, textAnchor: "end"}),
    ],
  });
}

/** Precision, recall and false positive rate against the threshold, the chosen one marked. */
export function rateCurves(curve, {width, threshold}) {
  const rows = curveRows(curve).flatMap(({i, threshold: t}) => [
    {threshold: t, rate: "precision", value: curve.precision[i]},
    {threshold: t, rate: "recall", value: curve.recall[i]},
    {threshold: t, rate: "false positive rate", value: curve.fpr[i]},
  ]);
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 50,
    x: scoreAxis("threshold: flag scores at or above it (log scale) →", width),
    y: {domain: [0, 1], label: "↑ rate", tickFormat: "%", grid: true},
    color: {domain: Object.keys(rateColors), range: Object.values(rateColors), legend: true},
    marks: [
      Plot.line(rows, {x: "threshold", y: "value", stroke: "rate", strokeWidth: 2, curve: "step"}),
      Plot.ruleX([Math.max(floor, threshold)], {stroke: "currentColor", strokeWidth: 1.5}),
      Plot.tip(rows, Plot.pointerX({x: "threshold", y: "value", title: (d) => `threshold ${d.threshold.toPrecision(3)}\n${d.rate}: ${(100 * d.value).toFixed(1)}%`})),
    ],
  });
}

/** Expected cost per transaction against the threshold: its minimum, Bayes' threshold and the slider's. */
export function costChart(curve, cost, {width, threshold, best, bayes}) {
  const rows = curveRows(curve).map(({i, threshold: t}) => ({threshold: t, cost: cost.perRow[i]}));
  const top = Math.max(...rows.map((d) => d.cost));
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    x: scoreAxis("threshold (log scale) →", width),
    y: {domain: [0, top * 1.08], label: "↑ expected cost per transaction ($)", grid: true},
    marks: [
      Plot.areaY(rows, {x: "threshold", y: "cost", fill: "#275fa8", fillOpacity: 0.08, curve: "step"}),
      Plot.line(rows, {x: "threshold", y: "cost", stroke: "#275fa8", strokeWidth: 2, curve: "step"}),
      Plot.ruleX([Math.max(floor, bayes)], {stroke: "#9c4fd6", strokeDasharray: "5,3"}),
      Plot.text([bayes], {x: (d) => Math.max(floor, d), frameAnchor: "top", dy: 6, dx: 4, textAnchor: "start", text: () => "cost_fp / (cost_fp + cost_fn)", fill: "#9c4fd6", fontSize: 10, ...halo}),
      Plot.ruleX([Math.max(floor, threshold)], {stroke: "currentColor", strokeWidth: 1.5}),
      Plot.dot([best], {x: (d) => Math.max(floor, d.threshold), y: "perRow", r: 6, fill: "#275fa8", stroke: "white"}),
      Plot.text([best], {x: (d) => Math.max(floor, d.threshold), y: "perRow", dy: 16, text: (d) => `minimum $${d.perRow.toFixed(3)} at ${d.threshold.toPrecision(3)}`, fill: "#275fa8", fontWeight: 600, ...halo}),
      Plot.tip(rows, Plot.pointerX({x: "threshold", y: "cost", title: (d) => `threshold ${d.threshold.toPrecision(3)}\n$${d.cost.toFixed(3)} per transaction`})),
    ],
  });
}

/** Recall against reviews per day, the capacity as a wall and the choice it forces. */
export function capacityChart(curve, {width, days, perDay, chosen, best}) {
  const rows = thin(curve.thresholds.length).map((i) => ({perDay: (curve.tp[i] + curve.fp[i]) / days, recall: curve.recall[i], precision: curve.precision[i], threshold: curve.thresholds[i]}));
  const xMax = Math.max(perDay * 1.5, (best.flagged / days) * 1.3, 20);
  const shown = rows.filter((d) => d.perDay <= xMax);
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 50,
    x: {domain: [0, xMax], label: "reviews per day (flagged transactions ÷ days) →", grid: true},
    y: {domain: [0, 1], label: "↑ recall: share of fraud flagged", tickFormat: "%", grid: true},
    marks: [
      Plot.rectX([{x1: perDay, x2: xMax}], {x1: "x1", x2: "x2", y1: 0, y2: 1, fill: "#b3261e", fillOpacity: 0.07}),
      Plot.ruleX([perDay], {stroke: "#b3261e", strokeWidth: 2}),
      Plot.text([perDay], {x: (d) => d, frameAnchor: "top", dx: 4, dy: 6, textAnchor: "start", text: (d) => `capacity ${d}/day`, fill: "#b3261e", fontWeight: 600, ...halo}),
      Plot.line(shown, {x: "perDay", y: "recall", stroke: rateColors.recall, strokeWidth: 2, curve: "step-after"}),
      Plot.dot([best], {x: (d) => d.flagged / days, y: "recall", r: 5, fill: "white", stroke: "#275fa8", strokeWidth: 2}),
      Plot.text([best], {x: (d) => d.flagged / days, y: "recall", dy: -12, text: () => "cost minimum", fill: "#275fa8", ...halo}),
      Plot.dot([chosen], {x: (d) => d.flagged / days, y: "recall", r: 6, fill: "#b3261e", stroke: "white"}),
      Plot.text([chosen], {x: (d) => d.flagged / days, y: "recall", dy: 16, text: () => "best within capacity", fill: "#b3261e", fontWeight: 600, ...halo}),
      Plot.tip(shown, Plot.pointerX({x: "perDay", y: "recall", title: (d) => `${d.perDay.toFixed(1)} reviews/day\nrecall ${(100 * d.recall).toFixed(1)}%, precision ${(100 * d.precision).toFixed(1)}%\nthreshold ${d.threshold.toPrecision(3)}`})),
    ],
  });
}

/** The three bands as one stacked bar of traffic, and the fraud each catches: rows {band, count, share, frauds}. */
export function bandsChart(rows, {width}) {
  const total = rows.reduce((s, d) => s + d.frauds, 0);
  const long = ["traffic", "fraud"].flatMap((what) => rows.map((d) => ({what, band: d.band, share: what === "traffic" ? d.share : d.frauds / total, count: what === "traffic" ? d.count : d.frauds})));
  return Plot.plot({
    width,
    height: 150,
    marginLeft: 70,
    x: {domain: [0, 1], tickFormat: "%", label: "share →"},
    y: {domain: ["traffic", "fraud"], label: null},
    color: {domain: Object.keys(bandColors), range: Object.values(bandColors), legend: true},
    marks: [
      Plot.barX(long, Plot.stackX({x: "share", y: "what", fill: "band", order: Object.keys(bandColors), title: (d) => `${d.band}: ${d.count.toLocaleString("en-US")} (${(100 * d.share).toFixed(1)}%)`})),
      Plot.text(long.filter((d) => d.share > 0.06), Plot.stackX({x: "share", y: "what", z: "band", order: Object.keys(bandColors), text: (d) => `${(100 * d.share).toFixed(1)}%`, fill: "white", fontWeight: 600})),
    ],
  });
}

/** Reliability: mean score against the share of fraud per bin, one line per model, the diagonal = calibrated. */
export function reliabilityChart(models, {width}) {
  const rows = models.flatMap(({model, calibration: c}) => Array.from(c.count, (count, b) => ({model, count, meanScore: c.meanScore[b], fraction: c.fractionPositive[b]})).filter((d) => d.count > 0));
  const top = Math.min(1, Math.max(0.05, ...rows.map((d) => Math.max(d.meanScore, d.fraction))) * 1.1);
  return Plot.plot({
    width,
    height: Math.min(360, Math.max(260, width * 0.5)),
    marginLeft: 50,
    x: {domain: [0, top], label: "mean score in the bin →", grid: true},
    y: {domain: [0, top], label: "↑ share of fraud in the bin", grid: true},
    r: {range: [2, 12]},
    color: {domain: Object.keys(modelColors), range: Object.values(modelColors), legend: true},
    marks: [
      Plot.line([[0, 0], [top, top]], {stroke: "var(--theme-foreground-faint)", strokeDasharray: "4,3"}),
      Plot.text([[top * 0.45, top * 0.45]], {text: () => "calibrated", rotate: -Math.atan(1) * 180 / Math.PI, dy: -8, fill: "var(--theme-foreground-muted)", fontSize: 10}),
      Plot.line(rows, {x: "meanScore", y: "fraction", stroke: "model", strokeWidth: 1.5}),
      Plot.dot(rows, {x: "meanScore", y: "fraction", r: "count", fill: "model", stroke: "white", tip: true, title: (d) => `${d.model}\n${d.count.toLocaleString("en-US")} transactions\nmean score ${d.meanScore.toFixed(3)}\nfraud ${(100 * d.fraction).toFixed(1)}%`}),
    ],
  });
}

/** Each gate check's interval of candidate − baseline against its threshold, one small chart per check. */
export function gateIntervals(checks, {width, labels = {}}) {
  const wrap = document.createElement("div");
  wrap.style.display = "grid";
  const columns = width >= 760 ? 2 : 1;
  wrap.style.gridTemplateColumns = `repeat(${columns}, 1fr)`;
  wrap.style.gap = "0.5rem 1.5rem";
  const each = Math.floor((width - (columns - 1) * 24) / columns);
  for (const check of checks) {
    const {ci, meanDelta} = check.comparison;
    const lower = check.direction === "lower";
    const span = Math.max(Math.abs(ci[0]), Math.abs(ci[1]), Math.abs(check.threshold), 1e-12);
    const domain = [Math.min(0, ci[0], check.threshold) - 0.15 * span, Math.max(0, ci[1], check.threshold) + 0.15 * span];
    const good = lower ? [domain[0], check.threshold] : [check.threshold, domain[1]];
    const color = statusColors[check.status];
    wrap.append(Plot.plot({
      width: each,
      height: 96,
      marginLeft: 10,
      marginRight: 10,
      marginTop: 26,
      x: {domain, label: null, ticks: 5, tickFormat: (d) => Number(d.toPrecision(3)).toString()},
      y: {domain: [0, 1], axis: null},
      marks: [
        Plot.rectX([good], {x1: (d) => d[0], x2: (d) => d[1], y1: 0, y2: 1, fill: statusColors.pass, fillOpacity: 0.08}),
        Plot.ruleX([0], {stroke: "var(--theme-foreground-faint)"}),
        Plot.ruleX([check.threshold], {stroke: "currentColor", strokeDasharray: "4,3"}),
        Plot.link([ci], {x1: (d) => d[0], x2: (d) => d[1], y1: 0.5, y2: 0.5, stroke: color, strokeWidth: 5, strokeLinecap: "round"}),
        Plot.dot([meanDelta], {x: (d) => d, y: 0.5, r: 4, fill: "white", stroke: color, strokeWidth: 2}),
        Plot.text([check], {frameAnchor: "top-left", dy: -20, text: (d) => `${labels[d.id] ?? d.id}: ${d.status}`, fill: color, fontWeight: 700}),
      ],
    }));
  }
  return wrap;
}

/** The four confusion counts at a threshold as a small table: rows the truth, columns the action. */
export function confusionGrid(point, {flagLabel = "flagged", passLabel = "allowed"} = {}) {
  const n = (x) => x.toLocaleString("en-US");
  const table = document.createElement("table");
  table.className = "fslab-confusion";
  table.style.fontVariantNumeric = "tabular-nums";
  table.style.maxWidth = "420px";
  const cells = [
    ["", flagLabel, passLabel],
    ["fraud", `${n(point.tp)} caught (TP)`, `${n(point.fn)} missed (FN)`],
    ["legitimate", `${n(point.fp)} false alarms (FP)`, `${n(point.tn)} left alone (TN)`],
  ];
  const tints = [[null, null, null], [null, "rgba(76,154,91,0.15)", "rgba(224,69,58,0.15)"], [null, "rgba(230,162,60,0.18)", null]];
  cells.forEach((row, r) => {
    const tr = table.insertRow();
    row.forEach((text, c) => {
      const cell = document.createElement(r === 0 || c === 0 ? "th" : "td");
      cell.textContent = text;
      cell.style.textAlign = c === 0 ? "left" : "right";
      cell.style.padding = "4px 10px";
      if (tints[r][c]) cell.style.background = tints[r][c];
      tr.append(cell);
    });
  });
  return table;
}

/** The gate's checks as a table: id, status chip, the bound tested, the threshold and the message. */
export function gateTable(gate, {width}) {
  const wrap = document.createElement("div");
  wrap.style.maxWidth = `${width}px`;
  wrap.style.overflowX = "auto";
  const table = document.createElement("table");
  table.style.fontSize = "13px";
  table.style.fontVariantNumeric = "tabular-nums";
  const head = table.createTHead().insertRow();
  for (const h of ["check", "status", "value", "threshold", "message"]) {
    const th = document.createElement("th");
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const c of gate.checks) {
    const tr = body.insertRow();
    const chip = document.createElement("span");
    chip.textContent = c.status;
    Object.assign(chip.style, {background: statusColors[c.status], color: "white", borderRadius: "3px", padding: "1px 6px", fontWeight: 600});
    const values = [c.id, chip, Number(c.value.toPrecision(4)).toString(), Number(c.threshold.toPrecision(4)).toString(), c.message];
    values.forEach((v, k) => {
      const td = tr.insertCell();
      if (typeof v === "string") td.textContent = v;
      else td.append(v);
      if (k === 0) td.style.whiteSpace = "nowrap";
      if (k === 2 || k === 3) td.style.textAlign = "right";
    });
  }
  wrap.append(table);
  return wrap;
}
