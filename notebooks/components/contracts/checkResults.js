// The results of a contract run (lib/contracts runContract) as a reader sees them: a
// tally, one line per check, and for each failed check its message, failing sample rows
// and the SQL it ran; plus a chart of how many rows each row-level check found.
import * as Inputs from "@observablehq/inputs";
import * as Plot from "@observablehq/plot";
import {contractStyles, pill} from "./contractStyles.js";
import {sampleColumns} from "./sampleColumns.js";

export const statusColors = {pass: "#2e7d32", warn: "#b26a00", fail: "#b3261e", error: "#6a1b9a"};
const order = ["fail", "error", "warn", "pass"];

/** "transactions.amount.maximum" → "amount.maximum": the object is the same for every check. */
export function shortId(check, object) {
  return object && check.id.startsWith(`${object}.`) ? check.id.slice(object.length + 1) : check.id;
}

/**
 * A tally and the list of checks of `result` ({status, object, rows, checks}); failed,
 * errored and warned checks first and open, with samples and SQL. `passed: false` hides
 * passing checks behind a count.
 */
export function checkResults(result, {width = 640, passed = true, sampleRows = 5} = {}) {
  contractStyles();
  const root = document.createElement("div");
  root.dataset.fslab = "check-results";
  root.dataset.status = result.status;
  root.style.maxWidth = `${width}px`;
  const tally = element("div", "fslab-c-tally");
  tally.append(pill(result.status, result.status === "pass" ? "pass" : result.status), text(` ${result.object}: ${result.rows.toLocaleString("en-US")} rows, ${result.checks.length} checks — `));
  for (const status of order) {
    const n = result.checks.filter((c) => c.status === status).length;
    if (n) tally.append(element("span", "", `${n} ${status}`));
  }
  root.append(tally);
  const list = element("div", "fslab-c-checks");
  const sorted = [...result.checks].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  for (const check of sorted) {
    if (!passed && check.status === "pass") continue;
    list.append(checkRow(check, result.object, {width, sampleRows}));
  }
  if (!passed) {
    const hidden = result.checks.filter((c) => c.status === "pass").length;
    if (hidden) list.append(element("p", "fslab-c-label", `and ${hidden} passing check${hidden === 1 ? "" : "s"}`));
  }
  root.append(list);
  return root;
}

function checkRow(check, object, {width, sampleRows}) {
  const details = element("details", "fslab-c-check");
  details.dataset.status = check.status;
  details.open = check.status !== "pass";
  const summary = element("summary");
  summary.append(pill(check.status), element("span", "fslab-c-id", shortId(check, object)), element("span", "", check.message));
  details.append(summary);
  const body = element("div", "fslab-c-detail");
  body.append(element("div", "fslab-c-label", `rule: ${check.rule}`));
  if (check.samples.length) {
    body.append(element("div", "fslab-c-label", check.rule.includes("unique") || check.rule.includes("duplicate") || check.rule.includes("primaryKey") ? "the most repeated keys" : `failing rows (first ${Math.min(sampleRows, check.samples.length)})`));
    body.append(sampleTable(check, {width: Math.max(320, width - 90), sampleRows}));
  }
  if (check.sql) {
    body.append(element("div", "fslab-c-label", check.unexpected_count !== null && !check.rule.startsWith("foreignKey") && !check.sql.startsWith("SELECT coalesce") && !check.sql.startsWith("DESCRIBE") ? "the same count on its own (it ran inside the one scan)" : "the SQL it ran"));
    body.append(element("pre", "", check.sql));
  }
  details.append(body);
  return details;
}

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The failing rows: the columns the rule reads, then those that fit in `width`; a button
 * shows the rest (the table then scrolls sideways), so a wide row is readable at a glance.
 */
function sampleTable(check, {width, sampleRows}) {
  const rows = check.samples.slice(0, sampleRows);
  const keys = Object.keys(rows[0]);
  // ISO times without the T and Z (all are UTC), so a row of several timestamps fits.
  const times = keys.filter((c) => rows.some((r) => typeof r[c] === "string" && isoTime.test(r[c])));
  const format = Object.fromEntries(times.map((c) => [c, (v) => (typeof v === "string" && isoTime.test(v) ? v.replace("T", " ").replace(/(\.000)?Z$/, "") : v ?? "")]));
  const text = (c, v) => String(format[c] ? format[c](v) : typeof v === "number" ? v.toLocaleString("en-US") : v ?? "");
  const {all, shown} = sampleColumns({...check, samples: rows}, {width, measure: textWidth, text});
  const node = element("div", "fslab-c-sample");
  const draw = (columns) => {
    const table = Inputs.table(rows, {columns, format, width, maxHeight: 200, layout: "auto"});
    if (columns.length === all.length && shown.length === all.length) return node.replaceChildren(table);
    const more = all.length - shown.length;
    const toggle = element("button", "fslab-c-more", columns.length < all.length ? `show all ${all.length} columns (${more} more)` : "show fewer columns");
    toggle.type = "button";
    toggle.onclick = () => draw(columns.length < all.length ? all : shown);
    node.replaceChildren(table, toggle);
  };
  draw(shown);
  return node;
}

// The width of a cell's text in Inputs.table's font (13px sans-serif), for sampleColumns.
let context;
function textWidth(text) {
  context ??= document.createElement("canvas").getContext("2d");
  context.font = `13px ${getComputedStyle(document.documentElement).getPropertyValue("--sans-serif") || "sans-serif"}`;
  return context.measureText(text).width;
}

/**
 * unexpected_percent per row-level check (rows that broke it, as % of all rows), coloured
 * by status, with the allowed share for percent rules as a tick. `log` spreads small shares.
 */
export function unexpectedChart(result, {width = 640, checks = result.checks} = {}) {
  const rows = checks.filter((c) => c.unexpected_percent !== null).map((c) => ({
    id: shortId(c, result.object), status: c.status, percent: c.unexpected_percent, count: c.unexpected_count, message: c.message,
    limit: c.unit === "percent" ? limitOf(c.threshold) : 0,
  }));
  const max = Math.max(1, ...rows.map((d) => Math.max(d.percent, d.limit ?? 0)));
  return Plot.plot({
    width,
    height: 36 + 19 * rows.length,
    marginLeft: Math.min(260, 12 + 7 * Math.max(...rows.map((d) => d.id.length), 4)),
    marginRight: 64,
    x: {label: "rows that break the check, % of all rows →", domain: [0, max * 1.05], grid: true},
    y: {label: null, domain: rows.map((d) => d.id)},
    color: {domain: order, range: order.map((s) => statusColors[s]), legend: true},
    marks: [
      Plot.barX(rows, {y: "id", x: "percent", fill: "status", insetTop: 2, insetBottom: 2}),
      Plot.tickX(rows.filter((d) => d.limit > 0), {y: "id", x: "limit", stroke: "currentColor", strokeWidth: 2}),
      Plot.text(rows, {y: "id", x: "percent", text: (d) => (d.count ? `${fmtPercent(d.percent)} (${d.count.toLocaleString("en-US")})` : "0"), dx: 4, textAnchor: "start", fontSize: 11, fill: "currentColor", stroke: "var(--theme-background)", strokeWidth: 3}),
      Plot.ruleX([0]),
      Plot.tip(rows, Plot.pointerY({y: "id", x: "percent", title: (d) => `${d.id} · ${d.status}\n${d.message}`})),
    ],
  });
}

/** The percent a percent rule allows: the bound of its first less-than operator. */
function limitOf(threshold) {
  const bound = threshold.mustBeLessThan ?? threshold.mustBeLessOrEqualTo ?? threshold.mustBeBetween?.[1];
  return typeof bound === "number" ? bound : null;
}

export function fmtPercent(p) {
  if (p === null || p === undefined) return "—";
  return p === 0 ? "0%" : p >= 1 ? `${p.toFixed(1)}%` : `${Number(p.toPrecision(2))}%`;
}

function element(tag, className = "", content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function text(content) {
  return document.createTextNode(content);
}
