import {frexp, ldexp, twoProduct, twoSum} from "./floatParts.js";

/** cephes' MINLOG: exp of anything below underflows. */
const MINLOG = -7.451332191019412076235e2;
/** Beyond this n, scipy approximates instead of summing (xsf's SMIRNOV_MAX_COMPUTE_N). */
const MAX_COMPUTE_N = 1_000_000;

/**
 * The survival function of the one-sided Kolmogorov–Smirnov statistic D⁺ₙ, P(D⁺ₙ ≥ x),
 * by the Smirnov / Birnbaum–Tingey sum
 * P = x·Σ_{v=0}^{⌊n(1−x)⌋} C(n,v)·(x + v/n)^(v−1)·(1 − x − v/n)^(n−v),
 * as scipy.special.smirnov computes it (xsf's `_smirnov`, van Mulbregt 2018): the binomial
 * kept as mantissa and exponent, powers scaled so nothing underflows, the bases x + v/n
 * and 1 − x − v/n carried to double-double precision (raising a base rounded by half an
 * ulp to the millionth power would cost six digits), and the approximation
 * exp(−(6nx + 1)²/18n) beyond n = 10⁶. Only the lower sum: the two-sided distribution asks
 * for x > 1/n, where scipy never takes the upper one.
 *
 * @example smirnov(10, 0.3) // => 0.1354635556
 */
export function smirnov(n: number, x: number): number {
  if (!(Number.isInteger(n) && n > 0 && x >= 0 && x <= 1)) throw new RangeError(`smirnov requires an integer n ≥ 1 and x in [0, 1], got n ${n}, x ${x}`);
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxFloor, alpha] = floorProduct(n, x);
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) return clip(1 - x * ddPow(1, x, n - 1));
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxFloor >= n - 1) return clip(ddPow(1, -x, n));
  if (n > MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return clip(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }
  const terms = n - nxFloor;
  // v = 0: (1 − x)^n / x
  let sum = ddPow(1, -x, n) / x, compensation = 0;
  let binomial = n, binomialExponent = 0; // C(n, 1)
  for (let v = 1; v < terms; v++) {
    const [lowHi, lowLo] = ratioMinus(n - v, n, x); // 1 − x − v/n
    const [highHi, highLo] = ratioPlus(v, n, x); // x + v/n
    const [lowMantissa, lowExponent] = ddPowScaled(lowHi, lowLo, n - v);
    const [highMantissa, highExponent] = ddPowScaled(highHi, highLo, v - 1);
    const term = ldexp(binomial * lowMantissa * highMantissa, binomialExponent + lowExponent + highExponent);
    // Neumaier's compensated sum: scipy sums in double-double.
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
    if (term !== 0) {
      if (4 * (terms - v) * Math.abs(term) < Number.EPSILON * (sum + compensation) && v !== terms - 1) break;
    } else if (v > n / 2) break;
    const [m, e] = frexp((binomial * (n - v)) / (v + 1));
    binomial = m;
    binomialExponent += e;
  }
  return clip(x * (sum + compensation));
}

/** ⌊n·x⌋ and the fraction n·x − ⌊n·x⌋, exactly. */
function floorProduct(n: number, x: number): [number, number] {
  const [p, e] = twoProduct(n, x);
  let f = Math.floor(p);
  let alpha = p - f + e;
  if (alpha < 0) {
    f -= 1;
    alpha += 1;
  } else if (alpha >= 1) {
    f += 1;
    alpha -= 1;
  }
  return [f, alpha];
}

/** a/n − x in double-double (a, n whole numbers). */
function ratioMinus(a: number, n: number, x: number): [number, number] {
  const [hi, lo] = ratio(a, n);
  const [s, e] = twoSum(hi, -x);
  return quickTwoSum(s, e + lo);
}

/** a/n + x in double-double. */
function ratioPlus(a: number, n: number, x: number): [number, number] {
  const [hi, lo] = ratio(a, n);
  const [s, e] = twoSum(hi, x);
  return quickTwoSum(s, e + lo);
}

/** s + t renormalized, for |s| ≥ |t|. */
function quickTwoSum(s: number, t: number): [number, number] {
  const hi = s + t;
  return [hi, t - (hi - s)];
}

/** a/n in double-double. */
function ratio(a: number, n: number): [number, number] {
  const hi = a / n;
  const [p, e] = twoProduct(hi, n);
  return [hi, (a - p - e) / n];
}

/** (a + b)^m as a double, the base in double-double. */
function ddPow(a: number, b: number, m: number): number {
  const [hi, lo] = twoSum(a, b);
  const [mantissa, exponent] = ddPowScaled(hi, lo, m);
  return ldexp(mantissa, exponent);
}

/**
 * (hi + lo)^m as mantissa·2^exponent: the power of hi in chunks that stay above 2^−960,
 * times (1 + lo/hi)^m (first terms of its series, as xsf's pow_D).
 */
function ddPowScaled(hi: number, lo: number, m: number): [number, number] {
  if (m === 0) return [1, 0];
  if (hi === 0) return [0, 0];
  const [y, yExponent] = frexp(hi);
  const [mantissa, exponent] = powMantissa(y, m);
  const r = lo / hi;
  let adjust = m * r;
  if (Math.abs(adjust) > 1e-8) adjust = Math.abs(adjust) < 1e-4 ? adjust + m * r * (((m - 1) / 2) * r) : Math.expm1(m * Math.log1p(r));
  const [mm, me] = frexp(mantissa + mantissa * adjust);
  return [mm, me + exponent + m * yExponent];
}

/** y^m for y in [0.5, 1) as mantissa·2^exponent, without underflow. */
function powMantissa(y: number, m: number): [number, number] {
  const log2y = Math.log2(y);
  if (m * log2y > -960) return frexp(Math.pow(y, m));
  const chunk = Math.floor(-960 / log2y);
  const q = Math.floor(m / chunk);
  const [a, ae] = frexp(Math.pow(y, chunk));
  const [b, be] = powMantissa(a, q);
  const [c, ce] = frexp(Math.pow(y, m - q * chunk));
  const [d, de] = frexp(b * c);
  return [d, de + be + ce + ae * q];
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
