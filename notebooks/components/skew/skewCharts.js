// The training-serving skew page's views (training-serving-skew.md): the report as a
// table, match rates against --min-match, the first differing rows, and where the
// differing rows are (by day, key range and value range). Each takes data + {width}.
import * as Plot from "@observablehq/plot";
import {formatStat} from "../monitoring/driftColors.js";

export const skewStatusColors = {pass: "#4c9a5b", fail: "#b3261e", none: "#9498a0"};

/** A pass / fail chip. */
export function skewChip(status) {
  const chip = document.createElement("span");
  chip.textContent = status;
  Object.assign(chip.style, {
    display: "inline-block", padding: "0 0.5em", borderRadius: "0.8em", fontSize: "12px", fontWeight: "600",
    color: "white", background: skewStatusColors[status] ?? skewStatusColors.none, lineHeight: "1.6",
  });
  return chip;
}

const percent = (x) => (x === null || x === undefined ? "—" : x === 1 ? "100%" : `${(100 * x).toFixed(x > 0.999 ? 2 : 1)}%`);
const value = (x) => (x === null || x === undefined ? "null" : typeof x === "number" ? (Number.isInteger(x) ? String(x) : x.toPrecision(10).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")) : JSON.stringify(x));

/** The skew report, one row per column: match rate (tinted by status), null mismatches, mean/max |s − t|, distribution skew and status. */
export function skewTable(report, {width = 640} = {}) {
  const narrow = width < 720;
  const headers = [
    ["column", "feature"], ["match_rate", "match rate"], ["null_mismatch", "null mismatch"],
    ...(narrow ? [] : [["mean_abs_diff", "mean |s − t|"]]), ["max_abs_diff", "max |s − t|"], ["distribution", "distribution skew"], ["status", "status"],
  ];
  const wrap = document.createElement("div");
  Object.assign(wrap.style, {maxWidth: `${width}px`, overflowX: "auto"});
  const table = document.createElement("table");
  Object.assign(table.style, {width: "100%", fontVariantNumeric: "tabular-nums", fontSize: narrow ? "12px" : "13px"});
  const head = table.createTHead().insertRow();
  for (const [key, label] of headers) {
    const th = document.createElement("th");
    th.textContent = label;
    th.style.textAlign = key === "column" || key === "status" ? "left" : "right";
    th.style.whiteSpace = "nowrap";
    head.append(th);
  }
  const body = table.createTBody();
  for (const c of report.columns) {
    const row = body.insertRow();
    for (const [key] of headers) {
      const cell = row.insertCell();
      cell.style.whiteSpace = "nowrap";
      if (key === "column") {
        const code = document.createElement("code");
        code.textContent = c.column;
        cell.append(code);
      } else if (key === "status") cell.append(skewChip(c.status));
      else {
        cell.style.textAlign = "right";
        if (key === "match_rate") {
          cell.textContent = percent(c.match_rate);
          cell.style.fontWeight = "600";
          cell.style.background = `color-mix(in srgb, ${skewStatusColors[c.status]} 16%, transparent)`;
        } else if (key === "distribution") cell.textContent = `${c.distribution.metric === "js" ? "JS" : "L∞"} ${formatStat(c.distribution.value)}`;
        else if (key === "null_mismatch") cell.textContent = String(c.null_mismatch);
        else cell.textContent = formatStat(c[key]);
      }
    }
  }
  wrap.append(table);
  return wrap;
}

/**
 * Match rate per column as lollipops (coloured pass / fail) against the --min-match line.
 * The axis starts a little below the lowest rate (or min-match), so 95% and 99% are apart.
 */
export function skewMatchChart(report, {width = 640, minMatch = 0.99} = {}) {
  const rows = report.columns.map((c) => ({column: c.column, rate: c.match_rate ?? 0, status: c.status, unequal: c.compared - c.equal}));
  const lowest = Math.min(minMatch, ...rows.map((r) => r.rate));
  const from = Math.max(0, Math.floor((lowest - 0.01) * 50) / 50);
  return Plot.plot({
    width, height: 70 + 26 * rows.length, marginLeft: 150, marginRight: 80, marginTop: 24,
    x: {domain: [from, 1], label: "match rate →", tickFormat: "%", grid: true},
    y: {domain: rows.map((r) => r.column), label: null},
    color: {domain: ["pass", "fail"], range: [skewStatusColors.pass, skewStatusColors.fail], legend: true},
    marks: [
      Plot.ruleX([minMatch], {stroke: "currentColor", strokeDasharray: "4,3"}),
      Plot.text([minMatch], {x: (d) => d, frameAnchor: "top", dy: -14, text: () => `min-match ${minMatch}`, fontSize: 11}),
      Plot.ruleY(rows, {y: "column", x1: from, x2: "rate", stroke: "status", strokeWidth: 2}),
      Plot.dot(rows, {x: "rate", y: "column", fill: "status", r: 5, tip: true, title: (r) => `${r.column}: ${percent(r.rate)} equal, ${r.unequal} rows differ (${r.status})`}),
      Plot.text(rows, {x: 1, y: "column", text: (r) => (r.unequal ? `${r.unequal} differ` : "all equal"), textAnchor: "start", dx: 8, fontSize: 11}),
    ],
  });
}

/** The first differing rows of every failing column: key, training, serving and |s − t|. */
export function skewExamples(report, {width = 640} = {}) {
  const wrap = document.createElement("div");
  Object.assign(wrap.style, {maxWidth: `${width}px`, overflowX: "auto", maxHeight: "420px", overflowY: "auto"});
  const rows = report.columns.flatMap((c) => c.examples.map((e) => ({column: c.column, key: e.key.join(", "), training: value(e.training), serving: value(e.serving), diff: e.abs_diff})));
  if (!rows.length) {
    wrap.textContent = "No row differs: every compared value is equal within the tolerance.";
    return wrap;
  }
  const table = document.createElement("table");
  Object.assign(table.style, {width: "100%", fontVariantNumeric: "tabular-nums", fontSize: "12px"});
  const head = table.createTHead().insertRow();
  for (const label of ["feature", report.key.join(", "), "training", "serving", "|s − t|"]) {
    const th = document.createElement("th");
    th.textContent = label;
    th.style.textAlign = label === "feature" || label === report.key.join(", ") ? "left" : "right";
    head.append(th);
  }
  const body = table.createTBody();
  let previous = null;
  for (const r of rows) {
    const row = body.insertRow();
    if (r.column !== previous) row.style.borderTop = "2px solid var(--theme-foreground-faintest)";
    for (const [k, text] of [["column", r.column === previous ? "" : r.column], ["key", r.key], ["training", r.training], ["serving", r.serving], ["diff", r.diff === null ? "—" : formatStat(r.diff)]]) {
      const cell = row.insertCell();
      if (k === "column" && text) {
        const code = document.createElement("code");
        code.textContent = text;
        cell.append(code);
      } else cell.textContent = text;
      cell.style.textAlign = k === "column" || k === "key" ? "left" : "right";
      cell.style.whiteSpace = "nowrap";
    }
    previous = r.column;
  }
  wrap.append(table);
  return wrap;
}

/**
 * Where the rows differ: one small bar chart per column with differences, the share of
 * training's rows in each bucket of `dimension` ("by_day" | "by_key" | "by_value") that
 * differ from serving. `localisation` is lib/skew's localiseSkew result.
 */
export function skewWhereChart(localisation, {width = 640, dimension = "by_value"} = {}) {
  const wrap = document.createElement("div");
  const columns = localisation.columns.filter((c) => c[dimension].some((b) => b.unequal > 0));
  if (!columns.length) {
    wrap.textContent = "No bucket differs: every fingerprint matched.";
    return wrap;
  }
  const per = width < 560 ? 1 : 2;
  Object.assign(wrap.style, {display: "grid", gridTemplateColumns: `repeat(${per}, 1fr)`, gap: "0.5rem 1.5rem"});
  const w = Math.floor((width - (per - 1) * 24) / per);
  for (const c of columns) {
    const rows = c[dimension].map((b) => ({...b, share: b.training_rows ? b.unequal / b.training_rows : 0}));
    const cell = document.createElement("div");
    const title = document.createElement("div");
    title.innerHTML = `<code>${c.column}</code> <span style="color:var(--theme-foreground-muted);font-size:12px">${c[dimension].reduce((s, b) => s + b.unequal, 0)} rows differ</span>`;
    cell.append(title, Plot.plot({
      width: w, height: 176, marginBottom: 72, marginLeft: 48, marginRight: 8,
      x: {domain: rows.map((r) => r.bucket), ticks: thinned(rows.map((r) => r.bucket), w), label: dimension === "by_day" ? "UTC day" : dimension === "by_key" ? "key range, from" : null, tickRotate: -45, tickSize: 3, tickFormat: dimension === "by_day" ? (d) => String(d).slice(5) : dimension === "by_key" ? (d) => String(d).slice(1).split(",")[0] : shortLabel},
      y: {domain: [0, 1], tickFormat: "%", label: "↑ rows differing", grid: true},
      marks: [
        Plot.barY(rows, {x: "bucket", y: 1, fill: "#e8eaee"}),
        Plot.barY(rows, {x: "bucket", y: "share", fill: skewStatusColors.fail, tip: true, title: (r) => `${shortLabel(r.bucket)}: ${r.unequal} of ${r.training_rows} training rows differ`}),
        Plot.ruleY([0]),
      ],
    }));
    wrap.append(cell);
  }
  return wrap;
}

/** A bucket label with its numbers at 3 significant digits, e.g. "[69.80000000000001, 108)" → "[69.8, 108)". */
function shortLabel(label) {
  return String(label).replace(/-?\d+\.\d+(e[+-]?\d+)?/g, (x) => (Math.abs(Number(x)) >= 1000 ? String(Math.round(Number(x))) : formatStat(Number(x))));
}

/**
 * Which metric sees which bug: one dot per (knob alone, feature it damages), x the share of
 * joined rows that differ (1 − match rate), y the distribution skew (JS or L∞, log scale),
 * coloured by knob, with the --min-match line. `points` are {knob, column, mismatch, skew, metric}.
 */
export function skewKnobScatter(points, {width = 640, minMatch = 0.99} = {}) {
  const floor = 1e-6;
  const rows = points.map((p) => ({...p, y: Math.max(p.skew ?? 0, floor)}));
  const top = Math.max(0.05, ...rows.map((r) => r.mismatch)) * 1.1;
  return Plot.plot({
    width, height: Math.min(460, Math.max(300, width * 0.55)), marginLeft: 56, marginRight: 20, marginTop: 28,
    x: {domain: [0, top], tickFormat: "%", label: "rows that differ (1 − match rate) →", grid: true},
    y: {type: "log", domain: [floor, 1], label: "↑ distribution skew (JS or L∞)", grid: true, ticks: [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1], tickFormat: (d) => (d === floor ? "≤ 1e−6" : formatStat(d))},
    color: {legend: true, scheme: "tableau10"},
    marks: [
      Plot.ruleX([1 - minMatch], {stroke: "currentColor", strokeDasharray: "4,3"}),
      Plot.text([1 - minMatch], {x: (d) => d, frameAnchor: "top", dy: -16, text: () => `fails beyond ${formatStat(1 - minMatch)}`, textAnchor: "start", dx: 4, fontSize: 11}),
      Plot.dot(rows, {x: "mismatch", y: "y", fill: "knob", r: 6, stroke: "white", tip: true, title: (r) => `${r.knob} → ${r.column}\n${percent(1 - r.mismatch)} match, ${r.metric === "js" ? "JS" : "L∞"} ${formatStat(r.skew)}`}),
      Plot.text(rows.filter((r) => r.mismatch <= 0.7 * top), {x: "mismatch", y: "y", text: "column", dx: 9, textAnchor: "start", fontSize: 10, fill: "currentColor", fillOpacity: 0.75}),
      Plot.text(rows.filter((r) => r.mismatch > 0.7 * top), {x: "mismatch", y: "y", text: "column", dx: -9, textAnchor: "end", fontSize: 10, fill: "currentColor", fillOpacity: 0.75}),
    ],
  });
}

/** At most one tick per 22 px of a band axis: every k-th bucket, the first always shown. */
function thinned(domain, width) {
  const step = Math.max(1, Math.ceil(domain.length / Math.max(1, Math.floor((width - 60) / 22))));
  return domain.filter((_, i) => i % step === 0);
}
