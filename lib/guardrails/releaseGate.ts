import {nonInferiority, pairedComparison, type PairedComparison} from "../release/index.js";

/** A metric measured on the same units (days, segments) for baseline and candidate. */
export interface GateMetric {
  /** The metric's name: the check's id is `primary:<metric>` or `non_inferiority:<metric>`. */
  readonly metric: string;
  readonly baseline: ArrayLike<number | null>;
  readonly candidate: ArrayLike<number | null>;
  /** Which way is better: `higher` (AUC) or `lower` (latency, error rate, null rate, drift, calibration error). */
  readonly direction: "higher" | "lower";
}

/** A guardrail: a metric that may get worse by at most `margin`, in its own units. */
export interface GuardrailMetric extends GateMetric {
  readonly margin: number;
}

/** One line of the gate: `{id, status, value, threshold, message}` and the comparison behind it. */
export interface GateCheck {
  readonly id: string;
  readonly status: "pass" | "fail";
  /** The interval bound tested (lower when higher is better, upper when lower is better). */
  readonly value: number;
  /** 0 for the primary metric; −margin or +margin for a guardrail. */
  readonly threshold: number;
  readonly message: string;
  readonly role: "primary" | "guardrail";
  /** Which way is better for the metric. */
  readonly direction: "higher" | "lower";
  readonly comparison: PairedComparison;
}

/** The gate's verdict: pass only when every check passes. */
export interface ReleaseGate {
  readonly status: "pass" | "fail";
  /** The primary check first, then one per guardrail in the order given. */
  readonly checks: GateCheck[];
  readonly message: string;
}

/**
 * A release gate over paired per-unit metrics: passes only when the primary metric is
 * proven better (its paired `confidence` interval of candidate − baseline lies wholly on
 * the better side of 0, lib/release's `pairedComparison`) and no guardrail is shown worse
 * than its margin (lib/release's `nonInferiority`: the interval's bound clears ∓margin).
 *
 * @example
 * releaseGate({
 *   primary: {metric: "auc", direction: "higher", baseline: [0.85, 0.86, 0.84, 0.85], candidate: [0.87, 0.88, 0.87, 0.87]},
 *   guardrails: [{metric: "p95_latency_ms", direction: "lower", margin: 2, baseline: [30, 31, 29, 30], candidate: [31, 31, 30, 31]}],
 * }).status // => "pass"
 */
export function releaseGate({primary, guardrails, confidence = 0.95}: {primary: GateMetric; guardrails: readonly GuardrailMetric[]; confidence?: number}): ReleaseGate {
  const comparison = pairedComparison(primary.baseline, primary.candidate, {confidence});
  const higher = primary.direction === "higher";
  if (!higher && primary.direction !== "lower") throw new RangeError(`releaseGate requires direction "higher" or "lower" for ${primary.metric}, got ${JSON.stringify(primary.direction)}`);
  const value = higher ? comparison.ci[0] : comparison.ci[1];
  const better = higher ? value > 0 : value < 0;
  const pct = `${Number((100 * confidence).toPrecision(6))}%`;
  const primaryCheck: GateCheck = {
    id: `primary:${primary.metric}`, status: better ? "pass" : "fail", value, threshold: 0, role: "primary", direction: primary.direction, comparison,
    message: `${primary.metric}: the ${pct} interval of candidate − baseline is [${fmt(comparison.ci[0])}, ${fmt(comparison.ci[1])}]: ${better ? "better" : `not shown better (${higher ? "higher" : "lower"} is better)`}`,
  };
  const checks: GateCheck[] = [primaryCheck, ...guardrails.map((g): GateCheck => {
    const r = nonInferiority(g.baseline, g.candidate, {metric: g.metric, margin: g.margin, direction: g.direction, confidence});
    return {id: r.id, status: r.status, value: r.value, threshold: r.threshold, message: r.message, role: "guardrail", direction: g.direction, comparison: r.comparison};
  })];
  const failed = checks.filter((c) => c.status === "fail");
  const message = failed.length === 0 ? `pass: ${primary.metric} is better and ${guardrails.length} guardrail${guardrails.length === 1 ? "" : "s"} within margin` : `fail: ${failed.map((c) => c.id).join(", ")}`;
  return {status: failed.length === 0 ? "pass" : "fail", checks, message};
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
