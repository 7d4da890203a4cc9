import {DAY, regionShares, segmentActivity, segmentCreditMedian, segmentShares} from "./catalog.js";
import {createRng} from "./random.js";
import {weightedChoice} from "./weightedChoice.js";

/** The customer population at the world's start; customer_id = index + 1. */
export interface Customers {
  count: number;
  /** Code into `segments`. */
  segment: Uint8Array;
  /** Code into `regions`. */
  region: Uint8Array;
  /** Credit limit (currency units), rounded to 100. */
  creditLimit: Float64Array;
  /** When the customer signed up (epoch ms), before the world starts. */
  signupMs: Float64Array;
  /** Relative transaction rate: heavy-tailed (lognormal σ = 1) times the segment's multiplier. */
  activity: Float64Array;
  /** Relative fraud exposure: lognormal σ = 1, drives who gets compromised. */
  risk: Float64Array;
}

/**
 * Draws `count` customers from stream "customers" of `seed`.
 *
 * Knobs: segment, region and credit medians live in catalog.ts; tenure is lognormal
 * with a median of `tenureMedianDays` (default 400 days), at least one day.
 *
 * @example
 * customers(7, 3, Date.UTC(2026, 0, 1)).count // => 3
 */
export function customers(seed: number, count: number, start: number, tenureMedianDays = 400): Customers {
  const rng = createRng(seed, "customers");
  const pickSegment = weightedChoice(segmentShares);
  const pickRegion = weightedChoice(regionShares);
  const segment = new Uint8Array(count);
  const region = new Uint8Array(count);
  const creditLimit = new Float64Array(count);
  const signupMs = new Float64Array(count);
  const activity = new Float64Array(count);
  const risk = new Float64Array(count);
  for (let i = 0; i < count; ++i) {
    const s = (segment[i] = pickSegment(rng.uniform()));
    region[i] = pickRegion(rng.uniform());
    creditLimit[i] = Math.max(100, Math.round(rng.logNormal(Math.log(segmentCreditMedian[s]!), 0.5) / 100) * 100);
    const tenureDays = Math.max(1, rng.logNormal(Math.log(tenureMedianDays), 1));
    signupMs[i] = start - Math.round(tenureDays * DAY);
    activity[i] = rng.logNormal(0, 1) * segmentActivity[s]!;
    risk[i] = rng.logNormal(0, 1);
  }
  return {count, segment, region, creditLimit, signupMs, activity, risk};
}
