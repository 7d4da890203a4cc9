import {createRng} from "./random.js";

/** Options of {@link fanOutLatency}. */
export interface FanOutLatencyOptions {
  /** Requests to simulate. */
  requests: number;
  /** Feature views each request looks up (1 or more). */
  views: number;
  /** Probability that one lookup falls in the tail: one number for every view, or one per view (default 0.01). */
  tailShare?: number | readonly number[];
  /** Pareto shape of the tail (default 1.4, as serving_latency). */
  tailAlpha?: number;
  /** Smallest tail excess in ms (default 12). */
  tailScaleMs?: number;
  /** Median lookup latency in ms of the lognormal body (default 2.5; σ 0.35). */
  medianMs?: number;
  /**
   * Probability that a request meets a *shared* slow moment (a GC pause, a congested
   * network link, a cold cache) that sends every one of its lookups to the tail at once
   * (default 0: lookups independent). Makes slowness correlated across views.
   */
  sharedSlowShare?: number;
}

/** A simulated fan-out: `requests` × `views` lookup latencies, request-major. */
export interface FanOutLatency {
  requests: number;
  views: number;
  /** latency[r · views + v] is request r's lookup of view v, in ms (µs precision). */
  latency: Float64Array;
}

/**
 * A serving log like `serving_latency`, with any number of feature views and without
 * time: each request looks up `views` views; a lookup takes a lognormal body (median
 * `medianMs`, σ 0.35) plus, with probability `tailShare` (of its view), a Pareto excess of
 * at least `tailScaleMs`. With `sharedSlowShare` > 0 some requests send all their lookups
 * to the tail together, so the lookups are no longer independent. For the fan-out chart:
 * a request waits for its slowest lookup (see `fanOutCurve` in lib/latency).
 *
 * @example fanOutLatency(7, {requests: 1000, views: 4}).latency.length // => 4000
 */
export function fanOutLatency(seed: number, options: FanOutLatencyOptions): FanOutLatency {
  const {requests, views, tailShare = 0.01, tailAlpha = 1.4, tailScaleMs = 12, medianMs = 2.5, sharedSlowShare = 0} = options;
  if (!(Number.isInteger(requests) && requests >= 0)) throw new RangeError(`fanOutLatency requires a whole number of requests, got ${requests}`);
  if (!(Number.isInteger(views) && views >= 1)) throw new RangeError(`fanOutLatency requires a whole number of views >= 1, got ${views}`);
  const shares = typeof tailShare === "number" ? Array.from({length: views}, () => tailShare) : [...tailShare];
  if (shares.length !== views) throw new RangeError(`fanOutLatency requires one tailShare per view (${views}), got ${shares.length}`);
  for (const p of [...shares, sharedSlowShare]) if (!(p >= 0 && p <= 1)) throw new RangeError(`fanOutLatency requires shares in [0, 1], got ${p}`);
  if (!(tailAlpha > 0) || !(tailScaleMs >= 0) || !(medianMs > 0)) throw new RangeError(`fanOutLatency requires tailAlpha > 0, tailScaleMs >= 0 and medianMs > 0, got ${tailAlpha}, ${tailScaleMs}, ${medianMs}`);
  const rng = createRng(seed, "fan_out_latency");
  const mu = Math.log(medianMs);
  const latency = new Float64Array(requests * views);
  for (let r = 0, i = 0; r < requests; ++r) {
    const shared = sharedSlowShare > 0 && rng.uniform() < sharedSlowShare;
    for (let v = 0; v < views; ++v, ++i) {
      let ms = rng.logNormal(mu, 0.35);
      if (shared || rng.uniform() < shares[v]!) ms += tailScaleMs * rng.pareto(tailAlpha);
      latency[i] = Math.round(ms * 1000) / 1000;
    }
  }
  return {requests, views, latency};
}
