// The latency page's headline numbers (latency-tail-risk.md), plain data (no DOM), so that
// the build-time first answer (data/first/latency-tail-risk.json.ts, in Node) and the page
// make them the same way; latencyCards.js shows them.
import * as d3 from "d3";
import {percentiles} from "../../lib/latency/percentiles.js";
import {formatMs} from "./latencyCards.js";

/**
 * The requests' mean, p50, p99, p99.9 (type 7, lib/latency's percentiles) and max, in ms, of
 * `latency` (one value per request). `key` is what the cards show, for the first-answer test.
 */
export function latencyHeadline(latency) {
  const mean = d3.mean(latency);
  const [p50, p99, p999] = percentiles(latency, [0.5, 0.99, 0.999]);
  const max = d3.max(latency);
  return {requests: latency.length, mean, p50, p99, p999, max, key: {requests: latency.length, mean: formatMs(mean, 2), p50: formatMs(p50, 2), p99: formatMs(p99), p999: formatMs(p999)}};
}
