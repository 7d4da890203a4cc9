/** The quantiles the latency benchmark asks every path for. */
export const benchQs = [0.5, 0.95, 0.99, 0.999] as const;

/**
 * What exact paths must agree on: each quantile to 12 significant digits (DuckDB's
 * quantile_cont and lib/latency interpolate in a different order, a few ulps apart).
 *
 * @example quantileCheck([0.5, 0.99], [2.4123456789012345, 25.000000000000004]) // => "p50 2.41234567890 p99 25.0000000000"
 */
export function quantileCheck(qs: readonly number[], values: readonly (number | null)[]): string {
  return qs.map((q, i) => `p${+(q * 100).toFixed(1)} ${values[i] == null ? "null" : values[i]!.toPrecision(12)}`).join(" ");
}

/**
 * |estimate − exact| / exact for each pair: a sketch's relative error.
 *
 * @example relativeErrors([101, 99], [100, 100]) // => [0.01, 0.01]
 */
export function relativeErrors(estimates: readonly number[], exact: readonly number[]): number[] {
  return estimates.map((e, i) => Math.abs(e - exact[i]!) / Math.abs(exact[i]!));
}

/**
 * Relative errors as percentages per quantile, for a report line.
 *
 * @example errorText([0.5, 0.99], [0.004, 0.0123]) // => "p50 0.40%, p99 1.23%"
 */
export function errorText(qs: readonly number[], errors: readonly number[]): string {
  return qs.map((q, i) => `p${+(q * 100).toFixed(1)} ${(errors[i]! * 100).toFixed(2)}%`).join(", ");
}
