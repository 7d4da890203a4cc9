import {Table} from "apache-arrow";
import {HOUR, featureViews} from "./catalog.js";
import {float64Column, int32Column, timestampColumn, utf8Column} from "./columns.js";
import {createRng} from "./random.js";
import {hourOfDayWeights, seasonalTimes} from "./seasonality.js";

/** Options of {@link servingLatency}. */
export interface ServingLatencyOptions {
  start: number;
  days: number;
  /** Expected number of online requests. */
  requests: number;
  /** Probability that one view lookup falls in the tail (default 0.012). */
  tailShare?: number;
  /** Pareto shape of the tail (default 1.4: infinite variance); smaller is heavier. */
  tailAlpha?: number;
  /** Smallest tail excess in ms (default 12). */
  tailScaleMs?: number;
  /** Client timeout in ms: no lookup takes longer (default 1000). */
  timeoutMs?: number;
  /** Two-hour incidents during which the tail is 10× as likely and txn_stats 1.5× slower (default 1). */
  incidents?: number;
}

/** Median lookup latency (ms) of each feature view, at an average hour. */
const viewMedianMs = [1.8, 3.5, 2.4];

/**
 * The `serving_latency` log: each online request fans out to every feature view
 * (customer_profile, txn_stats, customer_risk); one row per lookup. A lookup takes a
 * lognormal body (σ 0.35, slower in busy hours) plus, with probability `tailShare`, a
 * Pareto excess: the request's latency is the max over its views, so fan-out
 * amplifies the tail (p99/p50 of requests far above 1). Requests follow the hourly
 * seasonality; request_id = 1.. in time order.
 *
 * Columns: request_id, request_timestamp, feature_view, latency_ms (µs precision).
 *
 * @example
 * servingLatency(7, {start: Date.UTC(2026, 0, 1), days: 90, requests: 1000}).numRows // => 2940
 */
export function servingLatency(seed: number, options: ServingLatencyOptions): Table {
  const {start, days, requests, tailShare = 0.012, tailAlpha = 1.4, tailScaleMs = 12, timeoutMs = 1000, incidents = 1} = options;
  const rng = createRng(seed, "serving_latency");
  const incidentStarts = Float64Array.from({length: incidents}, () => start + Math.floor(rng.uniform() * (days * 24 - 2)) * HOUR);
  const times = seasonalTimes(rng, start, days, requests);
  const views = featureViews.length;
  const n = times.length * views;
  const id = new Int32Array(n), at = new Float64Array(n), view = new Uint8Array(n), latency = new Float64Array(n);
  for (let q = 0, r = 0; q < times.length; ++q) {
    const t = times[q]!;
    const load = 0.6 + 0.4 * hourOfDayWeights[Math.floor(t / HOUR) % 24]!;
    const incident = incidentStarts.some((s) => t >= s && t < s + 2 * HOUR);
    for (let v = 0; v < views; ++v, ++r) {
      const slow = incident && featureViews[v] === "txn_stats" ? 1.5 : 1;
      let ms = rng.logNormal(Math.log(viewMedianMs[v]! * load * slow), 0.35);
      if (rng.uniform() < tailShare * (incident ? 10 : 1)) ms += tailScaleMs * rng.pareto(tailAlpha);
      id[r] = q + 1;
      at[r] = t;
      view[r] = v;
      latency[r] = Math.round(Math.min(ms, timeoutMs) * 1000) / 1000;
    }
  }
  return new Table({
    request_id: int32Column(id),
    request_timestamp: timestampColumn(at),
    feature_view: utf8Column(view, featureViews),
    latency_ms: float64Column(latency),
  });
}
