import {checkThreshold} from "./sloCompliance.js";

const MINUTE = 60_000, HOUR = 3_600_000, DAY = 86_400_000;

/** A multiwindow burn-rate alert: fires when the burn rate over both windows is above `factor`. */
export interface BurnRateRule {
  /** What the rule means, e.g. "2% of the budget in 1 h". */
  name: string;
  severity: "page" | "ticket";
  /** Burn rate (bad share / (1 − objective)) above which the rule fires. */
  factor: number;
  /** The long window in ms: how much budget must have burnt. */
  longMs: number;
  /** The short window in ms (1/12 of the long one): is it still burning now? */
  shortMs: number;
}

/**
 * The multiwindow, multi-burn-rate alerts of Google's SRE Workbook ("Alerting on SLOs")
 * for a 30-day SLO period: page when 2% of the budget burns in an hour (14.4×, checked
 * over 1 h and 5 min) or 5% in six hours (6×, over 6 h and 30 min); open a ticket when
 * 10% burns in three days (1×, over 3 d and 6 h).
 *
 * @example sreBurnRateRules.map((r) => r.factor) // => [14.4, 6, 1]
 */
export const sreBurnRateRules: readonly BurnRateRule[] = [
  {name: "2% of the budget in 1 h", severity: "page", factor: 14.4, longMs: HOUR, shortMs: 5 * MINUTE},
  {name: "5% of the budget in 6 h", severity: "page", factor: 6, longMs: 6 * HOUR, shortMs: 30 * MINUTE},
  {name: "10% of the budget in 3 d", severity: "ticket", factor: 1, longMs: 3 * DAY, shortMs: 6 * HOUR},
];

/** Options of {@link burnRateAlerts}. */
export interface BurnRateAlertOptions {
  /** A request is bad when its latency is over this many ms. */
  thresholdMs: number;
  /** The SLO's target share of good requests, in (0, 1). */
  objective: number;
  /** How often the alerts are evaluated, in ms (default 5 minutes); every window must be a multiple of it. */
  stepMs?: number;
  /** Default {@link sreBurnRateRules}. */
  rules?: readonly BurnRateRule[];
}

/** One rule evaluated at every step of {@link burnRateAlerts}. */
export interface RuleEvaluation {
  rule: BurnRateRule;
  /** Burn rate over the long window ending at each step's end (NaN without requests in it). */
  longBurn: Float64Array;
  /** Burn rate over the short window ending at each step's end. */
  shortBurn: Float64Array;
  /** 1 where both burn rates are above the rule's factor. */
  firing: Uint8Array;
  /** Runs of consecutive firing steps: from the end of the first step that fired to the end of the last (epoch ms). */
  episodes: {start: number; end: number}[];
}

/** The result of {@link burnRateAlerts}. */
export interface BurnRateAlerts {
  /** The end of each evaluation step (epoch ms, a multiple of stepMs): when the alert is evaluated. */
  stepEnd: Float64Array;
  /** Requests and bad requests in each step. */
  requests: Float64Array;
  bad: Float64Array;
  /** The share of the whole log's error budget (budget × all requests) spent by each step's end. */
  budgetSpent: Float64Array;
  rules: RuleEvaluation[];
}

/**
 * Multiwindow burn-rate alerts over a request log: requests (`times` in epoch ms,
 * `latencies` in ms, NaN ones left out) are counted per `stepMs` step, and at each step's
 * end every rule's burn rate (bad share / (1 − objective)) is taken over its long and its
 * short window ending there (sliding, by prefix sums); the rule fires while both are
 * above its factor. Also the share of the error budget spent so far, the budget being
 * (1 − objective) of all the log's requests.
 *
 * @example burnRateAlerts([0, 1, 2, 300_000], [50, 5, 5, 5], {thresholdMs: 25, objective: 0.9, rules: [{name: "x", severity: "page", factor: 2, longMs: 600_000, shortMs: 300_000}]}).rules[0].episodes // => [{start: 300000, end: 300000}]
 */
export function burnRateAlerts(times: ArrayLike<number>, latencies: ArrayLike<number>, options: BurnRateAlertOptions): BurnRateAlerts {
  const {thresholdMs, objective, stepMs = 5 * MINUTE, rules = sreBurnRateRules} = options;
  checkThreshold("burnRateAlerts", thresholdMs);
  if (!(objective > 0 && objective < 1)) throw new RangeError(`burnRateAlerts requires an objective in (0, 1), got ${objective}`);
  if (!(stepMs > 0 && stepMs < Infinity)) throw new RangeError(`burnRateAlerts requires stepMs > 0, got ${stepMs}`);
  if (times.length !== latencies.length) throw new RangeError(`burnRateAlerts requires as many times as latencies, got ${times.length} and ${latencies.length}`);
  for (const rule of rules) {
    for (const w of [rule.longMs, rule.shortMs]) if (!(w > 0 && w % stepMs === 0)) throw new RangeError(`burnRateAlerts requires windows that are multiples of stepMs (${stepMs}), got ${w} in rule "${rule.name}"`);
  }
  const budget = 1 - objective;
  let first = Infinity, last = -Infinity;
  for (let i = 0; i < times.length; i++) {
    if (latencies[i] !== latencies[i]) continue;
    const s = Math.floor(times[i]! / stepMs);
    if (s < first) first = s;
    if (s > last) last = s;
  }
  const steps = first === Infinity ? 0 : last - first + 1;
  const requests = new Float64Array(steps), bad = new Float64Array(steps);
  for (let i = 0; i < times.length; i++) {
    const ms = latencies[i]!;
    if (ms !== ms) continue;
    const s = Math.floor(times[i]! / stepMs) - first;
    requests[s]!++;
    if (ms > thresholdMs) bad[s]!++;
  }
  // Prefix sums: cum[k] = sum of steps 0 .. k − 1.
  const cumRequests = new Float64Array(steps + 1), cumBad = new Float64Array(steps + 1);
  for (let s = 0; s < steps; s++) {
    cumRequests[s + 1] = cumRequests[s]! + requests[s]!;
    cumBad[s + 1] = cumBad[s]! + bad[s]!;
  }
  const total = cumRequests[steps]!;
  const stepEnd = Float64Array.from({length: steps}, (_, s) => (first + s + 1) * stepMs);
  const budgetSpent = Float64Array.from({length: steps}, (_, s) => cumBad[s + 1]! / (budget * total));
  const burnOver = (windowMs: number): Float64Array => {
    const k = windowMs / stepMs;
    return Float64Array.from({length: steps}, (_, s) => {
      const from = Math.max(0, s + 1 - k);
      const n = cumRequests[s + 1]! - cumRequests[from]!;
      return n === 0 ? NaN : (cumBad[s + 1]! - cumBad[from]!) / n / budget;
    });
  };
  return {
    stepEnd,
    requests,
    bad,
    budgetSpent,
    rules: rules.map((rule) => {
      const longBurn = burnOver(rule.longMs), shortBurn = burnOver(rule.shortMs);
      const firing = Uint8Array.from({length: steps}, (_, s) => (longBurn[s]! > rule.factor && shortBurn[s]! > rule.factor ? 1 : 0));
      const episodes: {start: number; end: number}[] = [];
      for (let s = 0; s < steps; s++) {
        if (!firing[s]) continue;
        if (s > 0 && firing[s - 1]) episodes[episodes.length - 1]!.end = stepEnd[s]!;
        else episodes.push({start: stepEnd[s]!, end: stepEnd[s]!});
      }
      return {rule, longBurn, shortBurn, firing, episodes};
    }),
  };
}
