// The guardrails page's model (guardrails.md): the query that gathers its training rows and
// the model trained and scored out of time, with the headline the cards show (how many
// transactions, how many frauds, its AUC). Plain data (no DOM), so that the build-time first
// answer (data/first/guardrails.json.ts, in Node) and the page make them the same way.
import {sql} from "../../lib/sql/index.js";
import {pointInTimeJoinSql, readNumberColumn} from "../../lib/pit/index.js";
import {auc} from "../../lib/leakage/index.js";
import {confusionCurve, scoreOutOfTime} from "../../lib/guardrails/index.js";

const DAY = 86_400_000;
/** The model trains on the world's first 60 days and scores the rest. */
export const guardrailTrainEnd = Date.UTC(2026, 0, 1) + 60 * DAY;

/**
 * Every labelled transaction with its point-in-time features (txn_stats' 7-day count and
 * log sum, customer_risk's chargebacks) and its own log amount and web flag, ordered by
 * txn_id: the model's rows. `repo` is the parsed feature repository (lib/pit).
 */
export function guardrailTrainingSql(repo) {
  const viewOf = (name, features) => ({...repo.featureViews.find((v) => v.name === name), features});
  const pitInput = {spine: "labels", views: [
    {view: viewOf("txn_stats", ["txn_count_7d", "amount_sum_7d"]), source: "txn_stats"},
    {view: viewOf("customer_risk", ["chargeback_count"]), source: "customer_risk"},
  ]};
  return sql`SELECT j.txn_id, epoch_ms(j.event_timestamp) AS txn_ms, j.is_fraud::INTEGER AS is_fraud,
  "txn_stats__txn_count_7d" AS txn_count_7d, ln(1 + "txn_stats__amount_sum_7d") AS log_amount_sum_7d,
  "customer_risk__chargeback_count" AS chargeback_count, ln(1 + t.amount) AS log_amount, (t.channel = 'web')::INTEGER AS web
FROM (${pointInTimeJoinSql(pitInput)}) j
LEFT JOIN (SELECT txn_id, amount, channel FROM transactions WHERE NOT is_correction) t USING (txn_id)
ORDER BY j.txn_id`;
}

/**
 * The model of the page from the training query's result (an Arrow table): trained on the
 * first 60 days, scored on the rest (lib/guardrails' scoreOutOfTime), its AUC (lib/leakage)
 * and confusion curve; `headline` holds the cards' numbers and `key`, rounded as shown.
 */
export function guardrailModel(trainingTable) {
  const column = (name) => readNumberColumn(trainingTable.getChild(name));
  const label = column("is_fraud"), eventMs = column("txn_ms");
  const storeFeatures = {txn_count_7d: column("txn_count_7d"), log_amount_sum_7d: column("log_amount_sum_7d"), chargeback_count: column("chargeback_count")};
  const labFeatures = {...storeFeatures, log_amount: column("log_amount"), web: column("web")};
  const lab = scoreOutOfTime(labFeatures, label, eventMs, {trainEnd: guardrailTrainEnd});
  const labAuc = auc(lab.scores, lab.labels);
  const curve = confusionCurve(lab.scores, lab.labels);
  const headline = {n: curve.n, positives: curve.positives, days: lab.days, trainRows: lab.trainRows, auc: labAuc, key: {n: curve.n, positives: curve.positives, auc: labAuc.toFixed(3)}};
  return {label, eventMs, storeFeatures, labFeatures, lab, labAuc, curve, headline};
}
