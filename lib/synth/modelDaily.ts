import {Table} from "apache-arrow";
import {DAY} from "./catalog.js";
import {float64Column, int32Column, timestampColumn, utf8Column} from "./columns.js";
import {createRng} from "./random.js";
import {dayOfWeek, dayOfWeekWeights} from "./seasonality.js";

/** Options of {@link modelDaily}. */
export interface ModelDailyOptions {
  /** The world's first instant (epoch ms); days start at its UTC midnight. */
  start: number;
  days: number;
  /** Mean scored requests per day over both models. */
  dailyRequests: number;
  /** Share of traffic on the candidate on the first and last day (linear ramp; default 0.05 → 0.5). */
  candidateShare?: readonly [number, number];
}

const models = ["baseline", "candidate"] as const;

/**
 * The `model_daily` metrics of a baseline and a candidate model, one row per day and
 * model. The candidate is better (AUC ≈ 0.89 vs 0.87, precision 0.66 vs 0.62) but
 * slower (p95 ≈ 38 vs 31 ms) and has one bad day (error rate × 10); the baseline's
 * AUC decays slowly with drift. Daily noise shrinks with the square root of traffic,
 * so the candidate's early low-traffic days are the noisiest.
 *
 * Columns: day, model, requests, auc, precision, p95_latency_ms, error_rate.
 *
 * @example
 * modelDaily(7, {start: Date.UTC(2026, 0, 1), days: 90, dailyRequests: 1000}).numRows // => 180
 */
export function modelDaily(seed: number, options: ModelDailyOptions): Table {
  const {start, days, dailyRequests, candidateShare = [0.05, 0.5]} = options;
  const rng = createRng(seed, "model_daily");
  const n = days * 2;
  const badDay = 1 + rng.int(Math.max(1, days - 1));
  const day = new Float64Array(n), model = new Uint8Array(n), requests = new Int32Array(n);
  const auc = new Float64Array(n), precision = new Float64Array(n), p95 = new Float64Array(n), errorRate = new Float64Array(n);
  const firstDay = Math.floor(start / DAY) * DAY;
  for (let d = 0, r = 0; d < days; ++d) {
    const t = firstDay + d * DAY;
    const traffic = dailyRequests * dayOfWeekWeights[dayOfWeek(t)]! * (1 + 0.05 * rng.normal());
    const share = candidateShare[0] + ((candidateShare[1] - candidateShare[0]) * d) / Math.max(1, days - 1);
    for (let m = 0; m < 2; ++m, ++r) {
      const volume = Math.max(1, Math.round(traffic * (m ? share : 1 - share)));
      const noise = Math.sqrt(1000 / volume);
      day[r] = t;
      model[r] = m;
      requests[r] = volume;
      auc[r] = round((m ? 0.89 - 0.0001 * d : 0.87 - 0.0003 * d) + 0.004 * noise * rng.normal(), 4);
      precision[r] = round((m ? 0.66 : 0.62) + 0.015 * noise * rng.normal(), 4);
      p95[r] = round((m ? 38 : 31) * (1 + 0.1 * traffic / dailyRequests) + 1.5 * rng.normal(), 2);
      errorRate[r] = round(Math.max(0, (m ? 0.003 : 0.002) * (m && d === badDay ? 10 : 1) * (1 + 0.2 * rng.normal())), 5);
    }
  }
  return new Table({
    day: timestampColumn(day),
    model: utf8Column(model, models),
    requests: int32Column(requests),
    auc: float64Column(auc),
    precision: float64Column(precision),
    p95_latency_ms: float64Column(p95),
    error_rate: float64Column(errorRate),
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
