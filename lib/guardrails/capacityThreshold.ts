import {pointAt, type ConfusionCurve, type ConfusionPoint} from "./confusionCurve.js";
import {expectedCost, type ErrorCosts} from "./expectedCost.js";

/** A review team's capacity: reviews per day over a number of days, or a share of traffic. */
export type ReviewCapacity = {readonly perDay: number; readonly days: number} | {readonly share: number};

/**
 * How many rows of `n` a capacity lets you flag: ⌊perDay·days⌋, or ⌊share·n⌋.
 *
 * @example maxReviews({perDay: 40, days: 30}, 33_000) // => 1200
 * @example maxReviews({share: 0.01}, 33_000) // => 330
 */
export function maxReviews(capacity: ReviewCapacity, n: number): number {
  if ("share" in capacity) {
    if (!(capacity.share >= 0 && capacity.share <= 1)) throw new RangeError(`maxReviews requires a share in [0, 1], got ${capacity.share}`);
    return Math.floor(capacity.share * n);
  }
  if (!(capacity.perDay >= 0 && capacity.days >= 0)) throw new RangeError(`maxReviews requires non-negative perDay and days, got ${capacity.perDay} and ${capacity.days}`);
  return Math.floor(capacity.perDay * capacity.days);
}

/** The best threshold a capacity allows, and what the unconstrained choice would have been. */
export interface CapacityChoice extends ConfusionPoint {
  /** The most rows the capacity lets you flag. */
  readonly maxFlagged: number;
  /** The chosen threshold's total cost (when costs were given). */
  readonly cost: number | null;
  /** Whether the capacity binds: the unconstrained choice would flag more than `maxFlagged`. */
  readonly binding: boolean;
}

/**
 * The best threshold that flags at most `maxFlagged` rows. Without costs, "best" is the
 * highest recall (the lowest threshold that fits: recall and flags only grow as the
 * threshold falls); with costs, the least expected cost among the thresholds that fit.
 * `binding` says whether the capacity changed the choice.
 *
 * @example capacityThreshold(confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 2).threshold // => 0.4
 */
export function capacityThreshold(curve: ConfusionCurve, maxFlagged: number, costs?: ErrorCosts): CapacityChoice {
  if (!(maxFlagged >= 0)) throw new RangeError(`capacityThreshold requires maxFlagged ≥ 0, got ${maxFlagged}`);
  const rows = curve.thresholds.length;
  const fits = (i: number) => curve.tp[i]! + curve.fp[i]! <= maxFlagged;
  if (!costs) {
    let last = 0; // row 0 flags nothing, so it always fits; flags grow down the rows
    while (last + 1 < rows && fits(last + 1)) last++;
    return {...pointAt(curve, last), maxFlagged, cost: null, binding: last < rows - 1};
  }
  const {total, best} = expectedCost(curve, costs);
  let chosen = 0;
  for (let i = 1; i < rows; i++) if (fits(i) && total[i]! < total[chosen]!) chosen = i;
  return {...pointAt(curve, chosen), maxFlagged, cost: total[chosen]!, binding: !fits(best.index)};
}
