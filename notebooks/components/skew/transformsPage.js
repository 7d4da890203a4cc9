// The Inconsistent transforms page's computation (inconsistent-transforms.md), shared with its
// build-time first answer (data/first/inconsistent-transforms.json.ts): the controls' starting
// values, the events the controls make from the world's transactions, and every variant of
// the window feature compared with the reference, all by lib/skew.
import {transformCases, transformChecks, transformDifferences, transformEvents, transformVariant, transformVariants} from "../../lib/skew/index.js";

const DAY = 86_400_000;
export const transformsWorldStart = Date.UTC(2026, 0, 1);

/** The page's controls as they start: the feature and its data, the tolerances (fslab skew's defaults). */
export const transformsPageData = {agg: "sum", windowDays: 7, days: 30, boundaryShare: 0.01, nullShare: 0.02};
export const transformsPageTolerance = {rtol: 1e-6, atol: 1e-9, minMatch: 0.99};

/** The feature {windowMs, agg} and the events (lib/skew transformEvents) the controls `data` make from `transactions`. */
export function transformsPageEvents(transactions, data) {
  const feature = {windowMs: data.windowDays * DAY, agg: data.agg};
  const events = transformEvents(transactions, {windowMs: feature.windowMs, boundaryShare: data.boundaryShare, nullShare: data.nullShare, until: transformsWorldStart + data.days * DAY});
  return {feature, events};
}

/**
 * Every variant of transformVariants computed on `events` and on the unit tests' events
 * (transformVariant), compared with `reference` (transformChecks at `tolerance`) and row by
 * row (transformDifferences).
 */
export function compareTransformVariants(events, reference, feature, tolerance) {
  return transformVariants.map((v) => {
    const values = transformVariant(events, v.variant, feature);
    const outputs = transformCases.map((c) => transformVariant(c.events, v.variant, {windowMs: 7 * DAY, agg: feature.agg}));
    return {...v, values, outputs, comparison: transformChecks(events, reference, values, {agg: feature.agg, outputs}, tolerance), differences: transformDifferences(events, reference, values)};
  });
}
