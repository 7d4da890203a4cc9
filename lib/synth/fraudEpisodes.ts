import {HOUR} from "./catalog.js";
import type {Customers} from "./customers.js";
import {createRng} from "./random.js";
import {weightedChoice} from "./weightedChoice.js";

/** Fraudulent purchases of account-takeover episodes, sorted by time. */
export interface FraudEpisodes {
  /** Event time of each fraudulent purchase (epoch ms). */
  eventMs: Float64Array;
  /** Its customer index (customer_id − 1). */
  customer: Int32Array;
}

/**
 * Account takeovers: `episodes` customers, chosen in proportion to their risk, each see
 * a burst of 1 + Poisson(4) fraudulent purchases starting at a uniform time, spaced by
 * exponential gaps with a mean of `gapHours` (default 2). Bursts make the 7-day counts
 * of txn_stats informative. Purchases past `end` are dropped.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * fraudEpisodes(7, customers(7, 100, start), 10, start, Date.UTC(2026, 0, 31)).eventMs.length // => 51
 */
export function fraudEpisodes(seed: number, population: Customers, episodes: number, start: number, end: number, gapHours = 2): FraudEpisodes {
  const rng = createRng(seed, "fraud_episodes");
  const pickVictim = weightedChoice(population.risk);
  const items: [number, number][] = [];
  for (let e = 0; e < episodes; ++e) {
    const customer = pickVictim(rng.uniform());
    const size = 1 + rng.poisson(4);
    let t = start + Math.floor(rng.uniform() * (end - start));
    for (let k = 0; k < size && t < end; ++k) {
      items.push([t, customer]);
      t += Math.floor(-Math.log(1 - rng.uniform()) * gapHours * HOUR);
    }
  }
  items.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {eventMs: Float64Array.from(items, (d) => d[0]), customer: Int32Array.from(items, (d) => d[1])};
}
