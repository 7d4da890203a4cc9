import {chi2, chi2Categorical, type Chi2Result} from "./chi2.js";
import {fClassif, type FResult} from "./fClassif.js";
import type {FeatureColumns} from "./featureColumns.js";
import {mutualInformation, mutualInformationBinned} from "./mutualInformation.js";

/** One feature's univariate tests against the class. */
export interface UnivariateRow {
  readonly feature: string;
  readonly kind: "numeric" | "categorical";
  /** scikit-learn's chi2 for a non-negative numeric feature, Pearson's contingency chi² for a category; null for a feature with negative values. */
  readonly chi2: Chi2Result | null;
  /** ANOVA F (numeric features only). */
  readonly f: FResult | null;
  /** Mutual information with the class, nats: plug-in on the categories, or on `bins` equal-frequency bins of a number. */
  readonly mutualInformation: number;
}

/**
 * Every univariate test of every feature against the class `y`: chi², ANOVA F and mutual
 * information, one row per feature in the order given.
 *
 * @example univariateTests({x: {kind: "numeric", values: [1, 2, 5, 6]}}, [0, 0, 1, 1], {bins: 2})[0].f.statistic // => 32
 */
export function univariateTests(features: FeatureColumns, y: ArrayLike<number>, {bins}: {bins: number}): UnivariateRow[] {
  return Object.entries(features).map(([feature, column]) => {
    if (column.kind === "categorical") {
      return {feature, kind: "categorical", chi2: chi2Categorical(column.codes, y), f: null, mutualInformation: mutualInformation(column.codes, y)};
    }
    const nonNegative = Array.prototype.every.call(column.values, (v: number) => !(v < 0));
    return {feature, kind: "numeric", chi2: nonNegative ? chi2(column.values, y) : null, f: fClassif(column.values, y), mutualInformation: mutualInformationBinned(column.values, y, bins)};
  });
}
