import {ident, sql, type SqlFragment} from "../sql/index.js";
import {checkThreshold} from "./sloCompliance.js";

/** Options of {@link errorBudgetBurn} and its SQL twin. */
export interface ErrorBudgetOptions {
  /** A request is bad when its latency is over this many ms. */
  thresholdMs: number;
  /** The SLO's target share of good requests, in (0, 1), e.g. 0.99. */
  objective: number;
  /** Window length in ms (default 3_600_000: per hour); windows start at multiples of it since the epoch. */
  windowMs?: number;
}

/** One window of {@link errorBudgetBurn}. */
export interface BurnWindow {
  /** Epoch ms. */
  windowStart: number;
  requests: number;
  /** Requests over the threshold. */
  bad: number;
  badShare: number;
  /** badShare / (1 − objective): 1 spends the error budget exactly at the rate that lasts the SLO period; above 1 it runs out early. */
  burnRate: number;
}

/**
 * The error budget's burn per window: with an SLO "`objective` of requests within
 * `thresholdMs`", the budget is the 1 − objective share of requests allowed to be bad;
 * a window's burn rate is its bad share divided by that budget. One row per window that
 * has requests, ascending. `times` in epoch ms, `latencies` in ms (NaN ones left out).
 *
 * @example errorBudgetBurn([0, 1, 3_600_000], [5, 50, 5], {thresholdMs: 25, objective: 0.9})[0] // => {windowStart: 0, requests: 2, bad: 1, badShare: 0.5, burnRate: 5.000000000000001}
 */
export function errorBudgetBurn(times: ArrayLike<number>, latencies: ArrayLike<number>, options: ErrorBudgetOptions): BurnWindow[] {
  const {thresholdMs, windowMs, budget} = checkOptions("errorBudgetBurn", options);
  if (times.length !== latencies.length) throw new RangeError(`errorBudgetBurn requires as many times as latencies, got ${times.length} and ${latencies.length}`);
  const windows = new Map<number, {requests: number; bad: number}>();
  for (let i = 0; i < times.length; i++) {
    const ms = latencies[i]!;
    if (ms !== ms) continue;
    const start = Math.floor(times[i]! / windowMs) * windowMs;
    let w = windows.get(start);
    if (!w) windows.set(start, (w = {requests: 0, bad: 0}));
    w.requests++;
    if (ms > thresholdMs) w.bad++;
  }
  return [...windows].sort((a, b) => a[0] - b[0]).map(([windowStart, {requests, bad}]) => ({windowStart, requests, bad, badShare: bad / requests, burnRate: bad / requests / budget}));
}

/**
 * The SQL twin of {@link errorBudgetBurn} over one row per request (e.g. a table made
 * by `requestLatencySql`): `window_start` (TIMESTAMP), `requests`, `bad` (INTEGER),
 * `bad_share`, `burn_rate` (DOUBLE), ascending by window.
 *
 * @example errorBudgetBurnSql("requests", {thresholdMs: 25, objective: 0.99}).params.length // => 4
 */
export function errorBudgetBurnSql(table: string, options: ErrorBudgetOptions & {time?: string; latency?: string}): SqlFragment {
  const {thresholdMs, windowMs} = checkOptions("errorBudgetBurnSql", options);
  const {time = "request_timestamp", latency = "latency_ms", objective} = options;
  // 1 − objective computed in SQL from the bound objective, as errorBudgetBurn computes it, so both divide by the same double.
  return sql`select window_start, requests, bad, bad / requests as bad_share, bad / requests / (1 - ${objective}) as burn_rate
from (select epoch_ms((floor(epoch_ms(${ident(time)}) / ${windowMs}) * ${windowMs})::BIGINT) as window_start,
  count(*)::INTEGER as requests, count_if(${ident(latency)} > ${thresholdMs})::INTEGER as bad
  from ${ident(table)} where not isnan(${ident(latency)}) group by window_start)
order by window_start`;
}

function checkOptions(name: string, {thresholdMs, objective, windowMs = 3_600_000}: ErrorBudgetOptions): {thresholdMs: number; windowMs: number; budget: number} {
  checkThreshold(name, thresholdMs);
  if (!(objective > 0 && objective < 1)) throw new RangeError(`${name} requires an objective in (0, 1), got ${objective}`);
  if (!(windowMs > 0 && windowMs < Infinity)) throw new RangeError(`${name} requires windowMs > 0, got ${windowMs}`);
  return {thresholdMs, windowMs, budget: 1 - objective};
}
