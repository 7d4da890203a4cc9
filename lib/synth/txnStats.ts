import {Table} from "apache-arrow";
import {DAY} from "./catalog.js";
import {float64Column, int32Column, timestampColumn} from "./columns.js";
import {createRng} from "./random.js";
import {rollingWindow} from "./rollingWindow.js";
import type {Transactions} from "./transactions.js";

/**
 * The `txn_stats` feature-view source: one row per original transaction (same order),
 * the customer's rolling aggregates at that event's time over (t − 7d, t] and
 * (t − 30d, t], the transaction itself included. Corrections are not applied: the
 * pipeline computes on amounts as first ingested. created_timestamp is the
 * transaction's ingestion plus a lognormal compute lag (median `computeLagMs`, default
 * 3 s); a late-arriving earlier purchase is missing from rows computed before it landed.
 *
 * Columns: customer_id, event_timestamp, created_timestamp, amount_sum_7d (sum of
 * non-null amounts, 0 when none), txn_count_7d, amount_mean_30d (null when no
 * non-null amount), txn_count_30d.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * const population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * txnStats(7, tx).numRows // => 1014
 */
export function txnStats(seed: number, tx: Transactions, computeLagMs = 3_000): Table {
  const rng = createRng(seed, "txn_stats");
  const week = rollingWindow(tx.customerId, tx.eventMs, tx.amountCents, 7 * DAY);
  const month = rollingWindow(tx.customerId, tx.eventMs, tx.amountCents, 30 * DAY);
  const n = tx.count;
  const sum7 = new Float64Array(n), mean30 = new Float64Array(n), created = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    sum7[i] = week.sum[i]! / 100;
    mean30[i] = month.valid[i]! > 0 ? month.sum[i]! / month.valid[i]! / 100 : NaN;
    created[i] = tx.createdMs[i]! + Math.round(rng.logNormal(Math.log(computeLagMs), 0.7));
  }
  return new Table({
    customer_id: int32Column(tx.customerId),
    event_timestamp: timestampColumn(tx.eventMs),
    created_timestamp: timestampColumn(created),
    amount_sum_7d: float64Column(sum7),
    txn_count_7d: int32Column(week.count),
    amount_mean_30d: float64Column(mean30),
    txn_count_30d: int32Column(month.count),
  });
}
