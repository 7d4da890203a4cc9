// The skew dashboard's views (skew-dashboard.md): every feature × signal as a clickable
// matrix coloured by status, the same match rate per day as a strip, and a drill-down
// header. Each takes data + {width} and returns a node.
import * as Plot from "@observablehq/plot";
import * as Inputs from "@observablehq/inputs";
import {formatStat} from "../monitoring/driftColors.js";
import {skewStatusColors} from "./skewCharts.js";

export const dashboardColors = {pass: skewStatusColors.pass, warn: "#e6a23c", fail: skewStatusColors.fail, no_data: "#e9ebef"};
export const dashboardSignalNames = {match_rate: "match rate", distribution: "distribution skew", null_delta: "null-rate Δ", freshness: "freshness"};
const statuses = ["pass", "warn", "fail", "no_data"];
const statusLabel = (s) => (s === "no_data" ? "n/a" : s);

/** A cell's value as its signal reads: a percentage, a divergence, a signed share, hours. */
export function dashboardValue(cell) {
  const v = cell.value;
  if (v === null) return cell.signal === "freshness" ? "n/a" : "—";
  if (cell.signal === "match_rate") return v === 1 ? "100%" : `${(100 * v).toFixed(v > 0.999 ? 2 : 1)}%`;
  if (cell.signal === "null_delta") return v === 0 ? "0" : `${v > 0 ? "+" : "−"}${(100 * Math.abs(v)).toFixed(2)} pt`;
  if (cell.signal === "freshness") return v === 0 ? "0 h" : `${(v / 3_600_000).toFixed(v < 36_000_000 ? 1 : 0)} h`;
  return formatStat(v);
}

/**
 * Features (rows) × signals (columns), each cell coloured by its status and labelled with
 * its value. An input: clicking a cell, or choosing in the select under it, makes its
 * value {column, signal} and dispatches "input", so a page can `view()` it.
 */
export function dashboardMatrix(dash, {width = 640, selected} = {}) {
  const cells = dash.cells;
  const columns = dash.report.columns.map((c) => c.column);
  const signals = Object.keys(dashboardSignalNames);
  const narrow = width < 640;
  const root = document.createElement("div");
  const pick = (id) => {
    const c = cells.find((x) => x.id === id) ?? cells[0];
    return {column: c.column, signal: c.signal};
  };
  const start = selected && cells.some((c) => c.id === `${selected.column}/${selected.signal}`) ? `${selected.column}/${selected.signal}` : cells[0].id;
  const plot = Plot.plot({
    width, height: 46 + 34 * columns.length, marginLeft: narrow ? 136 : 170, marginTop: 38, marginRight: 4, style: {fontSize: narrow ? "11px" : "12px"},
    x: {domain: signals, axis: "top", label: null, tickSize: 0, tickFormat: (s) => (narrow ? dashboardSignalNames[s].replace("distribution skew", "distribution") : dashboardSignalNames[s])},
    y: {domain: columns, label: null, tickSize: 0},
    color: {domain: statuses, range: statuses.map((s) => dashboardColors[s]), tickFormat: statusLabel, legend: true},
    marks: [
      Plot.cell(cells, {x: "signal", y: "column", fill: "status", inset: 1.5, rx: 3, title: (c) => `${c.column} · ${dashboardSignalNames[c.signal]}: ${c.status}\n${c.message}`}),
      Plot.text(cells, {x: "signal", y: "column", text: dashboardValue, fill: (c) => (c.status === "fail" || c.status === "pass" ? "white" : "black"), fontWeight: 600, pointerEvents: "none"}),
    ],
  });
  const rects = [...plot.querySelectorAll('g[aria-label="cell"] rect')];
  const select = Inputs.select(new Map(cells.map((c) => [`${c.column} · ${dashboardSignalNames[c.signal]} (${statusLabel(c.status)})`, c.id])), {label: "Drill down into", value: start});
  const outline = (id) => rects.forEach((r, i) => {
    r.setAttribute("stroke", cells[i].id === id ? "currentColor" : "none");
    r.setAttribute("stroke-width", "2.5");
  });
  rects.forEach((r, i) => {
    r.style.cursor = "pointer";
    r.addEventListener("click", () => {
      select.value = cells[i].id;
      select.dispatchEvent(new Event("input", {bubbles: true}));
    });
  });
  // The select's own listener runs before the event bubbles to the root, where the page reads the value.
  select.addEventListener("input", () => {
    root.value = pick(select.value);
    outline(select.value);
  });
  root.value = pick(start);
  outline(start);
  root.append(plot, select);
  return root;
}

/**
 * The match rate per UTC day, one row per feature (from lib/skew's skewDays), coloured by
 * status, with a rule on the day the bug shipped (`shippedDay`, YYYY-MM-DD, or null).
 */
export function dashboardStrip(days, {width = 640, shippedDay = null} = {}) {
  const columns = [...new Set(days.map((d) => d.column))];
  const dates = [...new Set(days.map((d) => d.day))].sort();
  const step = Math.max(1, Math.ceil(dates.length / Math.max(1, Math.floor((width - 180) / 34))));
  const marginLeft = width < 640 ? 136 : 170, half = (width - marginLeft - 8) / dates.length / 2;
  return Plot.plot({
    width, height: 60 + 22 * columns.length, marginLeft, marginBottom: 36, marginRight: 8, style: {fontSize: "11px"},
    x: {domain: dates, ticks: dates.filter((_, i) => i % step === 0), tickFormat: (d) => d.slice(5), label: "UTC day of the request", tickSize: 0},
    y: {domain: columns, label: null, tickSize: 0},
    color: {domain: statuses, range: statuses.map((s) => dashboardColors[s]), tickFormat: statusLabel, legend: true},
    marks: [
      Plot.cell(days, {x: "day", y: "column", fill: "status", inset: 0.5, tip: true, title: (d) => `${d.column}, ${d.day}: ${d.unequal} of ${d.rows} rows differ (${d.status})`}),
      shippedDay && dates.includes(shippedDay) ? Plot.ruleX([shippedDay], {stroke: "currentColor", strokeWidth: 2, dx: -half}) : null,
      shippedDay && dates.includes(shippedDay) ? Plot.text([shippedDay], {x: (d) => d, frameAnchor: "top", dy: -8, text: () => "bug shipped", textAnchor: "start", dx: -half + 4, fontSize: 11}) : null,
    ],
  });
}

/** One feature's four signals as a line of chips with their messages, the chosen one first and bold. */
export function dashboardCellList(dash, {column, signal}) {
  const list = document.createElement("div");
  list.style.cssText = "display:grid;gap:4px;font-size:13px;max-width:960px;margin:0.5rem 0";
  const own = dash.cells.filter((c) => c.column === column).sort((a, b) => (b.signal === signal) - (a.signal === signal));
  for (const c of own) {
    const line = document.createElement("div");
    const chip = document.createElement("span");
    chip.textContent = statusLabel(c.status);
    chip.style.cssText = `display:inline-block;min-width:3.6em;text-align:center;margin-right:0.6em;padding:0 0.4em;border-radius:0.8em;font-size:12px;font-weight:600;color:${c.status === "fail" || c.status === "pass" ? "white" : "black"};background:${dashboardColors[c.status]}`;
    const name = document.createElement("strong");
    name.textContent = `${dashboardSignalNames[c.signal]}: `;
    if (c.signal !== signal) name.style.fontWeight = "500";
    line.append(chip, name, c.message);
    list.append(line);
  }
  return list;
}
