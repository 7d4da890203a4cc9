import type {CorrelationCluster} from "./correlationClusters.js";
import type {PermutationImportance} from "./permutationImportance.js";
import type {UnivariateRow} from "./univariateTests.js";

/** One feature's evidence side by side: a row of the selection table. */
export interface SelectionRow {
  readonly feature: string;
  readonly kind: "numeric" | "categorical";
  readonly chi2: number | null;
  readonly chi2P: number | null;
  readonly f: number | null;
  readonly fP: number | null;
  /** Mutual information with the class, nats. */
  readonly mutualInformation: number;
  /** Held-out AUC of the feature alone. */
  readonly aloneAuc: number;
  /** Mean drop in held-out AUC when shuffled, and its sd. */
  readonly importance: number;
  readonly importanceSd: number;
  /** 1-based number of the feature's correlation cluster, or null when it is in none. */
  readonly cluster: number | null;
}

/**
 * The selection table: univariate tests, single-feature AUC, permutation importance and
 * correlation cluster per feature, in the order of `univariate`. A feature missing from
 * `aloneAuc` or `importance` (not modelled) gets NaN there.
 *
 * @example selectionTable([{feature: "x", kind: "numeric", chi2: null, f: null, mutualInformation: 0.1}], {x: 0.7}, null, [])[0].aloneAuc // => 0.7
 */
export function selectionTable(univariate: readonly UnivariateRow[], aloneAuc: Readonly<Record<string, number>>, importance: PermutationImportance | null, clusters: readonly CorrelationCluster[]): SelectionRow[] {
  return univariate.map((row) => {
    const imp = importance?.features.find((f) => f.feature === row.feature);
    const cluster = clusters.findIndex((c) => c.features.includes(row.feature));
    return {
      feature: row.feature,
      kind: row.kind,
      chi2: row.chi2?.statistic ?? null,
      chi2P: row.chi2?.pValue ?? null,
      f: row.f?.statistic ?? null,
      fP: row.f?.pValue ?? null,
      mutualInformation: row.mutualInformation,
      aloneAuc: aloneAuc[row.feature] ?? NaN,
      importance: imp?.mean ?? NaN,
      importanceSd: imp?.sd ?? NaN,
      cluster: cluster >= 0 ? cluster + 1 : null,
    };
  });
}
