import {binCounts, numericBinning, psi} from "../drift/index.js";
import {rowsByDay} from "./rowsByDay.js";

/** Score drift per UTC day, as columns. */
export interface DailyScoreDrift {
  /** Each day's UTC midnight, epoch ms, ascending. */
  readonly day: Float64Array;
  readonly n: Int32Array;
  /** PSI of the day's scores against the reference scores' binning. */
  readonly psi: Float64Array;
}

/**
 * How far each day's score distribution moved from a reference (the model's scores on its
 * training window): lib/drift's PSI over the reference's quantile bins (`bins`, default
 * 10; DESIGN's binning and eps), one value per UTC day of `eventMs`. NaN scores are left out.
 *
 * @example Array.from(dailyScoreDrift([0.1, 0.2, 0.3, 0.4], [0.1, 0.4], [0, 0], {bins: 2}).psi) // => [0]
 */
export function dailyScoreDrift(reference: ArrayLike<number>, scores: ArrayLike<number>, eventMs: ArrayLike<number>, {bins = 10, eps = 1e-8}: {bins?: number; eps?: number} = {}): DailyScoreDrift {
  if (eventMs.length !== scores.length) throw new RangeError(`dailyScoreDrift requires one event time per score, got ${eventMs.length} and ${scores.length}`);
  const binning = numericBinning(reference, bins);
  const days = rowsByDay(eventMs);
  const out = {day: Float64Array.from(days, (d) => d.day), n: new Int32Array(days.length), psi: new Float64Array(days.length)};
  days.forEach(({rows}, k) => {
    const values = rows.map((i) => scores[i]!).filter((s) => s === s);
    out.n[k] = values.length;
    out.psi[k] = values.length ? psi(binning.counts, binCounts(binning.edges, values), eps) : NaN;
  });
  return out;
}
