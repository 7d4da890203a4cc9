// The feature-selection page's training set (feature-selection.md) and its first answer:
// the queries that build it (a point-in-time join of three views, chargeback_count a second
// time by latest value) and the mutual-information ranking the page shows first. Plain data,
// no DOM: the build-time first answer (data/first/feature-selection.json.ts, in Node) runs
// the same queries and the same lib/selection calls as the page.
import {ident, sql} from "../../lib/sql/index.js";
import {pointInTimeJoinSql, readNumberColumn} from "../../lib/pit/index.js";
import {latestValueJoinSql} from "../../lib/leakage/index.js";
import {featureColumnsOf} from "../../lib/selection/index.js";

/** The eight features and how each is tested. */
export const selectionKinds = {segment: "categorical", region: "categorical", credit_limit: "numeric", amount_sum_7d: "numeric", txn_count_7d: "numeric", amount_mean_30d: "numeric", txn_count_30d: "numeric", chargeback_count: "numeric"};

/** The spine: every labelled transaction (creates table `spine` from `labels`). */
export const selectionSpineSql = () => sql`CREATE OR REPLACE TABLE spine AS
SELECT txn_id, customer_id, event_timestamp, is_fraud::INTEGER AS is_fraud FROM labels ORDER BY txn_id`;

/** Both training sets in one table `training`: every view point in time, and chargeback_count by latest value. `repo`: the parsed feature repository. */
export function selectionTrainingSql(repo) {
  const viewEntry = (name) => ({view: repo.featureViews.find((v) => v.name === name), source: name});
  return sql`CREATE OR REPLACE TABLE training AS
WITH pit AS (${pointInTimeJoinSql({spine: "spine", views: [viewEntry("customer_profile"), viewEntry("txn_stats"), viewEntry("customer_risk")]})}),
latest AS (${latestValueJoinSql({spine: "spine", views: [viewEntry("customer_risk")]})})
SELECT pit.txn_id, pit.is_fraud,
  "customer_profile__segment" AS segment, "customer_profile__region" AS region, "customer_profile__credit_limit" AS credit_limit,
  "txn_stats__amount_sum_7d" AS amount_sum_7d, "txn_stats__txn_count_7d" AS txn_count_7d,
  "txn_stats__amount_mean_30d" AS amount_mean_30d, "txn_stats__txn_count_30d" AS txn_count_30d,
  pit."customer_risk__chargeback_count" AS chargeback_count_pit, latest."customer_risk__chargeback_count" AS chargeback_count_latest
FROM pit JOIN latest USING (txn_id)
ORDER BY txn_id`;
}

/** The training set the page reads, with chargeback_count by `join` ("pit" or "latest"). */
export const selectionSelectedSql = (join) => sql`SELECT txn_id, is_fraud, segment, region, credit_limit, amount_sum_7d, txn_count_7d, amount_mean_30d, txn_count_30d,
  ${ident(`chargeback_count_${join}`)} AS chargeback_count, chargeback_count_pit, chargeback_count_latest
FROM training ORDER BY txn_id`;

/** The features and labels of the selected training set (an Arrow table). */
export function selectionColumns(table) {
  return {features: featureColumnsOf(table, selectionKinds), labels: readNumberColumn(table.getChild("is_fraud"))};
}

/**
 * The mutual-information bars (one row per feature: {feature, value, note}) of lib/selection's
 * univariateTests, and `key`: the top three features and the leader's MI as shown.
 */
export function selectionMiHeadline(univariate, {bins, join}) {
  const rows = univariate.map((r) => ({feature: r.feature, value: r.mutualInformation, note: r.mutualInformation.toFixed(4)}));
  const top = [...univariate].sort((a, b) => b.mutualInformation - a.mutualInformation);
  return {rows, bins, join, key: {join, bins, top: top.slice(0, 3).map((r) => r.feature), mi: top[0].mutualInformation.toFixed(4)}};
}
