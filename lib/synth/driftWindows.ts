import {Table} from "apache-arrow";
import {categories, categoryNames, channels} from "./catalog.js";
import {float64Column, int32Column, utf8Column} from "./columns.js";
import {createRng} from "./random.js";
import {weightedChoice} from "./weightedChoice.js";

/** Knobs of the current window; all 0 gives two samples of one distribution. */
export interface DriftOptions {
  /** 0..1: shifts amounts up (median × e^(0.5·s), σ × (1 + 0.3·s)), raises 7-day counts (× 1 + 0.5·s) and brings newer customers (tenure median × 1 − 0.4·s). Default 0.3. */
  strength?: number;
  /** 0..1: blends the category mix toward a "digital boom" mix (digital, electronics, travel up). Default = strength. */
  categoryShift?: number;
  /** 0..1: share of current rows from a skewed serving transform that reports amount in cents. Default 0. */
  skew?: number;
}

/** The category mix that `categoryShift = 1` moves to. */
const boomShares = [0.14, 0.12, 0.06, 0.05, 0.1, 0.14, 0.11, 0.28];

/**
 * Two windows of the same feature rows, `drift_reference` and `drift_current`
 * (`rows` each), the current one drawn with the drift and skew of `options`. Each
 * window has its own stream, so changing the knobs leaves the reference unchanged.
 *
 * Columns: amount (0.2% null), merchant_category, channel, txn_count_7d, customer_tenure_days.
 *
 * @example
 * driftWindows(7, 1000, {strength: 0}).drift_current.numRows // => 1000
 */
export function driftWindows(seed: number, rows: number, options: DriftOptions = {}): {drift_reference: Table; drift_current: Table} {
  const {strength = 0.3, categoryShift = strength, skew = 0} = options;
  for (const [name, value] of Object.entries({strength, categoryShift, skew})) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`driftWindows requires ${name} in [0, 1]; got ${value}`);
  }
  return {
    drift_reference: driftWindow(seed, "drift_reference", rows, 0, 0, 0),
    drift_current: driftWindow(seed, "drift_current", rows, strength, categoryShift, skew),
  };
}

function driftWindow(seed: number, stream: string, rows: number, strength: number, categoryShift: number, skew: number): Table {
  const rng = createRng(seed, stream);
  const pickCategory = weightedChoice(categories.map((c, k) => (1 - categoryShift) * c.share + categoryShift * boomShares[k]!));
  const pickChannel = categories.map((c) => weightedChoice(c.channelMix));
  const amount = new Float64Array(rows), count7d = new Int32Array(rows), tenure = new Int32Array(rows);
  const category = new Uint8Array(rows), channel = new Uint8Array(rows);
  for (let i = 0; i < rows; ++i) {
    const k = (category[i] = pickCategory(rng.uniform()));
    channel[i] = pickChannel[k]!(rng.uniform());
    const {median, sigma} = categories[k]!;
    const value = Math.round(rng.logNormal(Math.log(median) + 0.5 * strength, sigma * (1 + 0.3 * strength)) * 100) / 100;
    const cents = rng.uniform() < skew;
    amount[i] = rng.uniform() < 0.002 ? NaN : cents ? Math.round(value * 100) : value;
    count7d[i] = 1 + rng.poisson(4 * rng.logNormal(0, 0.8) * (1 + 0.5 * strength));
    tenure[i] = Math.max(1, Math.floor(rng.logNormal(Math.log(400 * (1 - 0.4 * strength)), 1)));
  }
  return new Table({
    amount: float64Column(amount),
    merchant_category: utf8Column(category, categoryNames),
    channel: utf8Column(channel, channels),
    txn_count_7d: int32Column(count7d),
    customer_tenure_days: int32Column(tenure),
  });
}
