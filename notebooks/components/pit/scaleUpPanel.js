// "Scale it up" (point-in-time-joins.md): generate N spine and M feature rows in the
// browser (lib/leakage/randomJoinTables: typed arrays, seeded), join them point in time
// with the TypeScript kernel and with DuckDB's ASOF SQL, time each step and check that
// the two results agree (ordered fingerprints of the output, and a row-by-row compare).
// It runs on a button press; one small run starts on load so the page shows a result.
import * as Inputs from "@observablehq/inputs";
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {fingerprintTable} from "../../lib/fingerprint/index.js";
import {randomJoinTables} from "../../lib/leakage/index.js";
import {pointInTimeJoinKernel, pointInTimeJoinSql, readNumberColumn} from "../../lib/pit/index.js";
import {getEngine, reportError, track} from "../shell/duckdbClient.js";

const view = {name: "v", joinKeys: ["customer_id"], timestampField: "event_timestamp", ttlMs: 30 * 86_400_000, features: ["value"]};
const count = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
const fmt = (ms) => `${Math.round(ms).toLocaleString("en-US")} ms`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

/**
 * The panel (made once, sized from its container): size pickers, a Run button, progress
 * text, and a table and chart of every run so far. The first run starts once `after` (a
 * promise, optional) resolves.
 */
export function scaleUpPanel({initial = {spineRows: 10_000, featureRows: 100_000}, after} = {}) {
  const spinePick = Inputs.select([10_000, 100_000, 1_000_000], {label: "Spine rows (N)", value: initial.spineRows, format: count});
  const featurePick = Inputs.select([100_000, 1_000_000, 10_000_000], {label: "Feature rows (M)", value: initial.featureRows, format: count});
  const button = html`<button style="font:600 14px var(--sans-serif);padding:6px 16px;border-radius:6px;border:1px solid #4269d0;background:#4269d0;color:white;cursor:pointer">Run both joins</button>`;
  const progress = html`<p style="font:14px var(--sans-serif);color:var(--theme-foreground-muted);min-height:1.5em;margin:.4rem 0"></p>`;
  const results = html`<div></div>`;
  const runs = [];
  let busy = false;

  // Sized when drawn, from the page: the panel is made once (a cell that read `width` would
  // rebuild it, and its runs, on every resize).
  const render = () => {
    const width = Math.max(360, results.clientWidth || 640);
    results.replaceChildren(runTable(runs, width), runs.length ? runChart(runs, width) : "");
  };
  const run = async (spineRows, featureRows, onLoad) => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    const say = (text) => (progress.textContent = text);
    const entry = {spineRows, featureRows, keys: Math.max(1, Math.round(spineRows / 10)), state: "running"};
    runs.unshift(entry);
    try {
      say(`Generating ${count(spineRows)} spine rows and ${count(featureRows)} feature rows…`);
      await tick();
      let t = performance.now();
      let {spine, features} = randomJoinTables({spineRows, featureRows, keys: entry.keys, seed: 7});
      entry.generateMs = performance.now() - t;
      say(`Joining with the TypeScript kernel…`);
      await tick();
      t = performance.now();
      const kernel = pointInTimeJoinKernel(spine, [{view, table: features}], {includeFeatureTimestamps: true});
      entry.kernelMs = performance.now() - t;
      say(`Loading both tables into DuckDB (Arrow IPC into the worker)…`);
      await tick();
      const db = await getEngine();
      t = performance.now();
      await db.loadArrow("scale_spine", spine);
      await db.loadArrow("scale_features", features);
      entry.loadMs = performance.now() - t;
      spine = features = null; // let the generated columns go before DuckDB's join needs memory
      say(`Joining with DuckDB's ASOF JOIN…`);
      await tick();
      t = performance.now();
      const asof = await db.query(pointInTimeJoinSql({spine: "scale_spine", views: [{view, source: "scale_features"}], includeFeatureTimestamps: true}));
      entry.sqlMs = performance.now() - t;
      say(`Checking that the two results agree…`);
      await tick();
      t = performance.now();
      entry.kernelPrint = fingerprintTable(kernel, {ordered: true}).fingerprint;
      entry.sqlPrint = fingerprintTable(asof, {ordered: true}).fingerprint;
      entry.mismatches = mismatches(kernel, asof);
      entry.matched = kernel.numRows - kernel.getChild("v__value").nullCount;
      entry.checkMs = performance.now() - t;
      entry.state = entry.kernelPrint === entry.sqlPrint && entry.mismatches === 0 ? "agree" : "DIFFER";
      if (entry.state !== "agree") reportError(`scale-up: kernel and ASOF SQL differ on ${entry.mismatches} rows`);
      say(`Done: ${count(spineRows)} × ${count(featureRows)}, kernel ${fmt(entry.kernelMs)}, DuckDB ASOF ${fmt(entry.sqlMs)}.`);
    } catch (error) {
      entry.state = "failed";
      entry.error = String(error?.message ?? error).split("\n")[0];
      say(`Failed at ${count(spineRows)} × ${count(featureRows)}: ${entry.error}`);
      if (onLoad) reportError(`scale-up: ${entry.error}`);
    } finally {
      const db = await getEngine().catch(() => null);
      await db?.query("DROP TABLE IF EXISTS scale_spine").catch(() => {});
      await db?.query("DROP TABLE IF EXISTS scale_features").catch(() => {});
      busy = false;
      button.disabled = false;
      render();
    }
  };
  button.onclick = () => track(run(spinePick.value, featurePick.value, false));
  render();
  // The first run waits for `after` (the page's own queries): DuckDB runs one statement at a
  // time, and a join queued behind the page's would be timed with its wait.
  progress.textContent = after ? "Waiting for the joins above to finish…" : "";
  track(Promise.resolve(after).then(() => run(initial.spineRows, initial.featureRows, true)));
  return html`<div>
    <div style="display:flex;flex-wrap:wrap;gap:1rem;align-items:end">${spinePick}${featurePick}${button}</div>
    ${progress}${results}
  </div>`;
}

/** Rows where the kernel's and DuckDB's value or feature timestamp differ (nulls equal nulls). */
function mismatches(a, b) {
  let n = 0;
  for (const name of ["v__value", "v__event_timestamp"]) {
    const x = readNumberColumn(a.getChild(name));
    const y = readNumberColumn(b.getChild(name));
    if (x.length !== y.length) return Math.max(x.length, y.length);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !(x[i] !== x[i] && y[i] !== y[i])) n++;
  }
  return n;
}

function runTable(runs, width) {
  const th = "padding:4px 8px;text-align:right;font:600 12px var(--sans-serif);white-space:nowrap";
  const td = "padding:3px 8px;vertical-align:top;text-align:right;font:12px/1.5 var(--monospace);white-space:nowrap";
  const ms = (v) => (v === undefined ? "—" : fmt(v));
  return html`<div style="max-width:${width}px;overflow-x:auto"><table style="border-collapse:collapse;max-width:none">
    <thead><tr><th style="${th}">N × M</th><th style="${th}">generate</th><th style="${th};color:#4269d0">kernel</th><th style="${th}">DuckDB load</th><th style="${th};color:#e0453a">DuckDB ASOF</th><th style="${th}">matched</th><th style="${th}">kernel = SQL?</th></tr></thead>
    <tbody>${runs.map((r) => html`<tr>
      <td style="${td}">${count(r.spineRows)} × ${count(r.featureRows)}</td>
      <td style="${td}">${ms(r.generateMs)}</td><td style="${td}">${ms(r.kernelMs)}</td><td style="${td}">${ms(r.loadMs)}</td><td style="${td}">${ms(r.sqlMs)}</td>
      <td style="${td}">${r.matched === undefined ? "—" : r.matched.toLocaleString("en-US")}</td>
      <td style="${td};font-weight:700;color:${r.state === "agree" ? "#2a7d3f" : r.state === "running" ? "inherit" : "#b3261e"}" title="${r.error ?? ""}">${r.state === "agree" ? html`✓ identical<br><span style="font-weight:400;font-size:10px;color:var(--theme-foreground-muted)">${r.kernelPrint}</span>` : r.state === "DIFFER" ? `✗ differ (${r.mismatches})` : r.state === "failed" ? `failed: ${r.error}` : r.state}</td>
    </tr>`)}</tbody></table></div>`;
}

function runChart(runs, width) {
  const done = runs.filter((r) => r.sqlMs !== undefined || r.kernelMs !== undefined);
  const rows = done.flatMap((r) => [
    {size: `${count(r.spineRows)} × ${count(r.featureRows)}`, path: "TypeScript kernel", ms: r.kernelMs},
    {size: `${count(r.spineRows)} × ${count(r.featureRows)}`, path: "DuckDB ASOF (query)", ms: r.sqlMs},
    {size: `${count(r.spineRows)} × ${count(r.featureRows)}`, path: "DuckDB load (Arrow → table)", ms: r.loadMs},
  ]).filter((d) => d.ms !== undefined);
  return Plot.plot({
    width,
    height: 40 + 60 * new Set(rows.map((d) => d.size)).size,
    marginLeft: 110,
    marginRight: 70,
    x: {label: "milliseconds →", grid: true},
    fy: {label: null, domain: [...new Set(rows.map((d) => d.size))]},
    y: {label: null, axis: null, domain: ["TypeScript kernel", "DuckDB ASOF (query)", "DuckDB load (Arrow → table)"]},
    color: {domain: ["TypeScript kernel", "DuckDB ASOF (query)", "DuckDB load (Arrow → table)"], range: ["#4269d0", "#e0453a", "#f4b6ae"], legend: true},
    marks: [
      Plot.barX(rows, {fy: "size", y: "path", x: "ms", fill: "path"}),
      Plot.text(rows, {fy: "size", y: "path", x: "ms", text: (d) => fmt(d.ms), dx: 4, textAnchor: "start", fontSize: 10}),
      Plot.ruleX([0]),
    ],
  });
}
