// The preprocessing page's computation (preprocessing.md), shared with its build-time first
// answer (data/first/preprocessing.json.ts): the controls' starting values, the SQL that
// splits the world's transactions into a training window and serving days, the pipeline's
// steps for the controls, and the headline (spec fitted, both paths compared) from lib/preprocess.
import {sql} from "../../lib/sql/index.js";
import {applyPreprocess, fitPreprocess, outputAgreement, preprocessSql} from "../../lib/preprocess/index.js";

const DAY = 86_400_000;
export const preprocessWorldStart = Date.UTC(2026, 0, 1);

/** The page's controls as they start. */
export const preprocessPageSplit = {trainDays: 60, serveDays: 14};
export const preprocessPageMissing = {share: 0.2, pattern: "only amounts ≥ $150"};
export const preprocessPagePipe = {impute: "median", clip: "quantiles 1%–99%", scaler: "standard", encoder: "onehot", minFrequency: 0.065, smoothing: 10};

/** The split's time bounds, ms since 1970 UTC. */
export function preprocessBounds(split) {
  const trainEnd = preprocessWorldStart + split.trainDays * DAY;
  return {trainEnd, serveEnd: trainEnd + split.serveDays * DAY};
}

/** The query that makes pp_rows from `transactions` and `labels`: the split, and amounts made missing as `missing` says (by DuckDB's hash of txn_id). */
export function preprocessRowsSql(split, missing) {
  const {trainEnd, serveEnd} = preprocessBounds(split);
  return sql`CREATE OR REPLACE TABLE pp_rows AS
SELECT t.txn_id, t.customer_id::VARCHAR AS customer, t.merchant_id::VARCHAR AS merchant, t.merchant_category, t.channel,
  CASE WHEN hash(t.txn_id) % 1000 < ${missing.share} * 1000 AND (${missing.pattern} = 'at random' OR t.amount >= 150)
       THEN NULL ELSE t.amount END AS amount,
  t.event_timestamp, l.is_fraud::DOUBLE AS is_fraud,
  CASE WHEN epoch_ms(t.event_timestamp) < ${trainEnd} THEN 'training' ELSE 'serving' END AS split
FROM transactions t JOIN labels l USING (txn_id)
WHERE NOT t.is_correction AND epoch_ms(t.event_timestamp) < ${serveEnd}
ORDER BY t.txn_id`;
}

const clipSteps = {
  "none": [],
  "quantiles 1%–99%": [{kind: "clip", column: "amount", quantiles: [0.01, 0.99]}],
  "quantiles 5%–95%": [{kind: "clip", column: "amount", quantiles: [0.05, 0.95]}],
  "IQR fences (1.5)": [{kind: "clip", column: "amount", iqr: 1.5}],
};

/** The clip choices the page offers, in order. */
export const preprocessClipChoices = Object.keys(clipSteps);

/** lib/preprocess steps for the pipeline controls `pipe`. */
export function preprocessSteps(pipe) {
  const encoderSteps = {
    onehot: pipe.minFrequency > 0 ? {kind: "onehot", column: "merchant_category", min_frequency: pipe.minFrequency} : {kind: "onehot", column: "merchant_category"},
    ordinal: {kind: "ordinal", column: "merchant_category"},
    target: {kind: "target", column: "merchant_category", target: "is_fraud", smoothing: pipe.smoothing, folds: 5, seed: 7},
  };
  return [
    {kind: "impute", column: "amount", strategy: pipe.impute, indicator: true},
    ...clipSteps[pipe.clip],
    {kind: pipe.scaler, column: "amount", output: "amount_scaled"},
    encoderSteps[pipe.encoder],
    {kind: "ordinal", column: "channel"},
  ];
}

/**
 * The spec fitted on `train` and both paths compared: the compiled SQL's results on the
 * training rows (`trainSql`, training path) and the serving days (`serveSql`) against
 * applyPreprocess on the same rows (outputAgreement).
 */
export function preprocessCompare(spec, train, serve, trainSql, serveSql) {
  const trainTs = applyPreprocess(spec, train, {training: true});
  const serveTs = applyPreprocess(spec, serve);
  const agreement = [
    ...outputAgreement(trainTs, trainSql).map((c) => ({rows_of: "training", ...c})),
    ...outputAgreement(serveTs, serveSql).map((c) => ({rows_of: "serving", ...c})),
  ];
  return {trainTs, serveTs, agreement, allEqual: agreement.every((c) => c.equal === c.rows), worstDiff: Math.max(...agreement.map((c) => c.maxAbsDiff))};
}

/** The headline cards' numbers; `key` is what they show, for the first-answer test. */
export function preprocessHeadline(spec, compare, {trainDays, rows}) {
  const h = {fittedRows: spec.fitted_on.rows, trainDays, transforms: spec.transforms.length, columns: compare.serveTs.numCols, version: spec.version, fingerprint: spec.fingerprint, allEqual: compare.allEqual, worstDiff: compare.worstDiff, comparisons: compare.agreement.length, rows};
  return {...h, key: {rows: h.fittedRows, columns: `${h.transforms} → ${h.columns}`, fingerprint: h.fingerprint, equal: h.allEqual}};
}

export {fitPreprocess, preprocessSql};
