import {ident, sql, type SqlFragment} from "../sql/index.js";

/** The columns of a labels table. */
export interface LabelColumns {
  readonly table: string;
  /** When the labelled event happened. Default "event_timestamp". */
  readonly eventField?: string;
  /** When its label arrived (null: not yet). Default "label_timestamp". */
  readonly labelField?: string;
  /** The label: boolean or 0/1. Default "is_fraud". */
  readonly classField?: string;
}

/**
 * The delay of a label in days, as SQL.
 *
 * @example delayDays({table: "labels"}).text // => '(epoch_ms("label_timestamp") - epoch_ms("event_timestamp")) / 86400000.0'
 */
export function delayDays(input: LabelColumns): SqlFragment {
  return sql`(epoch_ms(${ident(input.labelField ?? "label_timestamp")}) - epoch_ms(${ident(input.eventField ?? "event_timestamp")})) / 86400000.0`;
}

/**
 * Label delays per class: how many labels, how many have arrived, and the median and
 * 90th percentile delay (days, `quantile_cont`) of those that have. One row per class,
 * `is_fraud` as 0/1.
 *
 * @example labelDelaySummarySql({table: "labels"}).text.includes("quantile_cont") // => true
 */
export function labelDelaySummarySql(input: LabelColumns): SqlFragment {
  const y = ident(input.classField ?? "is_fraud");
  const label = ident(input.labelField ?? "label_timestamp");
  return sql`SELECT ${y}::INTEGER AS is_fraud, count(*) AS labels, count(${label}) AS arrived,
  quantile_cont(${delayDays(input)}, 0.5) AS median_days, quantile_cont(${delayDays(input)}, 0.9) AS p90_days
FROM ${ident(input.table)} GROUP BY ALL ORDER BY ALL`;
}

/**
 * A histogram of label delays: arrived labels per class and bin of `binDays` days
 * (bin k covers [k·binDays, (k+1)·binDays)).
 *
 * @example labelDelayHistogramSql({table: "labels"}, 1).params // => [1]
 */
export function labelDelayHistogramSql(input: LabelColumns, binDays = 1): SqlFragment {
  if (!(binDays > 0)) throw new RangeError(`labelDelayHistogramSql requires binDays > 0, got ${binDays}`);
  const y = ident(input.classField ?? "is_fraud");
  return sql`SELECT ${y}::INTEGER AS is_fraud, CAST(floor(${delayDays(input)} / ${binDays}) AS INTEGER) AS bin, count(*) AS labels
FROM ${ident(input.table)} WHERE ${ident(input.labelField ?? "label_timestamp")} IS NOT NULL
GROUP BY ALL ORDER BY ALL`;
}
