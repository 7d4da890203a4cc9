/** How big a world is: counts of each population. */
export interface WorldSize {
  /** Customers (the entity); customer_id runs 1..customers. */
  customers: number;
  /** Expected original transactions over the whole world (Poisson around it). */
  transactions: number;
  /** Merchants; popularity is Zipf-like within each category. */
  merchants: number;
  /** Online feature requests in serving_latency (each fans out over 3 views). */
  requests: number;
  /** Rows in each of drift_reference and drift_current. */
  driftRows: number;
}

/** The named scales. */
export type ScaleName = "small" | "medium" | "large";

/**
 * The named scales, about 100 transactions per customer each: `small` (~100k, seconds,
 * also in the browser), `medium` (~1M), `large` (~10M over 100k customers: benchmarks).
 *
 * @example
 * scales.small.transactions // => 100000
 */
export const scales: Readonly<Record<ScaleName, Readonly<WorldSize>>> = {
  small: {customers: 1_000, transactions: 100_000, merchants: 400, requests: 20_000, driftRows: 5_000},
  medium: {customers: 10_000, transactions: 1_000_000, merchants: 2_000, requests: 200_000, driftRows: 50_000},
  large: {customers: 100_000, transactions: 10_000_000, merchants: 10_000, requests: 2_000_000, driftRows: 500_000},
};

/**
 * The size of scale `name`, with any counts in `overrides` replacing it (tests use tiny worlds).
 *
 * @example
 * worldSize("small", {customers: 10}).customers // => 10
 */
export function worldSize(name: ScaleName, overrides: Partial<WorldSize> = {}): WorldSize {
  const base = scales[name];
  if (!base) throw new RangeError(`worldSize requires a scale of ${Object.keys(scales).join("|")}; got ${JSON.stringify(name)}`);
  const size = {...base, ...overrides};
  for (const [key, value] of Object.entries(size)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`worldSize requires ${key} to be a whole number ≥ 1; got ${value}`);
  }
  return size;
}
