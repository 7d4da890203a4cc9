import {quantileSorted} from "../profile/quantileSorted.js";
import {createRng} from "../synth/random.js";
import {binAgainst} from "./binAgainst.js";
import {ksTest} from "./ksTest.js";
import {numericBinning} from "./numericBinning.js";
import {psi} from "./psi.js";
import {checkedPool, sample} from "./psiNullBand.js";

/** Options of {@link ksPValueCurve}. */
export interface KsPValueCurveOptions {
  /** Rows in each of the two samples. */
  sizes: readonly number[];
  /** The current sample's values are the reference distribution's multiplied by 1 + shift (0.01: everything 1% higher). */
  shift: number;
  /** Pairs of samples per size (default 11). */
  replicates?: number;
  seed: number;
  /** Bins of the PSI computed on the same pairs (default 10). */
  bins?: number;
  eps?: number;
}

/** KS and PSI at one sample size, for a fixed small shift. */
export interface KsPValueCurveRow {
  n: number;
  shift: number;
  replicates: number;
  /** Medians over the replicates: KS statistic D, its asymptotic p-value, PSI. */
  statistic: number;
  pValue: number;
  psi: number;
  /** Share of replicates whose p-value is below 0.05 (KS "detects drift"). */
  flagged: number;
}

/**
 * What a fixed, tiny shift looks like to KS and to PSI as samples grow: for each size n,
 * `replicates` pairs of n values drawn with replacement from `pool`, the current one
 * multiplied by 1 + `shift`; the median KS statistic, p-value and PSI, and the share of
 * pairs KS flags at p < 0.05. D and PSI settle on the size of the shift; the p-value
 * falls towards 0 however small the shift.
 *
 * @example ksPValueCurve([1, 2, 3, 4, 5, 6, 7, 8], {sizes: [20], shift: 0, replicates: 3, seed: 7})[0].replicates // => 3
 */
export function ksPValueCurve(pool: ArrayLike<number | null>, options: KsPValueCurveOptions): KsPValueCurveRow[] {
  const {sizes, shift, replicates = 11, seed, bins = 10, eps = 1e-8} = options;
  const values = checkedPool("ksPValueCurve", pool, sizes, replicates);
  if (!(shift > -1 && Number.isFinite(shift))) throw new RangeError(`ksPValueCurve requires a finite shift > −1, got ${shift}`);
  const rng = createRng(seed, "ksPValueCurve");
  return sizes.map((n) => {
    const statistic = new Float64Array(replicates), pValue = new Float64Array(replicates), psis = new Float64Array(replicates);
    let flagged = 0;
    for (let r = 0; r < replicates; r++) {
      const reference = sample(values, n, rng);
      const current = sample(values, n, rng).map((v) => v * (1 + shift));
      const ks = ksTest(reference, current);
      statistic[r] = ks.statistic;
      pValue[r] = ks.pValue;
      if (ks.pValue < 0.05) flagged++;
      const binning = numericBinning(reference, bins);
      psis[r] = psi(binning.counts, binAgainst(binning, current).current, eps);
    }
    return {n, shift, replicates, statistic: median(statistic), pValue: median(pValue), psi: median(psis), flagged: flagged / replicates};
  });
}

function median(values: Float64Array): number {
  return quantileSorted(values.slice().sort(), 0.5)!;
}
