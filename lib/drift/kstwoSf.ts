import {ldexp} from "./floatParts.js";
import {smirnov} from "./smirnov.js";

const E128 = 2 ** 128, EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI), SQRT_2PI = Math.sqrt(2 * Math.PI), SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2, PI4 = Math.PI ** 4, PI6 = Math.PI ** 6;
const MIN_LOG = -708;
/** B_{2j}/(2j)/(2j − 1), j = 8..1: Stirling's series for log n!. */
const STIRLING = [-2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2];

/**
 * The survival function P(Dₙ ≥ d) of the two-sided one-sample Kolmogorov–Smirnov statistic
 * for a sample of n, as scipy.stats.kstwo.sf computes it (scipy/stats/_ksstats.py), which
 * is what ks_2samp(method="asymp") reports with n = round(n₁n₂/(n₁ + n₂)). Simard &
 * L'Ecuyer (2011) pick the method by n and n·d²: Ruben–Gambino's closed forms at the ends,
 * Durbin's matrix (Marsaglia–Tsang–Wang) or Pomeranz's recursion for small n·d², Pelz–Good's
 * asymptotic series for large n, and 2·smirnov(n, d) in the upper tail.
 * Simard, R., L'Ecuyer, P. (2011), Journal of Statistical Software 39(11).
 *
 * @example kstwoSf(0.3, 20) // => 0.04306706665851623
 */
export function kstwoSf(d: number, n: number): number {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`kstwoSf requires a whole sample size n ≥ 1, got ${n}`);
  if (Number.isNaN(d)) throw new RangeError(`kstwoSf requires a statistic d, got NaN`);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    // Ruben–Gambino: 1/2n ≤ d ≤ 1/n
    if (t <= 0.5) return 1;
    return clip(1 - (n <= 140 ? smallProduct(n, t) : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1))));
  }
  if (t >= n - 1) return clip(2 * Math.pow(1 - d, n)); // Ruben–Gambino
  if (d >= 0.5) return clip(2 * smirnov(n, d)); // exact: the two one-sided tails are disjoint
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clip(1 - clip(durbinCdf(n, d)));
    if (nd2 <= 4) return clip(1 - clip(pomeranzCdf(n, d)));
    return clip(2 * smirnov(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip(2 * smirnov(n, d));
  const cdf = n <= 100000 && n * d ** 1.5 <= 1.4 ? clip(durbinCdf(n, d)) : pelzGoodCdf(n, d);
  return clip(1 - cdf);
}

/** Π_{i=1..n} (i/n)·(2t − 1): n!/nⁿ·(2t − 1)ⁿ, term by term as numpy's prod. */
function smallProduct(n: number, t: number): number {
  let p = 1;
  for (let i = 1; i <= n; i++) p *= i * (1 / n) * (2 * t - 1);
  return p;
}

/** log(n!/nⁿ) by Stirling's series, n·log n removed up front. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/**
 * P(Dₙ ≤ d) by Durbin's matrix: with d = (k − h)/n, the k-th diagonal entry of Hⁿ
 * (m = 2k − 1 square) times n!/nⁿ, scaling by 2^±128 as it goes (Marsaglia, Tsang & Wang 2003).
 */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m), w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n, exponent = 0, hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = matmul(power, H, m);
      exponent += hExponent;
    }
    H = matmul(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + k - 1]!) > E128) {
      for (let i = 0; i < H.length; i++) H[i]! /= E128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + k - 1]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      exponent -= 128;
    }
  }
  return exponent !== 0 ? ldexp(p, exponent) : p;
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const x = a[i * m + l]!;
      if (x === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += x * b[l * m + j]!;
    }
  }
  return out;
}

/** The interval of row i that can be non-zero in Pomeranz's recursion. */
function pomeranzRange(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number, j2: number;
  if (i === 0) [j1, j2] = [-ll - ceilf - 1, ll + ceilf - 1];
  else {
    const half = Math.floor((i + 1) / 2), odd = (i + 1) % 2;
    if (odd === 0) {
      if (half === n + 1) [j1, j2] = [n - ll - ceilf - 1, n + ll + ceilf - 1];
      else [j1, j2] = [half - 1 - ll - roundf - 1, half + ll - 1 + ceilf - 1];
    } else [j1, j2] = [half - 1 - ll - 1, half + ll + roundf - 1];
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(Dₙ ≤ d) by Pomeranz's recursion (1974): rows convolved with Poisson-like weights, scaled by 2^±128. */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0, roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs), twogpower = new Float64Array(npwrs), onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  const gn = g / n, twogn = (2 * g) / n, onem2gn = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1]! * gn) / m;
    twogpower[m] = (twogpower[m - 1]! * twogn) / m;
    onem2gpower[m] = (onem2gpower[m - 1]! * onem2gn) / m;
  }
  let V0 = new Float64Array(npwrs), V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0, V1s = 0, exponent = 0;
  let [j1, j2] = pomeranzRange(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // conv = convolve(V0[k1 − V0s : k1 − V0s + ln2], pwrs[:ln2]); V1[:len] = conv[j1 − k1 : j1 − k1 + len]
      const start = k1 - V0s, convStart = j1 - k1, convLength = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < convLength; c++) {
        const at = convStart + c;
        let s = 0;
        for (let a = Math.max(0, at - ln2 + 1); a <= Math.min(at, ln2 - 1); a++) s += (V0[start + a] ?? 0) * pwrs[at - a]!;
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < V1.length; c++) V1[c]! *= E128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > E128) {
      answer *= EM128;
      exponent += 128;
    }
    answer *= m;
  }
  return exponent !== 0 ? ldexp(answer, exponent) : answer;
}

/**
 * P(Dₙ ≤ d) by Pelz & Good's (1976) form of the Li-Chien/Korolyuk expansion
 * K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^1.5, z = d√n; not clipped (as scipy).
 */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z ** 2, z3 = z ** 3, z4 = z ** 4, z6 = z ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2, k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4, k2b = ((2 * z4 - 5 * z2) * PI2) / 4, k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64, k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16, k3b = (PI2 * (135 * z4 - 96 * z6)) / 4, k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1, m2 = m ** 2, m4 = m ** 4, m6 = m ** 6;
    const qpower = Math.pow(q, 8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qpower + coeffs[i]!;
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT_2PI) / divisors[i]!;
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0, k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k, qk = q ** k2, kpi = Math.PI * k, s3z = SQRT3 * z;
    k2extra += k2 * qk;
    k3extra += (s3z + kpi) * (s3z - kpi) * k2 * qk;
  }
  K[2]! += (k2extra * PI2 * SQRT_2PI) / (-36 * z3);
  K[3]! += (k3extra * PI2 * SQRT_2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / Math.pow(n, i / 2);
  return sum;
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
