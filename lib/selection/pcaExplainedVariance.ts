import {jacobiEigen} from "./jacobiEigen.js";

/** Principal components of standardised features: how much variance each one carries. */
export interface PcaResult {
  readonly features: string[];
  /** Rows used: those with every feature present. */
  readonly rows: number;
  /** Variance along each component, descending (the squared singular values of the standardised matrix over n − 1). */
  readonly variances: Float64Array;
  /** Each variance over their sum. */
  readonly ratios: Float64Array;
  /** Running sum of `ratios`. */
  readonly cumulative: Float64Array;
  /** Sum of the standardised columns' variances: the number of non-constant features. */
  readonly totalVariance: number;
  /** Row-major features × components: column k is component k's loadings (unit length, largest loading positive). */
  readonly loadings: Float64Array;
}

/**
 * PCA explained variance of the standardised matrix: each feature centred and divided by
 * its sample standard deviation (ddof 1; a constant feature stays 0), the covariance
 * ZᵀZ/(n − 1) (the correlation matrix) decomposed by {@link jacobiEigen}. Its eigenvalues
 * are the squared singular values of Z over n − 1 (numpy's `svd`), and sum to the number
 * of non-constant features. Rows with a NaN anywhere are left out.
 *
 * @example Array.from(pcaExplainedVariance({a: [1, 2, 3], b: [2, 4, 6]}).ratios) // => [1, 0]
 */
export function pcaExplainedVariance(columns: Readonly<Record<string, ArrayLike<number>>>): PcaResult {
  const features = Object.keys(columns);
  const d = features.length;
  if (d === 0) throw new Error("pcaExplainedVariance requires at least one column, got none");
  const data = features.map((f) => columns[f]!);
  const all = data[0]!.length;
  const keep: number[] = [];
  for (let i = 0; i < all; i++) if (data.every((c) => c[i] === c[i])) keep.push(i);
  const n = keep.length;
  if (n < 2) throw new Error(`pcaExplainedVariance requires at least 2 complete rows, got ${n}`);
  const z = data.map((c) => {
    const x = Float64Array.from(keep, (i) => c[i]!);
    let mean = 0;
    for (const v of x) mean += v / n;
    let ss = 0;
    for (const v of x) ss += (v - mean) ** 2;
    const sd = Math.sqrt(ss / (n - 1));
    return x.map((v) => (sd > 0 ? (v - mean) / sd : 0));
  });
  const cov = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += z[a]![i]! * z[b]![i]!;
      cov[a * d + b] = cov[b * d + a] = s / (n - 1);
    }
  }
  let totalVariance = 0;
  for (let j = 0; j < d; j++) totalVariance += cov[j * d + j]!;
  const {values, vectors} = jacobiEigen(cov, d);
  const variances = values.map((v) => Math.max(0, v));
  const sum = variances.reduce((a, b) => a + b, 0);
  const ratios = variances.map((v) => v / sum);
  let running = 0;
  const cumulative = ratios.map((r) => (running += r));
  // An eigenvector's sign is arbitrary: flip each so that its largest loading is positive (a stable convention).
  for (let k = 0; k < d; k++) {
    let largest = 0;
    for (let r = 0; r < d; r++) if (Math.abs(vectors[r * d + k]!) > Math.abs(largest)) largest = vectors[r * d + k]!;
    if (largest < 0) for (let r = 0; r < d; r++) vectors[r * d + k] = -vectors[r * d + k]!;
  }
  return {features, rows: n, variances, ratios, cumulative, totalVariance, loadings: vectors};
}
