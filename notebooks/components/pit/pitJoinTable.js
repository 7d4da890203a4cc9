// Views of the point-in-time joins page (point-in-time-joins.md): one customer's joined
// rows, naive beside point-in-time, with the leaking rows highlighted; the same rows on a
// timeline; the engines' measured times. Each takes rows plus {width} and returns a node.
import * as Plot from "@observablehq/plot";
import {html} from "htl";

export const pitColors = {pit: "#4269d0", naive: "#e0453a", history: "var(--theme-foreground-faint)", muted: "var(--theme-foreground-muted)"};
const time = (ms) => (ms === null || ms === undefined ? "—" : new Date(ms).toISOString().slice(0, 16).replace("T", " "));
const value = (v) => (v === null || v === undefined || Number.isNaN(v) ? "null" : typeof v === "number" && !Number.isInteger(v) ? v.toFixed(2) : String(v));

/**
 * One customer's spine rows, `{event_timestamp, is_fraud, pit, pit_ts, naive, naive_ts}`,
 * as a table: the point-in-time value beside the naive one, rows where the naive join read
 * a feature stamped after the transaction tinted red.
 */
export function pitJoinTable(rows, {width, maxHeight = 340}) {
  const cell = "padding:3px 8px;text-align:right;white-space:nowrap;font:12px/1.5 var(--monospace)";
  const head = "padding:4px 8px;text-align:right;font:600 12px var(--sans-serif);position:sticky;top:0;background:var(--theme-background)";
  return html`<div style="max-width:${width}px;max-height:${maxHeight}px;overflow:auto;border:1px solid var(--theme-foreground-faintest);border-radius:8px">
  <table style="width:100%;border-collapse:collapse;margin:0;max-width:none">
    <thead><tr>
      <th style="${head}">transaction (spine)</th><th style="${head}">label</th>
      <th style="${head};color:${pitColors.pit}">point in time</th><th style="${head};color:${pitColors.pit}">its row's time</th>
      <th style="${head};color:${pitColors.naive}">latest value</th><th style="${head};color:${pitColors.naive}">its row's time</th>
    </tr></thead>
    <tbody>${rows.map((r) => {
      const leak = r.naive_ts !== null && r.naive_ts > r.event_timestamp;
      const differ = value(r.naive) !== value(r.pit);
      const bg = leak && differ ? "background:color-mix(in srgb, #e0453a 16%, transparent)" : leak ? "background:color-mix(in srgb, #e0453a 6%, transparent)" : "";
      return html`<tr style="${bg}" title="${leak ? "the naive join read a row from after this transaction" : "no leak"}">
        <td style="${cell}">${time(r.event_timestamp)}</td><td style="${cell}">${r.is_fraud ? "fraud" : ""}</td>
        <td style="${cell}">${value(r.pit)}</td><td style="${cell}">${time(r.pit_ts)}</td>
        <td style="${cell};${differ ? "font-weight:700;color:#b3261e" : ""}">${value(r.naive)}</td><td style="${cell};${leak ? "color:#b3261e" : ""}">${time(r.naive_ts)}${leak ? " ⚠" : ""}</td>
      </tr>`;
    })}</tbody>
  </table></div>`;
}

/**
 * The same rows on a timeline: the view's history as a step line (what the store knew,
 * when), each transaction's point-in-time value (blue, on the line) and its naive value
 * (red), joined by a rule where they differ.
 */
export function pitTimelineChart({history, rows}, {width, feature, ttlMs}) {
  const differ = rows.filter((r) => value(r.naive) !== value(r.pit));
  // From a little before the first transaction: a signup row a year earlier would squash the rest.
  const times = rows.map((r) => r.event_timestamp).concat(history.map((h) => h.event_timestamp).filter((t) => t >= (rows[0]?.event_timestamp ?? 0)));
  const domain = [Math.min(...times) - 2 * 86_400_000, Math.max(...times) + 2 * 86_400_000];
  const shown = history.filter((h, i) => h.event_timestamp >= domain[0] || history[i + 1]?.event_timestamp >= domain[0]).map((h) => ({...h, event_timestamp: Math.max(h.event_timestamp, domain[0])}));
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    x: {type: "utc", label: "event time →", domain},
    y: {label: `↑ ${feature}`, grid: true, nice: true},
    color: {domain: ["feature history", "point-in-time join", "latest-value join"], range: [pitColors.history, pitColors.pit, pitColors.naive], legend: true},
    marks: [
      Plot.line(shown, {x: "event_timestamp", y: "value", curve: "step-after", stroke: pitColors.history, strokeWidth: 2}),
      Plot.dot(shown, {x: "event_timestamp", y: "value", r: 2, fill: pitColors.history}),
      Plot.ruleX(differ, {x: "event_timestamp", y1: (r) => r.pit ?? 0, y2: "naive", stroke: pitColors.naive, strokeOpacity: 0.15}),
      Plot.dot(rows, {x: "event_timestamp", y: "naive", r: 3.5, fill: pitColors.naive, fillOpacity: 0.8}),
      Plot.dot(rows.filter((r) => r.pit !== null), {x: "event_timestamp", y: "pit", r: 3.5, fill: pitColors.pit}),
      Plot.dot(rows.filter((r) => r.pit === null), {x: "event_timestamp", frameAnchor: "bottom", dy: -4, r: 3.5, stroke: pitColors.pit, symbol: "times"}),
      Plot.tip(rows, Plot.pointerX({x: "event_timestamp", y: "pit", title: (r) => `transaction ${time(r.event_timestamp)}${r.is_fraud ? " (fraud)" : ""}\npoint in time: ${value(r.pit)}\nlatest value: ${value(r.naive)}${ttlMs ? "" : ""}`})),
    ],
  });
}

/** Measured times of the engines, `{engine, ms, note}`, as horizontal bars. */
export function engineTimesChart(times, {width, selected}) {
  return Plot.plot({
    width: Math.max(360, width),
    height: 36 + 34 * times.length,
    marginLeft: 200,
    marginRight: 70,
    x: {label: "milliseconds →", grid: true},
    y: {label: null, domain: times.map((d) => d.engine)},
    marks: [
      Plot.barX(times, {x: "ms", y: "engine", fill: (d) => (d.engine === selected ? "#4269d0" : "#a9b8d8")}),
      Plot.text(times, {x: "ms", y: "engine", text: (d) => `${Math.round(d.ms).toLocaleString("en-US")} ms`, dx: 6, textAnchor: "start"}),
      Plot.ruleX([0]),
    ],
  });
}
