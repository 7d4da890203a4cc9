import type {KnownCounts} from "./labelsAsOf.js";

/** A fraud rate three ways: on arrived labels only, with missing labels taken as legitimate, and the truth. */
export interface LabelBias {
  /** Arrived fraud / arrived labels (NaN with no arrived label): over-counts fraud, which arrives first. */
  readonly arrivedOnly: number;
  /** Arrived fraud / all events: missing labels counted as legitimate, under-counts fraud. */
  readonly missingAsLegit: number;
  /** Fraud / events, with every label (known only later). */
  readonly truth: number;
  /** Arrived / events. */
  readonly completeness: number;
}

/**
 * The fraud rate of a set of events as seen with the labels known so far, two ways, beside the truth.
 *
 * @example labelBias({events: 100, arrived: 50, arrived_fraud: 2, fraud: 3}) // => {arrivedOnly: 0.04, missingAsLegit: 0.02, truth: 0.03, completeness: 0.5}
 */
export function labelBias({events, arrived, arrived_fraud, fraud}: KnownCounts): LabelBias {
  return {
    arrivedOnly: arrived > 0 ? arrived_fraud / arrived : NaN,
    missingAsLegit: events > 0 ? arrived_fraud / events : NaN,
    truth: events > 0 ? fraud / events : NaN,
    completeness: events > 0 ? arrived / events : NaN,
  };
}
