import type {CorrelationMatrix} from "./correlationMatrix.js";

/** Features that move together, and the pairs that tie them. */
export interface CorrelationCluster {
  /** The features, in the matrix's order. */
  readonly features: string[];
  /** The pairs with |r| ≥ threshold inside the cluster, strongest first. */
  readonly links: {a: string; b: string; r: number}[];
}

/**
 * Clusters of redundant features: two features are linked when |r| ≥ `threshold`, and a
 * cluster is a connected group of links (single linkage), so A~B and B~C put A, B, C
 * together even if A and C are not linked. Only clusters of two or more features,
 * largest first; keep one feature per cluster, or expect a linear model to share the
 * weight among them unstably.
 *
 * @example correlationClusters({features: ["a", "b", "c"], values: Float64Array.of(1, 0.9, 0, 0.9, 1, 0, 0, 0, 1)}, 0.8).map((c) => c.features) // => [["a", "b"]]
 */
export function correlationClusters(matrix: CorrelationMatrix, threshold: number): CorrelationCluster[] {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`correlationClusters requires a threshold in (0, 1], got ${threshold}`);
  const {features, values} = matrix;
  const d = features.length;
  const parent = features.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const links: {a: number; b: number; r: number}[] = [];
  for (let a = 0; a < d; a++) {
    for (let b = a + 1; b < d; b++) {
      const r = values[a * d + b]!;
      if (Math.abs(r) >= threshold) {
        links.push({a, b, r});
        parent[root(a)] = root(b);
      }
    }
  }
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < d; i++) clusters.set(root(i), [...(clusters.get(root(i)) ?? []), i]);
  return [...clusters.values()]
    .filter((members) => members.length > 1)
    .sort((x, y) => y.length - x.length || x[0]! - y[0]!)
    .map((members) => ({
      features: members.map((i) => features[i]!),
      links: links.filter((l) => members.includes(l.a)).sort((x, y) => Math.abs(y.r) - Math.abs(x.r)).map((l) => ({a: features[l.a]!, b: features[l.b]!, r: l.r})),
    }));
}
