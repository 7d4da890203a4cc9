// Charts of the delayed-labels page (delayed-labels.md): how long labels take to arrive,
// what is known as of a date, and what a maturity cutoff does to the fraud rate a
// training window shows. Each takes rows plus {width} and returns a node.
import * as Plot from "@observablehq/plot";

const classColors = {fraud: "#e0453a", legitimate: "#4269d0"};
export const rateColors = {truth: "var(--theme-foreground)", arrivedOnly: "#e0453a", missingAsLegit: "#9aa5b8"};
const rateNames = {truth: "truth (all labels, known later)", arrivedOnly: "on arrived labels only", missingAsLegit: "missing labels taken as legitimate"};
const percent = (x, d = 1) => `${(100 * x).toFixed(d)}%`;
const rateTicks = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];

/**
 * The three rate series as line marks, the truth dashed and drawn last (on top): Plot's
 * strokeDasharray is a constant, not a channel, so the truth gets a mark of its own.
 */
function rateLines(long, line) {
  const truth = long.filter((d) => d.series === rateNames.truth);
  const others = long.filter((d) => d.series !== rateNames.truth);
  return [line(others, {stroke: "series", strokeWidth: 2}), line(truth, {stroke: "series", strokeWidth: 2, strokeDasharray: "4,3"})];
}

/** Label delay histograms, rows {is_fraud, bin, labels} (bins of one day), each class as a share of its arrived labels. */
export function delayHistogramChart(rows, {width, summary = []}) {
  const totals = new Map();
  for (const r of rows) totals.set(r.is_fraud, (totals.get(r.is_fraud) ?? 0) + r.labels);
  const data = rows.map((r) => ({...r, cls: r.is_fraud ? "fraud" : "legitimate", share: r.labels / totals.get(r.is_fraud)}));
  const medians = summary.map((s) => ({cls: s.is_fraud ? "fraud" : "legitimate", days: s.median_days}));
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 50,
    x: {label: "days from the transaction to its label →", domain: [0, Math.max(...rows.map((r) => r.bin + 1))]},
    y: {label: "↑ share of the class's arrived labels (%)", grid: true, percent: true},
    color: {domain: ["fraud", "legitimate"], range: [classColors.fraud, classColors.legitimate], legend: true},
    marks: [
      Plot.rectY(data, {x1: "bin", x2: (d) => d.bin + 1, y: "share", fill: "cls", fillOpacity: 0.45, inset: 0}),
      Plot.ruleX(medians, {x: "days", stroke: "cls", strokeWidth: 2, strokeDasharray: "4,3"}),
      ...medians.map((m, i) => Plot.text([m], {x: "days", frameAnchor: "top", text: (d) => `median ${d.cls}: ${d.days.toFixed(1)} d`, fill: "cls", dx: 4, dy: 4 + 16 * i, textAnchor: "start"})),
      Plot.ruleY([0]),
    ],
  });
}

/**
 * What is known at `asOf` about each day of event time: rows {day, completeness,
 * arrivedOnly, missingAsLegit, truth} (labelBias per day), rates as 7-day means; `cutoff`
 * (epoch ms) marks where a maturity cutoff would end the training window.
 */
export function asOfChart(rows, {width, asOf, cutoff}) {
  const long = rows.flatMap((r) => ["truth", "arrivedOnly", "missingAsLegit"].map((k) => ({day: r.day, series: rateNames[k], rate: r[k]})));
  const rates = Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    x: {type: "utc", label: null},
    y: {type: "log", domain: [0.002, 1]},
    color: {domain: Object.values(rateNames), range: Object.values(rateColors), legend: true},
    marks: [
      // Tick labels as an explicit text channel: a log scale's tickFormat blanks 0.5%, 5% and 50%.
      Plot.axisY(rateTicks, {text: (d) => `${+(100 * d).toPrecision(2)}%`, label: "↑ fraud rate (7-day mean, log scale)"}),
      Plot.gridY(rateTicks),
      Plot.rectX([{}], {x1: () => cutoff, x2: () => asOf, fill: "var(--theme-foreground-faintest)", fillOpacity: 0.7}),
      ...rateLines(long, (data, options) => Plot.lineY(data, Plot.windowY({k: 7, reduce: "mean", anchor: "end"}, {x: "day", y: (d) => (d.rate > 0 ? d.rate : NaN), ...options}))),
      Plot.ruleX([cutoff], {stroke: "var(--theme-foreground-muted)"}),
      Plot.text([cutoff], {x: (d) => d, frameAnchor: "top", text: () => "maturity cutoff", dx: -4, dy: 4, textAnchor: "end", fill: "var(--theme-foreground-muted)"}),
      Plot.text([asOf], {x: (d) => d, frameAnchor: "top", text: () => "as of", dx: -4, dy: 4, textAnchor: "end", fill: "var(--theme-foreground-muted)"}),
    ],
  });
  const arrived = Plot.plot({
    width,
    height: 164,
    marginLeft: 50,
    marginBottom: 46,
    x: {type: "utc", label: "day of the transaction →", labelOffset: 42}, // below the two-line date ticks
    y: {label: "↑ labels arrived (%)", percent: true, domain: [0, 100], grid: true, ticks: [0, 50, 100]},
    marks: [
      Plot.areaY(rows, {x: "day", y: "completeness", fill: "#4269d0", fillOpacity: 0.25, curve: "step"}),
      Plot.lineY(rows, {x: "day", y: "completeness", stroke: "#4269d0", curve: "step"}),
      Plot.ruleX([cutoff], {stroke: "var(--theme-foreground-muted)"}),
      Plot.ruleY([0]),
    ],
  });
  const node = document.createElement("div");
  node.append(rates, arrived);
  return node;
}

/** Fraud rate of the training window against the maturity cutoff: rows {maturity_days, arrivedOnly, missingAsLegit, truth, completeness}. */
export function maturityChart(rows, {width, maturity}) {
  const long = rows.flatMap((r) => ["truth", "arrivedOnly", "missingAsLegit"].map((k) => ({m: r.maturity_days, series: rateNames[k], rate: r[k]})));
  const at = rows.find((r) => r.maturity_days === maturity);
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    x: {label: "maturity cutoff: train only on transactions at least this many days old →"},
    y: {label: "↑ fraud rate of the training window (%)", grid: true, percent: true, nice: true},
    color: {domain: Object.values(rateNames), range: Object.values(rateColors), legend: true},
    marks: [
      Plot.ruleX([maturity], {stroke: "var(--theme-foreground-faint)", strokeWidth: 8, strokeOpacity: 0.5}),
      ...rateLines(long.filter((d) => Number.isFinite(d.rate)), (data, options) => Plot.lineY(data, {x: "m", y: "rate", ...options})),
      at ? Plot.text([at], {x: "maturity_days", y: "arrivedOnly", text: (d) => percent(d.arrivedOnly, 2), dy: -10, fill: rateColors.arrivedOnly, fontWeight: 600}) : null,
      at ? Plot.text([at], {x: "maturity_days", y: "missingAsLegit", text: (d) => percent(d.missingAsLegit, 2), dy: 12, fill: "#6b7689", fontWeight: 600}) : null,
      Plot.ruleY([0]),
    ],
  });
}
