import {checkConfidence, pairedComparison, type PairedComparison} from "./pairedComparison.js";

/** Options of {@link nonInferiority}. */
export interface NonInferiorityOptions {
  /** The metric's name, for the check's id and message. */
  metric: string;
  /** How much worse the candidate may be, in the metric's units (≥ 0): 2 for "at most 2 ms slower". */
  margin: number;
  /** Which way is better: `higher` (AUC, precision) or `lower` (latency, error rate). */
  direction: "higher" | "lower";
  /** Two-sided confidence of the paired interval whose bound is tested, in (0, 1) (default 0.95). */
  confidence?: number;
}

/** The result of {@link nonInferiority}: a check (`{id, status, value, threshold, message}`) and the comparison behind it. */
export interface NonInferiority {
  /** `non_inferiority:<metric>`. */
  id: string;
  /** `pass` when the bound clears the margin, `fail` otherwise. */
  status: "pass" | "fail";
  /** The bound tested: the CI's lower bound when higher is better, its upper bound when lower is better. */
  value: number;
  /** −margin when higher is better, +margin when lower is better. */
  threshold: number;
  message: string;
  metric: string;
  margin: number;
  direction: "higher" | "lower";
  comparison: PairedComparison;
}

/**
 * Non-inferiority of a guardrail metric: the paired comparison of candidate with baseline
 * (see {@link pairedComparison}), passing when the whole interval is on the acceptable
 * side of the margin — lower bound > −margin when higher is better, upper bound < +margin
 * when lower is better. Not proving "no worse" (an interval wider than the margin) fails.
 *
 * @example
 * nonInferiority([30, 31, 29, 30], [31, 31, 30, 31], {metric: "p95_latency_ms", margin: 2, direction: "lower"}).status // => "pass"
 */
export function nonInferiority(baseline: ArrayLike<number | null>, candidate: ArrayLike<number | null>, options: NonInferiorityOptions): NonInferiority {
  const {metric, margin, direction} = options;
  if (!(margin >= 0 && Number.isFinite(margin))) throw new RangeError(`nonInferiority requires a finite margin ≥ 0 for ${metric}, got ${margin}`);
  if (direction !== "higher" && direction !== "lower") throw new RangeError(`nonInferiority requires direction "higher" or "lower" for ${metric}, got ${JSON.stringify(direction)}`);
  const confidence = checkConfidence("nonInferiority", options.confidence ?? 0.95);
  const comparison = pairedComparison(baseline, candidate, {confidence});
  const higher = direction === "higher";
  const value = higher ? comparison.ci[0] : comparison.ci[1];
  const threshold = higher ? 0 - margin : margin; // 0 − 0 is +0
  const pass = higher ? value > threshold : value < threshold;
  const pct = `${Number((100 * confidence).toPrecision(6))}%`;
  const message = `${metric}: the ${pct} interval of candidate − baseline ${higher ? "starts at" : "ends at"} ${fmt(value)}, ${pass ? "inside" : "beyond"} the margin ${higher ? "−" : "+"}${fmt(margin)} (${direction} is better)${pass ? "" : ": not shown to be non-inferior"}`;
  return {id: `non_inferiority:${metric}`, status: pass ? "pass" : "fail", value, threshold, message, metric, margin, direction, comparison};
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
