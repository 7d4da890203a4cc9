import {Table} from "apache-arrow";
import {DAY} from "./catalog.js";
import {boolColumn, int32Column, timestampColumn} from "./columns.js";
import {createRng} from "./random.js";
import type {Transactions} from "./transactions.js";

/** Options of {@link labelArrivals}: lognormal label delays. */
export interface LabelOptions {
  /** The world's end (epoch ms): labels arriving later are null. */
  end: number;
  /** Median days from a fraudulent purchase to its chargeback (default 7; σ 0.8: a day to a month). */
  fraudDelayDays?: number;
  /** Median days until a legitimate purchase is confirmed (default 25; σ 0.35: two weeks to two months). */
  legitDelayDays?: number;
}

/**
 * When each original transaction's label arrives (epoch ms, NaN when after `end`).
 * Fraud is reported sooner than legitimacy is confirmed, so among labels arrived by a
 * recent date fraud is over-represented: the delayed-labels page measures that bias.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * const population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * const labelMs = labelArrivals(7, tx, {end: Date.UTC(2026, 0, 31)});
 * [labelMs.length, labelMs.filter((ms) => !Number.isNaN(ms)).length] // => [1014, 175]
 */
export function labelArrivals(seed: number, tx: Transactions, options: LabelOptions): Float64Array {
  const {end, fraudDelayDays = 7, legitDelayDays = 25} = options;
  const rng = createRng(seed, "labels");
  return Float64Array.from(tx.eventMs, (t, i) => {
    const days = tx.isFraud[i] ? rng.logNormal(Math.log(fraudDelayDays), 0.8) : rng.logNormal(Math.log(legitDelayDays), 0.35);
    const arrival = t + Math.max(1, Math.round(days * DAY));
    return arrival <= end ? arrival : NaN;
  });
}

/**
 * The `labels` table, one row per original transaction in its order: txn_id,
 * customer_id, event_timestamp (the transaction's), label_timestamp (null when not
 * arrived by the world's end), is_fraud (the ground truth, known as of t only where
 * label_timestamp ≤ t).
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * const population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * labelsTable(tx, labelArrivals(7, tx, {end: Date.UTC(2026, 0, 31)})).numRows // => 1014
 */
export function labelsTable(tx: Transactions, labelMs: Float64Array): Table {
  return new Table({
    txn_id: int32Column(Int32Array.from({length: tx.count}, (_, i) => i + 1)),
    customer_id: int32Column(tx.customerId),
    event_timestamp: timestampColumn(tx.eventMs),
    label_timestamp: timestampColumn(labelMs),
    is_fraud: boolColumn(tx.isFraud),
  });
}
