import {requestLatencies} from "./requestLatencies.js";

/**
 * The probability that a request is slow when it fans out to lookups that are each slow
 * with probability p_i, independently: 1 − Π(1 − p_i). A request waits for its slowest
 * lookup, so ten lookups each slow 1% of the time make about 9.6% of requests slow.
 *
 * @example fanOutAmplification([0.01, 0.01, 0.01]) // => 0.02970100000000009
 */
export function fanOutAmplification(p: readonly number[]): number {
  let fast = 1;
  for (const pi of p) {
    if (!(pi >= 0 && pi <= 1)) throw new RangeError(`fanOutAmplification requires probabilities in [0, 1], got ${pi}`);
    fast *= 1 - pi;
  }
  return 1 - fast;
}

/** One view's lookups in {@link measuredAmplification}. */
export interface ViewTail {
  view: string;
  lookups: number;
  /** Lookups slower than the threshold. */
  slow: number;
  /** slow / lookups: p_i. */
  share: number;
}

/** The fan-out formula against a lookup log: predicted vs measured share of slow requests. */
export interface MeasuredAmplification {
  thresholdMs: number;
  views: ViewTail[];
  requests: number;
  slowRequests: number;
  /** slowRequests / requests. */
  measured: number;
  /** fanOutAmplification of the views' shares. */
  predicted: number;
  /** The binomial standard error of `measured` if `predicted` were the truth. */
  standardError: number;
  /** (measured − predicted) / standardError (0 when both are equal): beyond ±3 the lookups are not independent (or not every request hits every view). */
  zScore: number;
}

/**
 * Checks the fan-out formula on a lookup log (one row per lookup: request id, view,
 * latency in ms): each view's share p_i of lookups slower than `thresholdMs`, the
 * formula's prediction 1 − Π(1 − p_i), and the measured share of requests slower than it
 * (a request is slow when any of its lookups is). The formula assumes every request
 * looks up every view once, independently; correlated slowness (an incident slowing all
 * views at once) piles slow lookups onto the same requests, so fewer requests are slow
 * than it predicts.
 *
 * @example measuredAmplification([1, 1, 2, 2], ["a", "b", "a", "b"], [9, 1, 1, 1], 5).measured // => 0.5
 */
export function measuredAmplification(requestId: ArrayLike<number>, view: ArrayLike<string>, latency: ArrayLike<number>, thresholdMs: number): MeasuredAmplification {
  if (!(thresholdMs >= 0)) throw new RangeError(`measuredAmplification requires thresholdMs >= 0, got ${thresholdMs}`);
  if (view.length !== latency.length) throw new RangeError(`measuredAmplification requires as many views as latencies, got ${view.length} and ${latency.length}`);
  const counts = new Map<string, {lookups: number; slow: number}>();
  for (let i = 0; i < view.length; i++) {
    const key = view[i]!;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = {lookups: 0, slow: 0}));
    c.lookups++;
    if (latency[i]! > thresholdMs) c.slow++;
  }
  const views = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, c]) => ({view: name, ...c, share: c.slow / c.lookups}));
  const perRequest = requestLatencies(requestId, latency).latency;
  let slowRequests = 0;
  for (const ms of perRequest) if (ms > thresholdMs) slowRequests++;
  const requests = perRequest.length;
  const measured = slowRequests / requests;
  const predicted = fanOutAmplification(views.map((v) => v.share));
  const standardError = Math.sqrt((predicted * (1 - predicted)) / requests);
  const zScore = measured === predicted ? 0 : (measured - predicted) / standardError;
  return {thresholdMs, views, requests, slowRequests, measured, predicted, standardError, zScore};
}
