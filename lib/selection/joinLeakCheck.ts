/** A check of the lab's shape: what was measured against what threshold, and what it means. */
export interface SelectionCheck {
  readonly id: string;
  readonly status: "pass" | "fail";
  readonly value: number;
  readonly threshold: number;
  readonly message: string;
}

/**
 * Is a feature too good to be true? Its held-out single-feature AUC (see
 * `singleFeatureAuc`) from a suspect join against the same feature joined point in
 * time: a feature that predicts the label much better when read later than the label's
 * event has learned from the future. Fails when the gain exceeds `threshold` AUC.
 *
 * @example joinLeakCheck("x", {suspect: 0.84, pointInTime: 0.59}).status // => "fail"
 */
export function joinLeakCheck(feature: string, auc: {suspect: number; pointInTime: number}, threshold = 0.05): SelectionCheck {
  if (!(threshold >= 0)) throw new RangeError(`joinLeakCheck requires a threshold ≥ 0, got ${threshold}`);
  const value = auc.suspect - auc.pointInTime;
  const fail = value > threshold;
  const message = fail
    ? `${feature} alone reaches AUC ${auc.suspect.toFixed(3)} from the suspect join but ${auc.pointInTime.toFixed(3)} joined point in time: +${value.toFixed(3)} learned from the future`
    : `${feature} scores about as well joined point in time (AUC ${auc.pointInTime.toFixed(3)} against ${auc.suspect.toFixed(3)}): no sign of a leak`;
  return {id: `join-leak:${feature}`, status: fail ? "fail" : "pass", value, threshold, message};
}
