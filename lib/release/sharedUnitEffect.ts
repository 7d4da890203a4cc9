import {createRng} from "../synth/random.js";

/** Options of {@link sharedUnitEffect}. */
export interface SharedUnitEffectOptions {
  /** Standard deviation of the shock, in the metric's units (≥ 0). */
  sd: number;
  seed: number;
}

/**
 * Adds the same normal shock, N(0, sd²), to both arms of each unit: what a holiday, a
 * traffic mix or a data outage does to every model on that day. A paired comparison
 * does not see it (each delta is unchanged, up to rounding); an unpaired one counts it as
 * noise. Units where either arm is null keep their nulls. Seeded: no Math.random.
 *
 * @example sharedUnitEffect([0.8, 0.8], [0.9, null], {sd: 0, seed: 1}) // => {baseline: [0.8, 0.8], candidate: [0.9, null], effect: [0, 0]}
 */
export function sharedUnitEffect(baseline: readonly (number | null)[], candidate: readonly (number | null)[], options: SharedUnitEffectOptions): {baseline: (number | null)[]; candidate: (number | null)[]; effect: number[]} {
  const {sd, seed} = options;
  if (!(sd >= 0 && Number.isFinite(sd))) throw new RangeError(`sharedUnitEffect requires a finite sd ≥ 0, got ${sd}`);
  if (baseline.length !== candidate.length) throw new RangeError(`sharedUnitEffect requires baseline and candidate of the same length, got ${baseline.length} and ${candidate.length}`);
  const rng = createRng(seed, "sharedUnitEffect");
  const effect = baseline.map(() => sd * rng.normal() + 0); // + 0: sd 0 gives +0, not −0
  const shift = (values: readonly (number | null)[]) => values.map((v, i) => (v === null ? null : v + effect[i]!));
  return {baseline: shift(baseline), candidate: shift(candidate), effect};
}
