// The inconsistent-transforms page's views (inconsistent-transforms.md): two SQL texts
// side by side with the changed lines marked, where two implementations disagree (in
// size, against the tolerance; in time), the first differing rows, the variants × tests
// matrix, and match rate against rtol. Each takes data + {width}.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {skewStatusColors} from "./skewCharts.js";

export const transformsColors = {value: "#4269d0", nulls: "#e0453a", tolerance: "#4c9a5b", caught: skewStatusColors.fail, missed: "#9498a0"};

// Values to the cent, unless the two sides differ by less than that: then every digit of the double (the shortest that reads back).
const number = (x, full = false) => (x === null || x === undefined ? "null" : Number.isInteger(x) ? x.toLocaleString("en-US") : full ? String(x) : x.toLocaleString("en-US", {minimumFractionDigits: 2, maximumFractionDigits: 2}));
const gap = (x) => (x === null ? "—" : x === 0 ? "0" : x >= 0.005 ? number(x) : x.toExponential(2).replace("e-", "e−"));
const utc = (ms) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** Two SQL texts in two panes (stacked under 640 px), the lines of `right` that differ from `left` tinted. */
export function sqlSideBySide({left, right, leftTitle, rightTitle}, {width}) {
  const leftLines = new Set(left.split("\n"));
  const pane = (title, text, mark) => html`<div style="min-width:0">
    <div style="font:600 12px var(--sans-serif);text-transform:uppercase;letter-spacing:.04em;color:var(--theme-foreground-muted);margin-bottom:4px">${title}</div>
    <pre style="margin:0;overflow:auto;font-size:11.5px;line-height:1.45;background:var(--theme-background-alt);padding:8px 0;border-radius:4px">${text.split("\n").map((line) => html`<div style="padding:0 8px 0 2em;text-indent:-1.5em;white-space:pre-wrap;overflow-wrap:anywhere;${mark && !leftLines.has(line) ? `background:color-mix(in srgb, ${transformsColors.caught} 14%, transparent);` : ""}">${line || " "}</div>`)}</pre>
  </div>`;
  return html`<div style="display:grid;grid-template-columns:${width < 640 ? "1fr" : "1fr 1fr"};gap:12px;max-width:${width}px">
    ${pane(leftTitle, left, false)}
    ${pane(rightTitle, right, true)}
  </div>`;
}

/**
 * The rows where two implementations differ by a number: |difference| against |reference|
 * on log axes, with the tolerance atol + rtol·|reference| as a line (a row below it is
 * "equal" to the skew report). Rows where one side is null are counted in the caption.
 */
export function differenceScatter(differences, {width, rtol, atol, label = "candidate"}) {
  const numeric = differences.filter((d) => d.abs_diff !== null && d.abs_diff > 0 && d.reference !== null && d.reference !== 0);
  const nulls = differences.filter((d) => d.abs_diff === null).length;
  const zeroDiff = differences.filter((d) => d.abs_diff === 0).length;
  if (!numeric.length) {
    return html`<div style="padding:1rem;font:14px var(--sans-serif);color:var(--theme-foreground-muted)">No row differs by a number${nulls ? ` (${nulls.toLocaleString("en-US")} differ by a null on one side only)` : ""}${zeroDiff ? `; ${zeroDiff.toLocaleString("en-US")} differ only in the sign of zero` : ""}.</div>`;
  }
  const xs = numeric.map((d) => Math.abs(d.reference));
  const ys = numeric.map((d) => d.abs_diff);
  const [x0, x1] = [Math.min(...xs) / 1.5, Math.max(...xs) * 1.5];
  const yMin = Math.min(...ys), yMax = Math.max(...ys);
  const line = Array.from({length: 60}, (_, i) => x0 * (x1 / x0) ** (i / 59)).map((x) => ({x, y: atol + rtol * x})).filter((p) => p.y > 0);
  const [y0, y1] = [Math.min(yMin, ...line.map((p) => p.y)) / 3, Math.max(yMax, ...line.map((p) => p.y)) * 3];
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 64,
    x: {type: "log", label: "|reference value| →", domain: [x0, x1]},
    y: {type: "log", label: `↑ |${label} − reference|`, grid: true, domain: [Math.max(y0, 1e-18), y1], ticks: 6, tickFormat: (d) => d.toExponential(0).replace("e-", "e−")},
    caption: `${numeric.length.toLocaleString("en-US")} rows differ by a number${nulls ? `, ${nulls.toLocaleString("en-US")} by a null on one side only (not drawn)` : ""}. Green: the tolerance atol + rtol·|reference|; a dot under it counts as equal.`,
    marks: [
      line.length ? Plot.line(line, {x: "x", y: (p) => Math.max(p.y, Math.max(y0, 1e-18)), stroke: transformsColors.tolerance, strokeWidth: 2, strokeDasharray: "5,3"}) : null,
      Plot.dot(numeric, {x: (d) => Math.abs(d.reference), y: "abs_diff", r: 2.5, fill: transformsColors.value, fillOpacity: 0.45}),
      Plot.tip(numeric, Plot.pointer({x: (d) => Math.abs(d.reference), y: "abs_diff", title: (d) => `customer ${d.key}, ${utc(d.time)}\nreference ${number(d.reference, d.abs_diff < 0.005)}\n${label} ${number(d.candidate, d.abs_diff < 0.005)}\n|diff| ${gap(d.abs_diff)}`})),
    ],
  });
}

/** Differing rows per UTC day of the event, split into "value differs" and "null on one side". */
export function differenceTimeline(differences, {width, from, to}) {
  if (!differences.length) return html`<div style="padding:1rem;font:14px var(--sans-serif);color:var(--theme-foreground-muted)">No row differs, on any day.</div>`;
  const rows = differences.map((d) => ({day: new Date(d.time), kind: d.abs_diff === null ? "null on one side" : "value differs"}));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 56,
    x: {type: "utc", label: null, domain: [new Date(from), new Date(to)]},
    y: {label: "↑ differing rows per day", grid: true},
    color: {domain: ["value differs", "null on one side"], range: [transformsColors.value, transformsColors.nulls], legend: true},
    marks: [
      Plot.rectY(rows, Plot.binX({y: "count"}, {x: "day", fill: "kind", interval: "day", tip: true})),
      Plot.ruleY([0]),
    ],
  });
}

/** The first differing rows: customer, event time, both values and |difference|. */
export function differenceExamples(differences, {width, label = "candidate", rows = 6}) {
  const head = differences.slice(0, rows);
  if (!head.length) return html`<p style="font:14px var(--sans-serif);color:var(--theme-foreground-muted)">No row differs.</p>`;
  return html`<div style="max-width:${width}px;overflow-x:auto"><table style="font-variant-numeric:tabular-nums;font-size:13px;width:100%">
    <thead><tr><th>txn_id</th><th>customer</th><th>event time (UTC)</th><th style="text-align:right">reference</th><th style="text-align:right">${label}</th><th style="text-align:right">|difference|</th></tr></thead>
    <tbody>${head.map((d) => html`<tr><td>${d.id}</td><td>${d.key}</td><td style="white-space:nowrap">${utc(d.time)}</td><td style="text-align:right">${number(d.reference, d.abs_diff !== null && d.abs_diff < 0.005)}</td><td style="text-align:right">${number(d.candidate, d.abs_diff !== null && d.abs_diff < 0.005)}</td><td style="text-align:right">${gap(d.abs_diff)}</td></tr>`)}</tbody>
  </table></div>`;
}

/**
 * The variants × tests matrix: one row per implementation compared with the reference
 * ({label, differing, rows, checks: [{id, status, message}]}), one column per test
 * ({id, label}); a failed check is "caught" (red), a passed one "missed" (grey) when rows
 * differ, "quiet" when nothing differs.
 */
export function transformsMatrix(rows, tests, {width}) {
  const narrow = width < 700;
  const cell = (row, test) => {
    const check = row.checks.find((c) => c.id === test.id);
    const caught = check.status === "fail";
    const text = caught ? "caught" : row.differing ? "missed" : "—";
    const color = caught ? transformsColors.caught : row.differing ? transformsColors.missed : "transparent";
    return html`<td title=${check.message} style="text-align:center;padding:4px 6px"><span style="display:inline-block;min-width:4.5em;padding:1px 6px;border-radius:0.8em;font:600 12px var(--sans-serif);color:${caught ? "white" : "var(--theme-foreground)"};background:${caught ? color : `color-mix(in srgb, ${color} 22%, transparent)`}">${text}</span></td>`;
  };
  return html`<div style="max-width:${width}px;overflow-x:auto"><table style="font-size:${narrow ? 12 : 13}px;width:100%;font-variant-numeric:tabular-nums">
    <thead><tr><th style="text-align:left">implementation vs the reference</th><th style="text-align:right">rows differing</th>${tests.map((t) => html`<th style="text-align:center;font-weight:600">${t.label}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr><td>${r.label}</td><td style="text-align:right;white-space:nowrap">${r.differing.toLocaleString("en-US")} <span style="color:var(--theme-foreground-muted)">(${r.differing === 0 ? "0" : (100 * r.differing / r.rows) < 0.1 ? "<0.1" : (100 * r.differing / r.rows).toFixed(1)}%)</span></td>${tests.map((t) => cell(r, t))}</tr>`)}</tbody>
  </table></div>`;
}

/** Match rate against rtol (a point scale from loose to tight, 0 last), one line per pair, with the min-match line. */
export function toleranceChart(series, {width, minMatch}) {
  const label = (r) => (r === 0 ? "0" : r.toExponential(0).replace("e-", "e−"));
  const domain = [...new Set(series.map((d) => d.rtol))].sort((a, b) => b - a).map(label);
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    marginRight: 120,
    x: {type: "point", domain, label: "rtol (tighter →)"},
    y: {label: "↑ match rate", domain: [Math.min(minMatch - 0.01, ...series.map((d) => d.match_rate)), 1], grid: true, tickFormat: (d) => `${(100 * d).toFixed(d > 0.99 ? 1 : 0)}%`},
    color: {legend: true},
    marks: [
      Plot.ruleY([minMatch], {stroke: transformsColors.caught, strokeDasharray: "4,3"}),
      Plot.text([minMatch], {y: (d) => d, frameAnchor: "right", dx: 116, text: () => "min-match", fill: transformsColors.caught, textAnchor: "end", fontSize: 11}),
      Plot.line(series, {x: (d) => label(d.rtol), y: "match_rate", stroke: "pair"}),
      Plot.dot(series, {x: (d) => label(d.rtol), y: "match_rate", fill: "pair", r: 3, tip: true, title: (d) => `${d.pair}\nrtol ${label(d.rtol)}: ${d.equal.toLocaleString("en-US")} rows equal (${(100 * d.match_rate).toFixed(3)}%)`}),
    ],
  });
}

/**
 * The hand-written unit tests, one block per case: its events (customer, time from the
 * first event, amount), the expected value of the feature and what an implementation gave
 * (`outputs[i]` for case i, NaN = null), each row ticked or crossed by `results[i]`.
 */
export function unitTestTable(cases, {agg, outputs, results, label}, {width}) {
  const t0 = (c) => Math.min(...c.events.time);
  const since = (ms) => {
    const h = ms / 3_600_000;
    return h % 24 === 0 ? `day ${h / 24}` : `day ${Math.floor(h / 24)}, ${h % 24} h`;
  };
  const show = (x) => (x === null || x !== x ? "null" : String(x));
  return html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(${Math.min(300, width)}px,1fr));gap:12px;max-width:${width}px">${cases.map((c, k) => {
    const failed = new Set(results[k].failures.map((f) => f.row));
    return html`<div style="min-width:0;font:13px var(--sans-serif)">
      <div style="font-weight:600;margin-bottom:2px">${c.id} ${results[k].passed ? html`<span style="color:${skewStatusColors.pass}">✓ passes</span>` : html`<span style="color:${transformsColors.caught}">✗ fails</span>`}</div>
      <div style="color:var(--theme-foreground-muted);margin-bottom:4px">${c.title}</div>
      <div style="overflow-x:auto"><table style="font-variant-numeric:tabular-nums;width:100%;font-size:12.5px"><thead><tr><th>customer</th><th>time</th><th style="text-align:right">amount</th><th style="text-align:right">expected</th><th style="text-align:right">${label}</th></tr></thead>
      <tbody>${Array.from(c.events.id, (_, i) => html`<tr style="${failed.has(i) ? `background:color-mix(in srgb, ${transformsColors.caught} 12%, transparent)` : ""}"><td>${c.events.key[i]}</td><td style="white-space:nowrap">${since(c.events.time[i] - t0(c))}</td><td style="text-align:right">${show(c.events.value[i])}</td><td style="text-align:right">${show(c.expected[agg][i])}</td><td style="text-align:right;font-weight:${failed.has(i) ? 700 : 400}">${show(outputs[k][i])}</td></tr>`)}</tbody></table></div>
    </div>`;
  })}</div>`;
}
