import {Table, Utf8, vectorFromArray} from "apache-arrow";
import {categories, categoryNames, DAY, HOUR} from "./catalog.js";
import {float64Column, int32Column, timestampColumn} from "./columns.js";
import {createRng} from "./random.js";
import {dayOfWeek} from "./seasonality.js";
import {customerProfile} from "./customerProfile.js";
import {customers} from "./customers.js";
import {merchants} from "./merchants.js";
import {worldSize} from "./scales.js";
import {transactions, type Transactions} from "./transactions.js";
import type {generateWorld, WorldOptions} from "./world.js";

/** Knobs of the served log, each a classic cause of training–serving skew; all 0 (the default) serves exactly what training recomputes. */
export interface ServedFeaturesOptions {
  /** Scored requests sampled from the transactions (default 2000, at most all of them). */
  rows?: number;
  /** 0..1: share of rows whose `amount` is served in cents (× 100). */
  centsShare?: number;
  /** 0..1: share of rows whose 7-day window is closed on the other side, [t − 7d, t) instead of (t − 7d, t]: the request's own transaction left out, one exactly 7 days old let in. */
  closedLeftShare?: number;
  /** Hours east of UTC in which serving computes `day_of_week` (−12..14; training uses UTC). */
  timezoneHours?: number;
  /** Materialization lag, hours ≥ 0: serving reads the customer profile as of the request time minus this. */
  stalenessHours?: number;
  /** 0..1: share of null values served as 0. */
  nullsAsZeroShare?: number;
  /** 0..1: share of rows whose floating-point features are served as float32. */
  float32Share?: number;
  /** 0..8: how many of the least common merchant categories serving's vocabulary has not seen; it serves them as "unknown". */
  unseenCategories?: number;
}

/** The feature columns of both tables, after request_id, request_time and customer_id. */
export const servedFeatureNames = ["amount", "amount_sum_7d", "txn_count_7d", "amount_mean_30d", "days_since_last_txn", "day_of_week", "credit_limit", "segment", "merchant_category"] as const;

/**
 * A served-features log for a sample of scored requests (one per sampled transaction, at
 * its event time, in time order) and, as a second table, the same features as training
 * recomputes them from the world's data at the request's time. Both have the columns
 * request_id ("req-<txn_id>"), request_time, customer_id, then {@link servedFeatureNames}:
 * the transaction's amount; sum and count over (t − 7d, t] and mean over (t − 30d, t] of
 * the customer's amounts (txn_stats' windows, null when no amount); days since the
 * customer's previous transaction (null for the first); the UTC day of week (0 = Sunday);
 * the profile's credit_limit and segment as of t (point in time, null before the first
 * profile row); the merchant category. The knobs change only the served table; every
 * row draws its random numbers whatever the knobs, from the stream "served_features", so
 * the same seed and options give byte-identical tables, and one knob never moves another's rows.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1), population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * servedFeatures(7, tx, customerProfile(7, population, {start, days: 30}), {rows: 50}).served_features.numRows // => 50
 */
export function servedFeatures(seed: number, tx: Transactions, profile: Table, options: ServedFeaturesOptions = {}): {served_features: Table; recomputed_features: Table} {
  const {rows = 2000, centsShare = 0, closedLeftShare = 0, timezoneHours = 0, stalenessHours = 0, nullsAsZeroShare = 0, float32Share = 0, unseenCategories = 0} = options;
  for (const [name, value] of Object.entries({centsShare, closedLeftShare, nullsAsZeroShare, float32Share})) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`servedFeatures requires ${name} in [0, 1]; got ${value}`);
  }
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`servedFeatures requires rows to be a whole number ≥ 0; got ${rows}`);
  if (!(timezoneHours >= -12 && timezoneHours <= 14)) throw new RangeError(`servedFeatures requires timezoneHours in [-12, 14]; got ${timezoneHours}`);
  if (!(stalenessHours >= 0 && Number.isFinite(stalenessHours))) throw new RangeError(`servedFeatures requires stalenessHours ≥ 0; got ${stalenessHours}`);
  if (!Number.isInteger(unseenCategories) || unseenCategories < 0 || unseenCategories > categories.length) throw new RangeError(`servedFeatures requires unseenCategories a whole number in [0, ${categories.length}]; got ${unseenCategories}`);
  const rng = createRng(seed, "served_features");
  const sample = sampleIndexes(rng, tx.count, Math.min(rows, tx.count));
  const byCustomer = groupByCustomer(tx);
  const asOf = profileAsOf(profile);
  const unseen = new Set([...categories.keys()].sort((a, b) => categories[a]!.share - categories[b]!.share || a - b).slice(0, unseenCategories));

  const n = sample.length;
  const out = (kind: "t" | "s") => ({
    amount: new Float64Array(n), sum7: new Float64Array(n), count7: new Int32Array(n), mean30: new Float64Array(n), since: new Float64Array(n),
    dow: new Int32Array(n), credit: new Float64Array(n), segment: new Array<string | null>(n), category: new Array<string>(n), kind,
  });
  const [t, s] = [out("t"), out("s")];
  const time = new Float64Array(n), customer = new Int32Array(n), ids = new Array<string>(n);
  for (let r = 0; r < n; r++) {
    const j = sample[r]!, c = tx.customerId[j]!, at = tx.eventMs[j]!;
    // Every row draws the same four numbers whatever the knobs.
    const [uCents, uWindow, uNull, uFloat] = [rng.uniform(), rng.uniform(), rng.uniform(), rng.uniform()];
    time[r] = at;
    customer[r] = c;
    ids[r] = `req-${j + 1}`;
    const events = byCustomer.get(c)!;
    const week = windowOf(tx, events, at - 7 * DAY, at, false);
    const month = windowOf(tx, events, at - 30 * DAY, at, false);
    const previous = lastBefore(tx, events, at);
    const p = asOf(c, at);
    t.amount[r] = tx.amountCents[j]! / 100;
    t.sum7[r] = week.cents / 100;
    t.count7[r] = week.count;
    t.mean30[r] = month.valid > 0 ? month.cents / month.valid / 100 : NaN;
    t.since[r] = previous === null ? NaN : (at - previous) / DAY;
    t.dow[r] = dayOfWeek(at);
    t.credit[r] = p ? p.credit : NaN;
    t.segment[r] = p ? p.segment : null;
    t.category[r] = categoryNames[tx.category[j]!]!;

    const served = uWindow < closedLeftShare ? windowOf(tx, events, at - 7 * DAY, at, true) : week;
    const stale = stalenessHours > 0 ? asOf(c, at - stalenessHours * HOUR) : p;
    s.amount[r] = uCents < centsShare ? tx.amountCents[j]! : t.amount[r]!;
    s.sum7[r] = served.cents / 100;
    s.count7[r] = served.count;
    s.mean30[r] = t.mean30[r]!;
    s.since[r] = t.since[r]!;
    s.dow[r] = dayOfWeek(at + timezoneHours * HOUR);
    s.credit[r] = stale ? stale.credit : NaN;
    s.segment[r] = stale ? stale.segment : null;
    s.category[r] = unseen.has(tx.category[j]!) ? "unknown" : t.category[r]!;
    for (const column of [s.amount, s.sum7, s.mean30, s.since, s.credit]) {
      if (column[r] !== column[r] && uNull < nullsAsZeroShare) column[r] = 0;
      if (uFloat < float32Share) column[r] = Math.fround(column[r]!);
    }
  }
  const table = (v: typeof t) => new Table({
    request_id: vectorFromArray(ids, new Utf8()),
    request_time: timestampColumn(time),
    customer_id: int32Column(customer),
    amount: float64Column(v.amount),
    amount_sum_7d: float64Column(v.sum7),
    txn_count_7d: int32Column(v.count7),
    amount_mean_30d: float64Column(v.mean30),
    days_since_last_txn: float64Column(v.since),
    day_of_week: int32Column(v.dow),
    credit_limit: float64Column(v.credit),
    segment: vectorFromArray(v.segment, new Utf8()),
    merchant_category: vectorFromArray(v.category, new Utf8()),
  });
  return {served_features: table(s), recomputed_features: table(t)};
}

/** `k` distinct indexes of [0, n), ascending (Floyd's algorithm: k draws). */
function sampleIndexes(rng: ReturnType<typeof createRng>, n: number, k: number): Int32Array {
  const chosen = new Set<number>();
  for (let j = n - k; j < n; j++) {
    const x = rng.int(j + 1);
    chosen.add(chosen.has(x) ? j : x);
  }
  return Int32Array.from(chosen).sort();
}

/** Each customer's transactions in event-time order (the stream is in event-time order). */
function groupByCustomer(tx: Transactions): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < tx.count; i++) {
    const c = tx.customerId[i]!;
    let list = out.get(c);
    if (!list) out.set(c, (list = []));
    list.push(i);
  }
  return out;
}

/** Sum (whole cents), count and non-null count of a customer's events in (from, to], or [from, to) when closedLeft. */
function windowOf(tx: Transactions, events: number[], from: number, to: number, closedLeft: boolean): {cents: number; count: number; valid: number} {
  let cents = 0, count = 0, valid = 0;
  for (const i of events) {
    const e = tx.eventMs[i]!;
    const inside = closedLeft ? e >= from && e < to : e > from && e <= to;
    if (!inside) continue;
    count++;
    const x = tx.amountCents[i]!;
    if (x === x) (cents += x), valid++;
  }
  return {cents, count, valid};
}

/** The time of the customer's latest transaction strictly before `at`, or null. */
function lastBefore(tx: Transactions, events: number[], at: number): number | null {
  let best: number | null = null;
  for (const i of events) if (tx.eventMs[i]! < at) best = tx.eventMs[i]!;
  return best;
}

/** The customer profile as of an instant: the latest row with event_timestamp ≤ it (point in time), or null. */
function profileAsOf(profile: Table): (customer: number, at: number) => {credit: number; segment: string} | null {
  const ids = profile.getChild("customer_id")!, times = profile.getChild("event_timestamp")!, credit = profile.getChild("credit_limit")!, segment = profile.getChild("segment")!;
  const rows = new Map<number, number[]>();
  for (let i = 0; i < profile.numRows; i++) {
    const c = ids.get(i) as number;
    if (!rows.has(c)) rows.set(c, []);
    rows.get(c)!.push(i);
  }
  return (c, at) => {
    let best = -1, bestTime = -Infinity;
    for (const i of rows.get(c) ?? []) {
      const e = Number(times.get(i));
      if (e <= at && e >= bestTime) (best = i), (bestTime = e);
    }
    return best < 0 ? null : {credit: credit.get(best) as number, segment: segment.get(best) as string};
  };
}



/**
 * {@link servedFeatures} over the world that {@link generateWorld} makes with the same
 * seed, scale, size, start and days: its transactions and customer_profile, so the
 * recomputed features agree with the world's txn_stats.
 *
 * @example worldServedFeatures({seed: 7, size: {customers: 100, transactions: 1000, merchants: 20}, days: 30}, {rows: 50}).recomputed_features.numRows // => 50
 */
export function worldServedFeatures(world: Pick<WorldOptions, "seed" | "scale" | "size" | "start" | "days"> = {}, options: ServedFeaturesOptions = {}): {served_features: Table; recomputed_features: Table} {
  const {seed = 7, scale = "small", start = Date.UTC(2026, 0, 1), days = 90} = world;
  const size = worldSize(scale, world.size);
  const population = customers(seed, size.customers, start);
  const tx = transactions(seed, population, merchants(seed, size.merchants), {start, days, count: size.transactions});
  return servedFeatures(seed, tx, customerProfile(seed, population, {start, days}), options);
}
