import {checkConfidence, completePairs, pairedComparison, type PairedComparison} from "./pairedComparison.js";

/** One entry of {@link comparisonsOverTime}: the comparison over the first `units` rows. */
export interface ComparisonSoFar extends PairedComparison {
  /** Rows seen so far (pairs plus dropped ones). */
  units: number;
}

/**
 * The paired comparison as the units (days) accumulate: for every prefix of the rows
 * holding at least 2 complete pairs, {@link pairedComparison} over it. What a dashboard
 * that is checked daily shows, and why checking it daily is a problem (see
 * {@link peekingSimulation}): the interval narrows like 1/√n, but its "better" on a given
 * day is a test, and many looks are many tests.
 *
 * @example comparisonsOverTime([1, 2, 3, 4], [2, 4, 5, 5]).map((c) => c.status) // => ["inconclusive", "better", "better"]
 */
export function comparisonsOverTime(baseline: ArrayLike<number | null>, candidate: ArrayLike<number | null>, options: {confidence?: number} = {}): ComparisonSoFar[] {
  const confidence = checkConfidence("comparisonsOverTime", options.confidence ?? 0.95);
  completePairs("comparisonsOverTime", baseline, candidate); // checks lengths and values once
  const out: ComparisonSoFar[] = [];
  let complete = 0;
  for (let k = 1; k <= baseline.length; k++) {
    const b = baseline[k - 1], c = candidate[k - 1];
    if (b !== null && c !== null && b !== undefined && c !== undefined && !Number.isNaN(b) && !Number.isNaN(c)) complete++;
    if (complete < 2) continue;
    out.push({units: k, ...pairedComparison(Array.prototype.slice.call(baseline, 0, k), Array.prototype.slice.call(candidate, 0, k), {confidence})});
  }
  return out;
}
