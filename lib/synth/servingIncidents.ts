import {HOUR} from "./catalog.js";
import {createRng} from "./random.js";

/**
 * The incidents of `servingLatency(seed, options)`: its two-hour windows (epoch ms,
 * `start` inclusive, `end` exclusive) during which a lookup is 10× as likely to fall in
 * the tail and txn_stats 1.5× slower, ascending. They are the first draws of the log's
 * random stream, drawn here the same way, so a page can shade them (its tests check
 * that the log really is slower inside them).
 *
 * @example servingIncidents(7, {start: 0, days: 90, incidents: 1}) // => [{start: 4888800000, end: 4896000000}]
 */
export function servingIncidents(seed: number, options: {start: number; days: number; incidents?: number}): {start: number; end: number}[] {
  const {start, days, incidents = 1} = options;
  const rng = createRng(seed, "serving_latency");
  return Array.from({length: incidents}, () => start + Math.floor(rng.uniform() * (days * 24 - 2)) * HOUR)
    .sort((a, b) => a - b)
    .map((s) => ({start: s, end: s + 2 * HOUR}));
}
