import {fanOutAmplification} from "./fanOutAmplification.js";

/** One point of {@link fanOutCurve}: requests that look up the first `views` views. */
export interface FanOutPoint {
  views: number;
  /** The share of lookups of the `views`-th view slower than the threshold: its p_i. */
  viewShare: number;
  /** The share of requests whose slowest of the first `views` lookups is slower than the threshold. */
  measured: number;
  /** 1 − Π(1 − p_i) over the first `views` views' measured shares. */
  predicted: number;
  /** The binomial standard error of `measured` if `predicted` were the truth. */
  standardError: number;
}

/**
 * The fan-out amplification, measured and predicted, as a request looks up 1, 2, … of
 * the views of a request-major latency matrix (`latency[r · views + v]`, ms, as
 * `fanOutLatency` in lib/synth makes): for k = 1 … views, the share of requests whose
 * slowest of the first k lookups is over `thresholdMs`, beside 1 − Π(1 − p_i) of those
 * k views' own shares. They agree within a few standard errors when lookups are
 * independent; correlated slowness makes `measured` fall below `predicted`.
 *
 * @example fanOutCurve([1, 9, 9, 1, 1, 1], 2, 5).map((d) => d.measured) // => [0.3333333333333333, 0.6666666666666666]
 */
export function fanOutCurve(latency: ArrayLike<number>, views: number, thresholdMs: number): FanOutPoint[] {
  if (!(Number.isInteger(views) && views >= 1)) throw new RangeError(`fanOutCurve requires a whole number of views >= 1, got ${views}`);
  if (latency.length % views !== 0) throw new RangeError(`fanOutCurve requires a length that is a multiple of views (${views}), got ${latency.length}`);
  if (!(thresholdMs >= 0)) throw new RangeError(`fanOutCurve requires thresholdMs >= 0, got ${thresholdMs}`);
  const requests = latency.length / views;
  if (requests === 0) throw new RangeError("fanOutCurve requires at least one request, got none");
  const slowLookups = new Float64Array(views); // per view
  const slowRequests = new Float64Array(views); // per prefix length k − 1
  for (let r = 0; r < requests; ++r) {
    let slow = false;
    for (let v = 0; v < views; ++v) {
      if (latency[r * views + v]! > thresholdMs) {
        slowLookups[v]!++;
        slow = true;
      }
      if (slow) slowRequests[v]!++;
    }
  }
  const shares = Array.from(slowLookups, (s) => s / requests);
  return shares.map((viewShare, v) => {
    const predicted = fanOutAmplification(shares.slice(0, v + 1));
    return {views: v + 1, viewShare, measured: slowRequests[v]! / requests, predicted, standardError: Math.sqrt((predicted * (1 - predicted)) / requests)};
  });
}
