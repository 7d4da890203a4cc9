import {checkTolerance, isClose} from "./isClose.js";
import type {WindowEvents} from "./transformVariants.js";

/** An event whose two computed values are not identical: its id, key, time (epoch ms) and both values (null for null). */
export interface TransformDifference {
  id: number;
  key: number;
  time: number;
  reference: number | null;
  candidate: number | null;
  /** |candidate − reference|, null when either is null. */
  abs_diff: number | null;
}

/**
 * Every event where two implementations of a feature give values that are not identical
 * bit for bit (a null on one side only counts; both null does not), in time order (then
 * id), with both values: where they disagree, before any tolerance decides what matters.
 *
 * @example transformDifferences({id: Int32Array.of(1, 2), key: Int32Array.of(5, 5), time: Float64Array.of(0, 1), value: Float64Array.of(1, 2)}, Float64Array.of(1, 3), Float64Array.of(1, NaN)) // => [{id: 2, key: 5, time: 1, reference: 3, candidate: null, abs_diff: null}]
 */
export function transformDifferences(events: WindowEvents, reference: Float64Array, candidate: Float64Array): TransformDifference[] {
  const n = events.id.length;
  if (reference.length !== n || candidate.length !== n) throw new RangeError(`transformDifferences requires one value per event on each side (${n}), got ${reference.length} and ${candidate.length}`);
  const out: TransformDifference[] = [];
  for (let i = 0; i < n; i++) {
    const [r, c] = [reference[i]!, candidate[i]!];
    if (Object.is(r, c) || (r !== r && c !== c)) continue;
    const [rn, cn] = [r !== r, c !== c];
    out.push({id: events.id[i]!, key: events.key[i]!, time: events.time[i]!, reference: rn ? null : r, candidate: cn ? null : c, abs_diff: rn || cn ? null : Math.abs(c - r)});
  }
  return out.sort((a, b) => a.time - b.time || a.id - b.id);
}

/**
 * The match rate of a candidate against the reference at each relative tolerance (with one
 * atol), as the skew report counts it: numpy's isclose relative to the reference, both
 * null equal, one null unequal. Which tolerance lets which difference through.
 *
 * @example toleranceSweep(Float64Array.of(1, 100), Float64Array.of(1.000001, 100), [1e-5, 1e-7], 0) // => [{rtol: 1e-5, equal: 2, match_rate: 1}, {rtol: 1e-7, equal: 1, match_rate: 0.5}]
 */
export function toleranceSweep(reference: Float64Array, candidate: Float64Array, rtols: readonly number[], atol: number): {rtol: number; equal: number; match_rate: number | null}[] {
  if (reference.length !== candidate.length) throw new RangeError(`toleranceSweep requires two sides of one length, got ${reference.length} and ${candidate.length}`);
  return rtols.map((rtol) => {
    checkTolerance("toleranceSweep", rtol, atol);
    let equal = 0;
    for (let i = 0; i < reference.length; i++) {
      const [r, c] = [reference[i]!, candidate[i]!];
      if (r !== r || c !== c ? r !== r && c !== c : isClose(c, r, rtol, atol)) equal++;
    }
    return {rtol, equal, match_rate: reference.length ? equal / reference.length : null};
  });
}
