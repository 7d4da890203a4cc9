// The time-travel-leakage page's headline (time-travel-leakage.md): the same model trained on
// features read 0 h … 60 d after each transaction, scored offline and honestly (lib/leakage's
// leakageGap), on training sets built by one point-in-time join in DuckDB. The SQL and the
// numbers are made here, without DOM, so that the build-time first answer
// (data/first/time-travel-leakage.json.ts, native DuckDB in Node) and the page (DuckDB-WASM)
// make them the same way; leakageGapChart draws the curve.
import {join, sql} from "../../lib/sql/index.js";
import {tableFromArrays} from "apache-arrow";
import {pointInTimeJoinKernel, pointInTimeJoinSql, readNumberColumn} from "../../lib/pit/index.js";
import {holdoutMask, leakageGap} from "../../lib/leakage/index.js";

/** The leaks tried: hours after the transaction at which the features are read, and their labels. */
export const leakLevels = [
  {hours: 0, label: "0 (PIT)"}, {hours: 1, label: "1 h"}, {hours: 6, label: "6 h"}, {hours: 24, label: "1 d"}, {hours: 72, label: "3 d"},
  {hours: 168, label: "7 d"}, {hours: 336, label: "14 d"}, {hours: 720, label: "30 d"}, {hours: 1440, label: "60 d"},
];

/** SQL creating `leak_spine` from `labels`: every transaction once per leak, its spine timestamp moved by the leak. */
export function leakSpineSql() {
  return sql`CREATE OR REPLACE TABLE leak_spine AS
SELECT l.txn_id, l.customer_id, l.is_fraud::INTEGER AS is_fraud, l.event_timestamp AS txn_timestamp, d.leak_hours,
  l.event_timestamp + to_hours(CAST(d.leak_hours AS BIGINT)) AS event_timestamp
FROM labels l CROSS JOIN (SELECT unnest([${join(leakLevels.map((l) => l.hours))}]) AS leak_hours) d
ORDER BY d.leak_hours, l.txn_id`;
}

/** SQL of the training sets for every leak: one point-in-time join of `leak_spine` with txn_stats and customer_risk (views from the repository). */
export function leakTrainingSql(repository) {
  const viewOf = (name, features) => ({...repository.featureViews.find((v) => v.name === name), features});
  const pitInput = {spine: "leak_spine", views: [
    {view: viewOf("txn_stats", ["txn_count_7d", "amount_sum_7d"]), source: "txn_stats"},
    {view: viewOf("customer_risk", ["chargeback_count"]), source: "customer_risk"},
  ]};
  return sql`SELECT txn_id, leak_hours, epoch_ms(txn_timestamp) AS txn_ms, is_fraud,
  "txn_stats__txn_count_7d" AS txn_count_7d, ln(1 + "txn_stats__amount_sum_7d") AS log_amount_sum_7d,
  "customer_risk__chargeback_count" AS chargeback_count
FROM (${pointInTimeJoinSql(pitInput)})`;
}

/**
 * The models of every leak on the training table (leakTrainingSql's result), split at
 * `splitDay` days after `worldStart`: {results (leakageGap's), curve ({label, hours, offline,
 * honest} per leak), key (the point-in-time and 7-day AUCs as the page shows them)}.
 */
export function leakageHeadline(training, {splitDay, worldStart}) {
  const column = (name) => readNumberColumn(training.getChild(name));
  const ids = column("txn_id");
  const trainingSet = {
    leak: column("leak_hours"), id: ids, eventMs: column("txn_ms"), label: column("is_fraud"),
    holdout: holdoutMask(ids, 0.3, 7),
    features: {txn_count_7d: column("txn_count_7d"), log_amount_sum_7d: column("log_amount_sum_7d"), chargeback_count: column("chargeback_count")},
  };
  const results = leakageGap(trainingSet, {trainEnd: worldStart + splitDay * 86_400_000});
  const curve = results.map((r) => ({label: leakLevels.find((l) => l.hours === r.leak).label, hours: r.leak, offline: r.offlineAuc, honest: r.honestAuc}));
  const week = curve.find((c) => c.hours === 168);
  return {results, curve, key: {splitDay, rows: training.numRows, pitOffline: curve[0].offline.toFixed(3), pitHonest: curve[0].honest.toFixed(3), weekOffline: week.offline.toFixed(3), weekHonest: week.honest.toFixed(3)}};
}

/**
 * The fraudulent transactions of `labels` whose `chargeback_count` (from `customerRisk`, the
 * repository's view `view`), read `leakHours` after the transaction by lib/pit's kernel, is
 * higher than read at the transaction: rows whose training features can already count their
 * own chargeback. No row yet counts as 0. Returns an Arrow table {txn_id, customer_id,
 * at_txn, read_late}.
 */
export function labelLeaks(labels, customerRisk, view, leakHours) {
  const times = readNumberColumn(labels.getChild("event_timestamp"));
  const read = (shiftMs) => {
    const spine = tableFromArrays({txn_id: labels.getChild("txn_id").toArray(), customer_id: labels.getChild("customer_id").toArray(), event_timestamp: times.map((t) => t + shiftMs)});
    return readNumberColumn(pointInTimeJoinKernel(spine, [{view: {...view, features: ["chargeback_count"]}, table: customerRisk}]).getChild(`${view.name}__chargeback_count`));
  };
  const atTxn = read(0), late = read(leakHours * 3_600_000);
  const fraud = labels.getChild("is_fraud"), ids = labels.getChild("txn_id"), customers = labels.getChild("customer_id");
  const out = {txn_id: [], customer_id: [], at_txn: [], read_late: []};
  for (let i = 0; i < labels.numRows; i++) {
    const before = Number.isNaN(atTxn[i]) ? 0 : atTxn[i], after = Number.isNaN(late[i]) ? 0 : late[i];
    if (!fraud.get(i) || !(after > before)) continue;
    out.txn_id.push(ids.get(i)); out.customer_id.push(customers.get(i)); out.at_txn.push(before); out.read_late.push(after);
  }
  return tableFromArrays({txn_id: Int32Array.from(out.txn_id), customer_id: Int32Array.from(out.customer_id), at_txn: Float64Array.from(out.at_txn), read_late: Float64Array.from(out.read_late)});
}
