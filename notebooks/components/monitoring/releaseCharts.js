// The charts of release-comparison.md: each takes numbers computed by lib/release plus
// {width} and returns a node. Deltas are candidate − baseline, in the metric's units.
import * as Plot from "@observablehq/plot";

/** One colour per arm and per verdict, shared by every chart of the page. */
export const releaseColors = {baseline: "#4269d0", candidate: "#ef8a17", better: "#2e7d32", worse: "#b3261e", inconclusive: "#8a8a8a", bootstrap: "#9c4fd6", unpaired: "#b0813a", msprt: "#2e7d32", peeking: "#b3261e"};

/** A p-value tick: 1, 0.1, 0.01, then powers of ten as 10⁻⁴. */
const superscript = (n) => String(n).replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);
const pFormat = (p) => (p >= 0.01 ? String(p) : `10${superscript(Math.round(Math.log10(p)))}`);
// Every chart of the page sits in a card: the halo takes the card's background.
const halo = {stroke: "var(--theme-background-alt)", strokeWidth: 4, paintOrder: "stroke"};
const DAY = 86_400_000;
/** A number at 3 significant digits, without trailing zeros: 0.0276, 7.62, 0.00108. */
export const sig = (x, digits = 3) => (x === null || x === undefined || !Number.isFinite(x) ? String(x) : String(Number(x.toPrecision(digits))));

/** Both arms per day (rows {day, baseline, candidate}), the days not used shaded. */
export function releaseDailyChart(rows, {width, label, usedDays}) {
  const long = rows.flatMap((d) => [{day: d.day, arm: "baseline", value: d.baseline}, {day: d.day, arm: "candidate", value: d.candidate}]).filter((d) => d.value !== null);
  const cut = rows[Math.min(usedDays, rows.length) - 1]?.day;
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 60,
    x: {type: "utc", label: null},
    y: {label: `↑ ${label}`, grid: true, nice: true, zero: false},
    color: {domain: ["baseline", "candidate"], range: [releaseColors.baseline, releaseColors.candidate], legend: true},
    marks: [
      cut !== undefined && cut < rows.at(-1).day ? Plot.rectX([cut], {x1: (d) => d + DAY / 2, x2: rows.at(-1).day + DAY / 2, fill: "var(--theme-foreground-faintest)", fillOpacity: 0.5}) : null,
      cut !== undefined && cut < rows.at(-1).day ? Plot.text([cut], {x: (d) => d + DAY, frameAnchor: "top", dy: 4, textAnchor: "start", text: () => "not used yet", fill: "currentColor", fillOpacity: 0.7}) : null,
      Plot.lineY(long, {x: "day", y: "value", stroke: "arm", strokeWidth: 1.3}),
      Plot.dot(long, {x: "day", y: "value", fill: "arm", r: 2}),
      Plot.tip(long, Plot.pointerX({x: "day", y: "value", stroke: "arm", title: (d) => `${new Date(d.day).toISOString().slice(0, 10)}\n${d.arm}: ${sig(d.value, 4)}`})),
    ],
  });
}

/** The per-day deltas as bars from 0 (rows {day, delta}), the used days' mean and its interval as a band. */
export function releaseDeltaChart(rows, {width, label, comparison, usedDays}) {
  const used = rows.slice(0, usedDays).filter((d) => d.delta !== null);
  const [x1, x2] = [used[0].day - DAY / 2, used.at(-1).day + DAY / 2];
  const color = releaseColors[comparison.status];
  return Plot.plot({
    width,
    height: 250,
    marginLeft: 60,
    x: {type: "utc", label: null, domain: [x1, x2], ...(used.length <= 16 ? {ticks: "day", tickFormat: "%b %-d"} : {})},
    y: {label: `↑ ${label}: candidate − baseline`, grid: true, nice: true},
    marks: [
      Plot.rect([comparison], {x1, x2, y1: (d) => d.ci[0], y2: (d) => d.ci[1], fill: color, fillOpacity: 0.18}),
      Plot.rectY(used, {x1: (d) => d.day - DAY / 2, x2: (d) => d.day + DAY / 2, y: "delta", fill: (d) => (d.delta >= 0 ? releaseColors.candidate : releaseColors.baseline), fillOpacity: 0.7, inset: used.length > 45 ? 0.5 : 1.5}),
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.ruleY([comparison.meanDelta], {stroke: color, strokeWidth: 2}),
      Plot.text([comparison], {x: x2, y: (d) => d.ci[1], text: (d) => `mean ${sig(d.meanDelta)}, ${Math.round(100 * d.confidence)}% interval [${sig(d.ci[0])}, ${sig(d.ci[1])}]`, textAnchor: "end", dy: -7, fill: color, fontWeight: 600, ...halo}),
      Plot.tip(used, Plot.pointerX({x: "day", y: "delta", title: (d) => `${new Date(d.day).toISOString().slice(0, 10)}\ndelta ${sig(d.delta, 4)}`})),
    ],
  });
}

/** Intervals side by side: rows {label, estimate, lo, hi, color}, 0 marked; an optional margin line (x) and its label. */
export function releaseIntervalsChart(rows, {width, label, margin}) {
  const xs = rows.flatMap((d) => [d.lo, d.hi]).concat([0], margin ? [margin.x] : []);
  const span = Math.max(...xs) - Math.min(...xs) || 1;
  return Plot.plot({
    width,
    height: 48 * rows.length + 60,
    marginLeft: width < 600 ? 130 : 190,
    marginRight: 20,
    x: {domain: [Math.min(...xs) - 0.08 * span, Math.max(...xs) + 0.08 * span], label: `${label}: candidate − baseline →`, grid: true},
    y: {domain: rows.map((d) => d.label), label: null},
    marks: [
      Plot.ruleX([0], {stroke: "currentColor", strokeWidth: 1.5}),
      margin ? Plot.ruleX([margin.x], {stroke: releaseColors.worse, strokeDasharray: "5,3"}) : null,
      margin ? Plot.text([margin], {x: "x", frameAnchor: "top", text: "label", fill: releaseColors.worse, dy: -2, textAnchor: margin.x < 0 ? "start" : "end", dx: margin.x < 0 ? 4 : -4, ...halo}) : null,
      Plot.link(rows, {x1: "lo", x2: "hi", y1: "label", y2: "label", stroke: "color", strokeWidth: 4, strokeLinecap: "round"}),
      Plot.dot(rows, {x: "estimate", y: "label", fill: "white", stroke: "color", strokeWidth: 2, r: 5}),
      Plot.text(rows, {x: "hi", y: "label", text: (d) => `[${sig(d.lo)}, ${sig(d.hi)}]`, dy: -12, textAnchor: "end", fill: "color", fontSize: 11, ...halo}),
    ],
  });
}

/** The bootstrap's resampled means as a histogram, its percentile interval and the t interval marked. */
export function releaseBootstrapChart({means, ci, tCi}, {width, label}) {
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 50,
    x: {label: `mean ${label} delta in a resample →`},
    y: {label: "↑ resamples", grid: true},
    color: {domain: ["bootstrap interval", "Student-t interval"], range: [releaseColors.bootstrap, releaseColors.better], legend: true},
    marks: [
      Plot.rectY(means, Plot.binX({y: "count"}, {x: (d) => d, thresholds: 40, fill: releaseColors.bootstrap, fillOpacity: 0.4})),
      Plot.ruleX(ci, {stroke: () => "bootstrap interval", strokeWidth: 2}),
      Plot.ruleX(tCi, {stroke: () => "Student-t interval", strokeWidth: 2, strokeDasharray: "5,3"}),
      Plot.ruleY([0]),
    ],
  });
}

/** The interval as the days accumulate (comparisonsOverTime): a band, the estimate, each day's verdict as a coloured dot. */
export function releaseOverTimeChart(over, {width, label}) {
  // The first few days' intervals are enormous (t with 1 or 2 df): frame the rest, clip those.
  const framed = over.filter((d) => d.units >= Math.min(6, over.at(-1).units));
  const lo = Math.min(0, ...framed.map((d) => d.ci[0])), hi = Math.max(0, ...framed.map((d) => d.ci[1]));
  const pad = 0.1 * (hi - lo || 1);
  return Plot.plot({
    width,
    height: 250,
    marginLeft: 60,
    clip: true,
    x: {label: "days of the rollout used →", domain: [1, over.at(-1).units + 1]},
    y: {label: `↑ ${label}: candidate − baseline (first days clipped)`, grid: true, domain: [lo - pad, hi + pad]},
    color: {domain: ["better", "inconclusive", "worse"], range: [releaseColors.better, releaseColors.inconclusive, releaseColors.worse], legend: true},
    marks: [
      Plot.areaY(over, {x: "units", y1: (d) => d.ci[0], y2: (d) => d.ci[1], fill: "currentColor", fillOpacity: 0.08}),
      Plot.ruleY([0]),
      Plot.lineY(over, {x: "units", y: "meanDelta", stroke: "currentColor", strokeOpacity: 0.5}),
      Plot.dot(over, {x: "units", y: "meanDelta", fill: "status", r: 2.5}),
      Plot.tip(over, Plot.pointerX({x: "units", y: "meanDelta", title: (d) => `first ${d.units} days\nmean ${sig(d.meanDelta)}\n${Math.round(100 * d.confidence)}%: [${sig(d.ci[0])}, ${sig(d.ci[1])}]\n${d.status}`})),
    ],
  });
}

/**
 * Guardrails: one small panel per metric (their units differ), each the interval of
 * candidate − baseline against its margin, the unacceptable side shaded.
 */
export function releaseGuardrailCharts(checks, {width}) {
  const columns = width < 640 ? 1 : Math.min(3, checks.length);
  const panelWidth = Math.floor((width - 16 * (columns - 1)) / columns);
  const node = document.createElement("div");
  node.style.cssText = `display:grid;grid-template-columns:repeat(${columns},${panelWidth}px);gap:16px`;
  for (const c of checks) {
    const {ci, meanDelta} = c.comparison;
    const xs = [ci[0], ci[1], 0, c.threshold];
    const span = Math.max(...xs) - Math.min(...xs) || 1;
    const domain = [Math.min(...xs) - 0.15 * span, Math.max(...xs) + 0.15 * span];
    const color = c.status === "pass" ? releaseColors.better : releaseColors.worse;
    const bad = c.direction === "lower" ? [c.threshold, domain[1]] : [domain[0], c.threshold];
    node.append(Plot.plot({
      width: panelWidth,
      height: 150,
      marginLeft: 12,
      marginRight: 12,
      marginTop: 34,
      x: {domain, label: `${c.direction} is better →`, ticks: 3, tickFormat: (d) => sig(d, 2)},
      y: {axis: null, domain: [0, 1]},
      marks: [
        Plot.rect([bad], {x1: (d) => d[0], x2: (d) => d[1], y1: 0, y2: 1, fill: releaseColors.worse, fillOpacity: 0.08}),
        Plot.ruleX([0], {stroke: "currentColor", strokeOpacity: 0.5}),
        Plot.ruleX([c.threshold], {stroke: releaseColors.worse, strokeDasharray: "5,3"}),
        Plot.link([ci], {x1: (d) => d[0], x2: (d) => d[1], y1: 0.45, y2: 0.45, stroke: color, strokeWidth: 5, strokeLinecap: "round"}),
        Plot.dot([meanDelta], {x: (d) => d, y: 0.45, fill: "white", stroke: color, strokeWidth: 2, r: 5}),
        Plot.text([c], {frameAnchor: "top-left", dy: -26, text: (d) => `${d.metric}: ${d.status}`, fill: color, fontWeight: 600, fontSize: 12}),
        Plot.text([c], {frameAnchor: "top-left", dy: -11, text: (d) => `margin ${d.threshold > 0 ? "+" : d.threshold < 0 ? "−" : ""}${sig(Math.abs(d.threshold))} (dashed)`, fill: releaseColors.worse, fontSize: 11}),
      ],
    }));
  }
  return node;
}

/** Peeking: the share of A/A comparisons declared significant by each look, for the t-test checked at every look and the mSPRT; α and the fixed horizon marked. */
export function releasePeekingChart(sim, {width}) {
  const rows = sim.byLook.flatMap((d) => [{day: d.day, test: "t-test at every look", rate: d.peeking}, {day: d.day, test: "mSPRT at every look", rate: d.msprt}]);
  const top = Math.max(sim.peekingRate, sim.alpha * 2, sim.fixedHorizonRate) * 1.15;
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    x: {label: "day of the look →", domain: [0, sim.days + 1]},
    y: {label: "↑ comparisons declared a winner so far (%)", percent: true, grid: true, domain: [0, 100 * top]},
    color: {domain: ["t-test at every look", "mSPRT at every look", "one t-test at the horizon"], range: [releaseColors.peeking, releaseColors.msprt, "currentColor"], legend: true},
    marks: [
      Plot.ruleY([sim.alpha], {stroke: "currentColor", strokeDasharray: "5,3"}),
      Plot.text([sim.alpha], {y: (d) => d, frameAnchor: "right", dx: -4, dy: -7, textAnchor: "end", text: (d) => `α = ${d}`, fill: "currentColor", ...halo}),
      Plot.lineY(rows, {x: "day", y: "rate", stroke: "test", z: "test", strokeWidth: 2, curve: "step-after"}),
      sim.byLook.length <= 10 ? Plot.dot(rows, {x: "day", y: "rate", fill: "test", r: 4}) : null,
      Plot.dot([sim], {x: "days", y: "fixedHorizonRate", fill: () => "one t-test at the horizon", r: 5}),
      Plot.tip(rows, Plot.pointerX({x: "day", y: "rate", stroke: "test", z: "test", title: (d) => `day ${d.day}\n${d.test}: ${(100 * d.rate).toFixed(1)}%`})),
    ],
  });
}

/** The first simulated A/A comparisons' p-values at each look (t-test, log scale), α marked, each path's first dip below α as a dot. */
export function releasePathsChart(sim, {width}) {
  const rows = sim.paths.map((d) => ({...d, p: Math.max(1e-4, d.tTestP)}));
  const firstDips = [];
  const seen = new Set();
  for (const d of rows) if (d.tTestP < sim.alpha && !seen.has(d.simulation)) seen.add(d.simulation), firstDips.push(d);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    x: {label: "day of the look →", domain: [0, sim.days + 1]},
    y: {type: "log", label: "↑ p-value of the t-test at that look (log scale)", domain: [1e-4, 1], ticks: [1e-4, 1e-3, 1e-2, 0.1, 1], tickFormat: pFormat, grid: true},
    marks: [
      Plot.rect([sim.alpha], {x1: 0, x2: sim.days + 1, y1: 1e-4, y2: (d) => d, fill: releaseColors.peeking, fillOpacity: 0.06}),
      Plot.ruleY([sim.alpha], {stroke: releaseColors.peeking, strokeDasharray: "5,3"}),
      Plot.lineY(rows, {x: "day", y: "p", z: "simulation", stroke: (d) => (seen.has(d.simulation) ? releaseColors.peeking : "currentColor"), strokeOpacity: (d) => (seen.has(d.simulation) ? 0.8 : 0.22), strokeWidth: 1}),
      Plot.dot(firstDips, {x: "day", y: "p", fill: releaseColors.peeking, r: 3.5}),
      Plot.text([sim.alpha], {y: (d) => d, frameAnchor: "right", dy: 10, textAnchor: "end", text: () => "“significant”: a peeker stops here", fill: releaseColors.peeking, ...halo}),
    ],
  });
}

/** The mSPRT on the world's deltas: the always-valid p-value by day beside the daily t-test's, α marked. */
export function releaseMsprtChart({days, tTestP, msprtP, alpha}, {width}) {
  const floor = 1e-8;
  const rows = days.flatMap((day, i) => [
    ...(tTestP[i] === null ? [] : [{day, test: "t-test on the days so far", p: Math.max(floor, tTestP[i])}]),
    {day, test: "mSPRT (always valid)", p: Math.max(floor, msprtP[i])},
  ]);
  const lo = Math.max(floor, Math.min(alpha / 10, ...rows.map((d) => d.p)));
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {label: "days of the rollout →"},
    y: {type: "log", label: `↑ p-value (log scale${lo === floor ? "; below 10⁻⁸ drawn at 10⁻⁸" : ""})`, domain: [lo, 1], ticks: [1e-8, 1e-6, 1e-4, 1e-2, 1].filter((t) => t >= lo), tickFormat: pFormat, grid: true},
    color: {domain: ["t-test on the days so far", "mSPRT (always valid)"], range: [releaseColors.peeking, releaseColors.msprt], legend: true},
    marks: [
      Plot.ruleY([alpha], {stroke: "currentColor", strokeDasharray: "5,3"}),
      Plot.text([alpha], {y: (d) => d, frameAnchor: "right", dy: -7, textAnchor: "end", text: (d) => `α = ${d}`, fill: "currentColor", ...halo}),
      Plot.lineY(rows, {x: "day", y: "p", stroke: "test", strokeWidth: 2}),
      Plot.tip(rows, Plot.pointerX({x: "day", y: "p", stroke: "test", title: (d) => `day ${d.day}\n${d.test}: ${d.p.toExponential(2)}`})),
    ],
  });
}
