// Run a query and show it: the SQL text (with its bound parameters) above the result.
//
// Pages import every library explicitly, from node_modules, by bare specifier:
//
//   import * as Plot from "@observablehq/plot";
//   import * as Inputs from "@observablehq/inputs";
//   import * as d3 from "d3";
//   import {html} from "htl";
//
// Framework 1.13.4 adds an implicit `npm:` import (fetched from a CDN at build time) only
// for a *free* name: findFreeInputs in its resolvers.js collects the references of every
// cell minus the names some cell of the page declares, and an import declares its names.
// So an explicit import shadows the implicit one cleanly, page-wide, whichever cell holds
// it; forget it and the page quietly depends on the CDN (the build guard fails then: dist/_npm).
// The same holds for `html`/`svg` (htl), `DuckDBClient`/`sql` (never use them: our engine is
// duckdbClient.js) and FileAttachment's csv, arrow and parquet methods, which pull in npm
// parsers: read attachments with `.arrayBuffer()`/`.text()` or `engine.loadFile`.
//
// The pattern, two cells, so that resizing redraws without re-running the query:
//
//   const lag = await runSql(sql`select ... where channel = ${channel}`);
//
//   sqlCell(lag, {width, title: "Ingestion lag by channel"})
//
// runSql never rejects: a failure becomes {state: "error", error} with an empty table, the
// cell shows it in red, and the browser test fails on it (unless {expectError: true}).
import * as Inputs from "@observablehq/inputs";
import {DataType, Table} from "apache-arrow";
import {getEngine, queryTiming, reportError, track} from "./duckdbClient.js";
import {nonFiniteCells} from "./nonFiniteCells.js";
import {showTransposed, transposedRow} from "./transposedRow.js";
import {sqlLiteral} from "../../lib/sql/sqlLiteral.js";

/**
 * Runs `query` (SQL text or a `sql` tag result) on the page's engine. Resolves to
 * {text, params, table, rows, ms, waitedMs, state: "done"|"error"|"expected-error", error}:
 * `ms` is DuckDB's time on the query (not the time the page's own JavaScript kept its
 * result waiting), `waitedMs` how long it first waited behind the page's other DuckDB
 * work (the page's DuckDB runs one query at a time), both in milliseconds.
 */
export function runSql(query, {params, engine = getEngine(), expectError = false} = {}) {
  const text = typeof query === "string" ? query : query.text;
  const values = params ?? (typeof query === "string" ? [] : query.params ?? []);
  let started = performance.now();
  const result = (async () => {
    try {
      const ready = await engine;
      started = performance.now(); // the time of the query, not of DuckDB's start
      const table = await ready.query(text, values);
      return {text, params: values, table, rows: table.numRows, ...timing(table, started), state: "done", error: null};
    } catch (error) {
      const message = error?.engineMessage ?? String(error?.message ?? error); // the SQL is shown beside it
      if (!expectError) reportError(String(error?.message ?? error));
      const state = expectError ? "expected-error" : "error";
      return {text, params: values, table: new Table(), rows: 0, ...timing(error, started), state, error: message};
    }
  })();
  return track(result);
}

// Our engine times the query apart from its wait in the queue; another engine passed in
// gets the wall time since the call.
function timing(result, started) {
  const {ms, waitedMs} = queryTiming(result) ?? {ms: performance.now() - started, waitedMs: 0};
  return {ms, waitedMs};
}

/**
 * Shows a query result (or a promise of one): a title, the SQL, its parameters, the row
 * count and time, and the table. The node carries data-fslab="sql-cell" and
 * data-state="pending" | "done" | "error" | "expected-error". A one-row result is shown
 * down the page, one line per column (name, value, and `legend`'s fields for that column:
 * see transposedRow), when `transpose` is true, or by default ("auto") when it has more
 * than 8 columns; `header`, `sort` and `reverse` then name and order those lines.
 */
export function sqlCell(result, {width = 640, title, maxHeight = 320, transpose = "auto", legend, ...tableOptions} = {}) {
  const figure = element("figure", "fslab-sql");
  figure.dataset.fslab = "sql-cell";
  figure.style.maxWidth = `${width}px`;
  if (title) figure.append(element("figcaption", "fslab-sql__title", title));
  const body = element("div", "fslab-sql__body");
  figure.append(body);
  const fill = (r) => {
    figure.dataset.state = r.state;
    const transposed = r.state === "done" && showTransposed(r.table, transpose);
    figure.classList.toggle("fslab-sql--transposed", transposed);
    body.replaceChildren(sqlText(r.text), paramList(r.params), meta(r, transposed));
    if (r.state === "done") {
      const {data, format} = nonFiniteCells(r.table, {...timeFormats(r.table), ...tableOptions.format});
      if (transposed) {
        const {format: _format, columns: _columns, align: _align, ...lineOptions} = tableOptions;
        const lines = transposedRow(data, format, {legend});
        // Every line in sight up to a screenful (Inputs.table draws 2 × `rows` lines until scrolled); a wrapped legend line is taller.
        const shown = Math.min(lines.data.length, maxTransposedLines);
        const height = Math.max(maxHeight, (shown + 1) * 23 + 60);
        body.append(Inputs.table(lines.data, {width, layout: "auto", ...lineOptions, maxHeight: height, rows: shown, columns: lines.columns, format: lines.format, align: lines.align}));
      } else body.append(Inputs.table(data, {width, maxHeight, ...tableOptions, format}));
    } else body.append(element("p", "fslab-sql__error", r.error));
  };
  if (typeof result?.then === "function") {
    figure.dataset.state = "pending";
    body.append(element("p", "fslab-sql__meta", "running…"));
    track(result.then(fill));
  } else {
    fill(result);
  }
  return figure;
}

// Arrow gives timestamps as epoch milliseconds; show them as UTC date-times.
function timeFormats(table) {
  const formats = {};
  for (const field of table.schema.fields) {
    if (DataType.isTimestamp(field.type) || DataType.isDate(field.type)) formats[field.name] = formatTime;
  }
  return formats;
}

function formatTime(value) {
  if (value === null || value === undefined) return "";
  const iso = new Date(Number(value)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace("T", " ").replace(/(\.000)?Z$/, "");
}

const keywords = new Set(
  ("select from where group by order having limit offset join left right inner outer full cross asof on using as and or not " +
    "in is null case when then else end with union all distinct over partition window rows range between preceding following " +
    "current row create replace table view insert into values qualify filter desc asc like ilike cast exists any true false")
    .split(" ")
);

function sqlText(text) {
  const code = element("code");
  // Tokens: quoted strings and identifiers, comments, words, the rest; each becomes text, never HTML.
  for (const [token] of text.trim().matchAll(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|[A-Za-z_][A-Za-z_0-9]*|\?|[^'"A-Za-z_?-]+|-/g)) {
    const kind = token.startsWith("'") ? "str" : token.startsWith("--") ? "comment" : token === "?" ? "param" : keywords.has(token.toLowerCase()) ? "kw" : "";
    code.append(kind ? element("span", `fslab-sql__${kind}`, token) : document.createTextNode(token));
  }
  const pre = element("pre", "fslab-sql__text");
  pre.append(code);
  return pre;
}

function paramList(params) {
  const list = element("ol", "fslab-sql__params");
  if (params.length === 0) return list;
  list.append(element("span", "fslab-sql__label", "parameters"));
  params.forEach((value) => list.append(element("li", "", sqlLiteral(value))));
  return list;
}

// A one-row result longer than this (read down the page) scrolls inside its cell.
const maxTransposedLines = 40;

// A wait shorter than this is not worth a learner's attention.
const noticeableWaitMs = 50;

function meta(r, transposed) {
  const rows = `${r.rows.toLocaleString("en-US")} row${r.rows === 1 ? "" : "s"}`;
  const count = r.state !== "done" ? "" : transposed ? `${rows} of ${r.table.numCols} columns, one per line · ` : `${rows} · `;
  const node = element("p", "fslab-sql__meta", `${count}${duration(r.ms)}`);
  if (r.waitedMs >= noticeableWaitMs) {
    const wait = element("span", "fslab-sql__wait", ` (waited ${duration(r.waitedMs)} behind the page's other work)`);
    wait.title = "DuckDB runs this page's queries one at a time, and the page's own JavaScript runs between them: the time before this is DuckDB's on this query alone.";
    node.append(wait);
  }
  return node;
}

function duration(ms) {
  if (!(ms >= 0.5)) return "<1 ms";
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toLocaleString("en-US", {maximumFractionDigits: 1})} s`;
}

function element(tag, className = "", text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
