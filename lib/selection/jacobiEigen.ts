/** Eigenvalues (descending) and unit eigenvectors of a symmetric matrix. */
export interface Eigen {
  readonly values: Float64Array;
  /** Row-major d×d; column k is the eigenvector of values[k]. */
  readonly vectors: Float64Array;
}

/**
 * The eigen-decomposition of a symmetric d×d matrix (row-major) by cyclic Jacobi
 * rotations: each rotation zeroes one off-diagonal entry, sweeps repeat until the
 * off-diagonal mass is below 1e-30 of the total (or 100 sweeps). Slow for large d (d³ per
 * sweep) but exact to rounding for the dozen features of a selection. Golub & Van Loan,
 * Matrix Computations, §8.5 (the rotation formulas of Rutishauser's variant).
 *
 * @example Array.from(jacobiEigen(Float64Array.of(2, 1, 1, 2), 2).values) // => [2.9999999999999996, 0.9999999999999998]
 */
export function jacobiEigen(matrix: ArrayLike<number>, d: number): Eigen {
  if (matrix.length !== d * d) throw new Error(`jacobiEigen requires ${d}×${d} = ${d * d} entries, got ${matrix.length}`);
  const a = Float64Array.from(matrix);
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) if (Math.abs(a[i * d + j]! - a[j * d + i]!) > 1e-12 * (Math.abs(a[i * d + j]!) + 1)) throw new Error(`jacobiEigen requires a symmetric matrix, got ${a[i * d + j]} and ${a[j * d + i]} at (${i}, ${j})`);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  let total = 0;
  for (let i = 0; i < d * d; i++) total += a[i]! * a[i]!;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q]! * a[p * d + q]!;
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q]!;
        if (apq === 0) continue;
        const theta = (a[q * d + q]! - a[p * d + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < d; k++) {
          // A ← A·J (columns p and q), then A ← Jᵀ·A (rows p and q)
          const akp = a[k * d + p]!, akq = a[k * d + q]!;
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k]!, aqk = a[q * d + k]!;
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        a[p * d + q] = a[q * d + p] = 0;
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p]!, vkq = v[k * d + q]!;
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({length: d}, (_, i) => i).sort((x, y) => a[y * d + y]! - a[x * d + x]!);
  const values = Float64Array.from(order, (i) => a[i * d + i]!);
  const vectors = new Float64Array(d * d);
  order.forEach((i, k) => {
    for (let r = 0; r < d; r++) vectors[r * d + k] = v[r * d + i]!;
  });
  return {values, vectors};
}
