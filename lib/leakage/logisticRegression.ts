/** A fitted logistic regression on standardized features. */
export interface LogisticModel {
  /** Feature names, in the order of `weights`. */
  readonly features: readonly string[];
  /** The intercept, on the standardized scale. */
  readonly intercept: number;
  /** One weight per feature, on the standardized scale (comparable across features). */
  readonly weights: readonly number[];
  /** Each feature's mean and standard deviation in the training rows. */
  readonly means: readonly number[];
  readonly scales: readonly number[];
}

/** Options of {@link logisticRegression}. */
export interface LogisticOptions {
  /** Ridge penalty on the standardized weights (not the intercept). Default 1e-4. */
  l2?: number;
  /** Newton steps at most. Default 30. */
  iterations?: number;
}

/**
 * Fits P(y = 1 | x) = σ(b + Σ wⱼ·zⱼ), zⱼ the standardized features, by Newton's method
 * (iteratively reweighted least squares) with a small ridge penalty: deterministic, no
 * learning rate, converges in a few steps. Nulls (NaN) in a feature are imputed with its
 * training mean. `columns` maps feature names to values, one per row; `y` is 0 or 1.
 *
 * @example logisticRegression({x: [0, 1, 2, 3]}, [0, 0, 1, 1]).weights[0]! > 0 // => true
 */
export function logisticRegression(columns: Readonly<Record<string, ArrayLike<number>>>, y: ArrayLike<number>, options: LogisticOptions = {}): LogisticModel {
  const {l2 = 1e-4, iterations = 30} = options;
  const features = Object.keys(columns);
  const n = y.length;
  if (n === 0) throw new Error("logisticRegression requires at least one row, got 0");
  for (const name of features) {
    if (columns[name]!.length !== n) throw new Error(`logisticRegression requires every column to have ${n} rows (as y), got ${columns[name]!.length} in ${JSON.stringify(name)}`);
  }
  const {means, scales} = moments(features.map((name) => columns[name]!));
  const z = features.map((name, j) => standardize(columns[name]!, means[j]!, scales[j]!));
  const d = features.length + 1;
  const beta = new Float64Array(d);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    const row = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      row[0] = 1;
      for (let j = 1; j < d; j++) row[j] = z[j - 1]![i]!;
      let eta = 0;
      for (let j = 0; j < d; j++) eta += beta[j]! * row[j]!;
      const p = sigmoid(eta);
      const r = y[i]! - p;
      const w = Math.max(p * (1 - p), 1e-12);
      for (let j = 0; j < d; j++) {
        gradient[j]! += r * row[j]!;
        for (let k = 0; k <= j; k++) hessian[j * d + k]! += w * row[j]! * row[k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      gradient[j]! -= l2 * n * beta[j]!;
      hessian[j * d + j]! += l2 * n;
    }
    for (let j = 0; j < d; j++) for (let k = j + 1; k < d; k++) hessian[j * d + k] = hessian[k * d + j]!;
    const delta = solve(hessian, gradient, d);
    let change = 0;
    for (let j = 0; j < d; j++) {
      beta[j]! += delta[j]!;
      change = Math.max(change, Math.abs(delta[j]!));
    }
    if (change < 1e-9) break;
  }
  return {features, intercept: beta[0]!, weights: Array.from(beta.subarray(1)), means, scales};
}

/**
 * The model's probability for each row of `columns` (the model's features; NaN → its training mean).
 *
 * @example predictLogistic({features: ["x"], intercept: 0, weights: [1], means: [0], scales: [1]}, {x: [0]}) // => Float64Array [0.5]
 */
export function predictLogistic(model: LogisticModel, columns: Readonly<Record<string, ArrayLike<number>>>): Float64Array {
  const values = model.features.map((name) => {
    const column = columns[name];
    if (!column) throw new Error(`predictLogistic requires feature column ${JSON.stringify(name)}, got ${Object.keys(columns).join(", ")}`);
    return column;
  });
  const n = values[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = model.intercept;
    for (let j = 0; j < values.length; j++) {
      const v = values[j]![i]!;
      eta += model.weights[j]! * ((v === v ? v : model.means[j]!) - model.means[j]!) / model.scales[j]!;
    }
    out[i] = sigmoid(eta);
  }
  return out;
}

function sigmoid(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

function moments(columns: ArrayLike<number>[]): {means: number[]; scales: number[]} {
  const means: number[] = [];
  const scales: number[] = [];
  for (const column of columns) {
    let count = 0, sum = 0, sumSq = 0;
    for (let i = 0; i < column.length; i++) {
      const v = column[i]!;
      if (v !== v) continue;
      count++;
      sum += v;
      sumSq += v * v;
    }
    const mean = count > 0 ? sum / count : 0;
    const sd = count > 0 ? Math.sqrt(Math.max(0, sumSq / count - mean * mean)) : 0;
    means.push(mean);
    scales.push(sd > 1e-12 ? sd : 1); // a constant feature gets weight ~0 from the ridge
  }
  return {means, scales};
}

function standardize(column: ArrayLike<number>, mean: number, scale: number): Float64Array {
  return Float64Array.from({length: column.length}, (_, i) => {
    const v = column[i]!;
    return v === v ? (v - mean) / scale : 0;
  });
}

/** Solves the symmetric positive definite system a·x = b (Gaussian elimination with partial pivoting). */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let c = 0; c < d; c++) {
    let pivot = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(m[r * d + c]!) > Math.abs(m[pivot * d + c]!)) pivot = r;
    if (pivot !== c) {
      for (let k = 0; k < d; k++) [m[c * d + k], m[pivot * d + k]] = [m[pivot * d + k]!, m[c * d + k]!];
      [x[c], x[pivot]] = [x[pivot]!, x[c]!];
    }
    const diag = m[c * d + c]!;
    if (Math.abs(diag) < 1e-300) continue;
    for (let r = c + 1; r < d; r++) {
      const f = m[r * d + c]! / diag;
      if (f === 0) continue;
      for (let k = c; k < d; k++) m[r * d + k]! -= f * m[c * d + k]!;
      x[r]! -= f * x[c]!;
    }
  }
  for (let c = d - 1; c >= 0; c--) {
    let s = x[c]!;
    for (let k = c + 1; k < d; k++) s -= m[c * d + k]! * x[k]!;
    const diag = m[c * d + c]!;
    x[c] = Math.abs(diag) < 1e-300 ? 0 : s / diag;
  }
  return x;
}
