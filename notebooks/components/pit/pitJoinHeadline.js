// The point-in-time-joins page's headline (point-in-time-joins.md): how often the naive
// latest-value join reads the future, and how often its value differs from the
// point-in-time join's, from lib/leakage's joinComparisonSql grouped by label. pitJoinHeadline
// turns that result into plain data (no DOM), so that the build-time first answer
// (data/first/point-in-time-joins.json.ts, native DuckDB in Node) and the page (DuckDB-WASM)
// make it the same way; pitJoinCards draws it.
import {cardGrid} from "../shell/cardGrid.js";
import {resultRows} from "../shell/resultRows.js";

const pct = (x, d = 1) => `${(100 * x).toFixed(d)}%`;

/**
 * {rows, leaks, differ, pitNulls, fraudRows, fraudDiffer, feature, key} from
 * joinComparisonSql's result (Arrow table or runSql result) grouped by is_fraud, for
 * `feature`: totals over the spine and the fraud rows; `key` the three shares as shown.
 */
export function pitJoinHeadline(comparison, {feature}) {
  const byClass = resultRows(comparison);
  const total = (key) => byClass.reduce((s, r) => s + Number(r[key]), 0);
  const fraud = byClass.find((r) => r.is_fraud === 1) ?? {spine_rows: 0, values_differ: 0};
  const h = {byClass, feature, rows: total("spine_rows"), leaks: total("naive_leaks"), differ: total("values_differ"), pitNulls: total("pit_nulls"), fraudRows: fraud.spine_rows, fraudDiffer: fraud.values_differ};
  return {...h, key: {rows: h.rows, leaks: pct(h.leaks / h.rows), differ: pct(h.differ / h.rows), fraudDiffer: pct(h.fraudDiffer / Math.max(1, h.fraudRows))}};
}

/** The headline's three number cards (a grid of .card elements). */
export function pitJoinCards(h) {
  return cardGrid([
    ["rows that read the future", pct(h.leaks / h.rows), "naive join: feature row stamped after the transaction"],
    ["values that differ", pct(h.differ / h.rows), `naive vs point-in-time ${h.feature}`],
    ["fraud rows that differ", pct(h.fraudDiffer / Math.max(1, h.fraudRows)), `of ${Number(h.fraudRows).toLocaleString("en-US")} fraudulent transactions`],
  ]);
}

