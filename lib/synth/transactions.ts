import {Table} from "apache-arrow";
import {HOUR, categories, categoryNames, channels} from "./catalog.js";
import {boolColumn, float64Column, int32Column, timestampColumn, utf8Column} from "./columns.js";
import type {Customers} from "./customers.js";
import {fraudEpisodes} from "./fraudEpisodes.js";
import type {Merchants} from "./merchants.js";
import {createRng} from "./random.js";
import {hourlyWeights} from "./seasonality.js";
import {weightedChoice} from "./weightedChoice.js";

const POS = channels.indexOf("pos");

/** Options of {@link transactions}; every share is a probability per original transaction. */
export interface TransactionOptions {
  /** The world's first instant (epoch ms). */
  start: number;
  /** The world's length in days. */
  days: number;
  /** Expected number of original transactions (Poisson per hour around it). */
  count: number;
  /** Share of fraudulent transactions (default 0.015). */
  fraudRate?: number;
  /** Share of the fraud that comes in account-takeover bursts; the rest is isolated (default 0.65). */
  episodeShare?: number;
  /** Share of late arrivals: ingestion lag of hours to days instead of seconds (default 0.03; 3× as likely at pos). */
  lateShare?: number;
  /** Share of transactions later re-stated by a correction (default 0.005). */
  correctionShare?: number;
  /** Share of null amounts (default 0.002). */
  nullAmountShare?: number;
  /** Traffic growth from the first hour to the last (default 0.1). */
  growth?: number;
}

/** Original transactions in event-time order (txn_id = index + 1), plus their corrections. */
export interface Transactions {
  count: number;
  customerId: Int32Array;
  merchantId: Int32Array;
  category: Uint8Array;
  channel: Uint8Array;
  /** Whole cents; NaN is a null amount. */
  amountCents: Float64Array;
  eventMs: Float64Array;
  createdMs: Float64Array;
  isFraud: Uint8Array;
  /** Index of the original each correction re-states, ascending. */
  correctionOf: Int32Array;
  correctionAmountCents: Float64Array;
  correctionCreatedMs: Float64Array;
}

/**
 * Generates the transaction stream. Event times follow hourly seasonality
 * (seasonality.ts); each purchase picks a customer by activity (heavy-tailed), a
 * category by share, a merchant by popularity within it, a channel by the category's
 * mix and a lognormal amount by category. Fraud (isolated, in proportion to a
 * customer's risk, or in takeover bursts) favours electronics, digital and travel,
 * the web channel, and amounts e^0.9 ≈ 2.5× higher. Ingestion lag is lognormal,
 * median 15 s (seconds to minutes), or for late arrivals median 5 h (hours to days).
 * A correction keeps txn_id and event time, changes the amount (70% down to 30–95%,
 * 30% up to 101–120%) and arrives a median of 20 h after the original.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * const population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * [tx.count, tx.correctionOf.length] // => [1014, 5]
 */
export function transactions(seed: number, population: Customers, shops: Merchants, options: TransactionOptions): Transactions {
  const {start, days, count, fraudRate = 0.015, episodeShare = 0.65, lateShare = 0.03} = options;
  const {correctionShare = 0.005, nullAmountShare = 0.002, growth = 0.1} = options;
  const rng = createRng(seed, "transactions");
  const weights = hourlyWeights(start, days, growth);
  const hours = weights.length;
  const episodes = fraudEpisodes(seed, population, Math.round((count * fraudRate * episodeShare) / 5), start, start + hours * HOUR);
  const baseCount = count - episodes.eventMs.length;
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const perHour = Int32Array.from(weights, (w) => rng.poisson((baseCount * w) / totalWeight));
  const n = perHour.reduce((a, b) => a + b, 0) + episodes.eventMs.length;

  const pickCustomer = weightedChoice(population.activity);
  const weightedRisk = population.activity.reduce((s, a, c) => s + a * population.risk[c]!, 0) / population.activity.reduce((a, b) => a + b, 0);
  const isolatedRate = fraudRate * (1 - episodeShare);
  const pickCategory = weightedChoice(categories.map((c) => c.share));
  const pickFraudCategory = weightedChoice(categories.map((c) => c.fraudWeight));
  const pickChannel = categories.map((c) => weightedChoice(c.channelMix));
  const pickFraudChannel = categories.map((c) => weightedChoice(c.channelMix.map((p, k) => (k === 0 ? 3 * p + 0.1 : p))));
  const logMedianCents = categories.map((c) => Math.log(c.median * 100)), sigmas = categories.map((c) => c.sigma);
  const posLate = (lateShare * 3) / (3 * 0.55 + 0.45); // ≈ lateShare overall with ~55% of purchases at pos

  const tx: Transactions = {
    count: n, customerId: new Int32Array(n), merchantId: new Int32Array(n), category: new Uint8Array(n),
    channel: new Uint8Array(n), amountCents: new Float64Array(n), eventMs: new Float64Array(n),
    createdMs: new Float64Array(n), isFraud: new Uint8Array(n),
    correctionOf: new Int32Array(0), correctionAmountCents: new Float64Array(0), correctionCreatedMs: new Float64Array(0),
  };
  const {customerId, merchantId, category, channel: channelCode, amountCents, eventMs, createdMs, isFraud} = tx;
  const keys = new Float64Array(Math.max(...perHour) + episodes.eventMs.length);
  let i = 0, e = 0;
  for (let h = 0; h < hours; ++h) {
    // Sort this hour's purchases by time: key = offset·2^20 + local index, exact in a double.
    const hourStart = start + h * HOUR;
    let m = 0;
    for (; m < perHour[h]!; ++m) keys[m] = Math.floor(rng.uniform() * HOUR) * 2 ** 20 + m;
    const firstEpisode = e;
    for (; e < episodes.eventMs.length && episodes.eventMs[e]! < hourStart + HOUR; ++e, ++m) keys[m] = (episodes.eventMs[e]! - hourStart) * 2 ** 20 + m;
    const sorted = keys.subarray(0, m).sort();
    for (const key of sorted) {
      const offset = Math.floor(key / 2 ** 20);
      const j = key - offset * 2 ** 20;
      const fromEpisode = j >= perHour[h]!;
      const c = fromEpisode ? episodes.customer[firstEpisode + j - perHour[h]!]! : pickCustomer(rng.uniform());
      const fraud = fromEpisode || rng.bernoulli(Math.min(0.5, (isolatedRate * population.risk[c]!) / weightedRisk));
      const k = fraud ? pickFraudCategory(rng.uniform()) : pickCategory(rng.uniform());
      const channel = (fraud ? pickFraudChannel : pickChannel)[k]!(rng.uniform());
      const amount = rng.uniform() < nullAmountShare ? NaN : Math.max(1, Math.round(rng.logNormal(logMedianCents[k]! + (fraud ? 0.9 : 0), sigmas[k]!)));
      const late = rng.uniform() < (channel === POS ? posLate : posLate / 3);
      const lag = late ? rng.logNormal(Math.log(5 * HOUR), 1.1) : rng.logNormal(Math.log(15_000), 0.9);
      customerId[i] = c + 1;
      merchantId[i] = shops.pickInCategory[k]!(rng.uniform());
      category[i] = k;
      channelCode[i] = channel;
      amountCents[i] = amount;
      eventMs[i] = hourStart + offset;
      createdMs[i] = hourStart + offset + Math.round(lag);
      isFraud[i] = fraud ? 1 : 0;
      ++i;
    }
  }
  return addCorrections(seed, tx, correctionShare);
}

/** Draws the corrections of stream "corrections" and returns `tx` with them. */
function addCorrections(seed: number, tx: Transactions, share: number): Transactions {
  const rng = createRng(seed, "corrections");
  const of: number[] = [], amount: number[] = [], created: number[] = [];
  for (let i = 0; i < tx.count; ++i) {
    if (!(rng.uniform() < share)) continue;
    const before = tx.amountCents[i]!;
    const factor = rng.uniform() < 0.7 ? 0.3 + 0.65 * rng.uniform() : 1.01 + 0.19 * rng.uniform();
    of.push(i);
    amount.push(Math.max(1, Math.round((before === before ? before : 5_000) * factor)));
    created.push(tx.createdMs[i]! + Math.round(rng.logNormal(Math.log(20 * HOUR), 1)));
  }
  return {...tx, correctionOf: Int32Array.from(of), correctionAmountCents: Float64Array.from(amount), correctionCreatedMs: Float64Array.from(created)};
}

/**
 * The `transactions` table: each original in event order, its correction (if any)
 * right after it. Columns: txn_id, customer_id, merchant_id, merchant_category,
 * channel, amount, event_timestamp, created_timestamp, is_correction.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * const population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * transactionsTable(tx).numRows // => 1019
 */
export function transactionsTable(tx: Transactions): Table {
  const {correctionOf} = tx;
  const withCorrections = <T extends Int32Array | Uint8Array | Float64Array>(values: T, corrected?: T): T => {
    const out = new (values.constructor as new (n: number) => T)(tx.count + correctionOf.length);
    let from = 0;
    correctionOf.forEach((i, k) => {
      out.set(values.subarray(from, i + 1), from + k);
      out[i + 1 + k] = corrected ? corrected[k]! : values[i]!;
      from = i + 1;
    });
    out.set(values.subarray(from), from + correctionOf.length);
    return out;
  };
  const amount = withCorrections(tx.amountCents, tx.correctionAmountCents).map((cents) => cents / 100);
  const isCorrection = withCorrections(new Uint8Array(tx.count), new Uint8Array(correctionOf.length).fill(1));
  return new Table({
    txn_id: int32Column(withCorrections(Int32Array.from({length: tx.count}, (_, i) => i + 1))),
    customer_id: int32Column(withCorrections(tx.customerId)),
    merchant_id: int32Column(withCorrections(tx.merchantId)),
    merchant_category: utf8Column(withCorrections(tx.category), categoryNames),
    channel: utf8Column(withCorrections(tx.channel), channels),
    amount: float64Column(amount),
    event_timestamp: timestampColumn(withCorrections(tx.eventMs)),
    created_timestamp: timestampColumn(withCorrections(tx.createdMs, tx.correctionCreatedMs)),
    is_correction: boolColumn(isCorrection),
  });
}
