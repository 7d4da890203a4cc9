import {createRng} from "../synth/random.js";
import {mixtureLikelihoodRatio} from "./msprt.js";
import {studentTwoSidedP} from "./studentT.js";

/** Options of {@link peekingSimulation}. */
export interface PeekingOptions {
  /** The planned horizon: units (days) of paired deltas per simulated comparison (≥ 2). */
  days: number;
  /** Checks spread evenly over the horizon, the last on the last day (default `days - 1`: every day from day 2). */
  looks?: number;
  /** Simulated comparisons (default 1000). */
  simulations?: number;
  /** Significance level of each check (default 0.05). */
  alpha?: number;
  /** True mean delta in standard deviations of one delta (default 0: an A/A comparison, every rejection a false positive). */
  effect?: number;
  /** The mSPRT mixture's standard deviation, in standard deviations of one delta (default 0.5). */
  tau?: number;
  /** Seed of the draws. */
  seed: number;
  /** Simulations whose p-value paths are returned, for a chart (default 20). */
  paths?: number;
}

/** Share of simulations rejected by a look. */
export interface PeekingLook {
  /** The day of the look (deltas seen). */
  day: number;
  /** Share rejected at this look or before by a t-test at every look (peeking). */
  peeking: number;
  /** Share rejected at this look or before by the mSPRT (Λ ≥ 1/α). */
  msprt: number;
}

/** The result of {@link peekingSimulation}. */
export interface PeekingSimulation {
  days: number;
  simulations: number;
  alpha: number;
  effect: number;
  tau: number;
  /** Share rejected by one paired t-test on the last day (≈ α in an A/A comparison). */
  fixedHorizonRate: number;
  /** Share rejected by the t-test at any look: climbs above α with the number of looks. */
  peekingRate: number;
  /** Share rejected by the mSPRT at any look: at most α in an A/A comparison. */
  msprtRate: number;
  /** Cumulative rejection shares, one entry per look. */
  byLook: PeekingLook[];
  /** The first simulations' p-values at each look: the t-test's and the mSPRT's always-valid one. */
  paths: {simulation: number; day: number; tTestP: number; msprtP: number}[];
}

/**
 * What peeking does: `simulations` paired comparisons of `days` normal deltas (mean
 * `effect`, standard deviation 1; effect 0 is an A/A test), each checked at `looks`
 * evenly spaced days. A paired t-test at every look, stopping at the first p < α,
 * rejects far more often than α; one t-test at the planned horizon rejects ≈ α; the
 * mixture SPRT (see {@link msprt}: Λ_n = √(σ²/(σ² + nτ²))·exp(n²τ²x̄²/(2σ²(σ² + nτ²))),
 * σ = 1 known here) at every look stays below α. Seeded: no Math.random.
 *
 * @example peekingSimulation({days: 30, simulations: 200, seed: 7}).fixedHorizonRate // => 0.065
 */
export function peekingSimulation(options: PeekingOptions): PeekingSimulation {
  const {days, simulations = 1000, alpha = 0.05, effect = 0, tau = 0.5, seed, paths: keep = 20} = options;
  const looks = options.looks ?? days - 1;
  if (!Number.isInteger(days) || days < 2) throw new RangeError(`peekingSimulation requires days as an integer ≥ 2, got ${days}`);
  if (!Number.isInteger(looks) || looks < 1 || looks > days - 1) throw new RangeError(`peekingSimulation requires looks as an integer in [1, days − 1] = [1, ${days - 1}], got ${looks}`);
  if (!Number.isInteger(simulations) || simulations < 1) throw new RangeError(`peekingSimulation requires simulations as an integer ≥ 1, got ${simulations}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`peekingSimulation requires alpha in (0, 1), got ${alpha}`);
  if (!(tau > 0) || !Number.isFinite(effect)) throw new RangeError(`peekingSimulation requires tau > 0 and a finite effect, got tau ${tau}, effect ${effect}`);
  const lookDays = lookSchedule(days, looks);
  const rng = createRng(seed, "peekingSimulation");
  const firstPeek = new Int32Array(looks).fill(0), firstMsprt = new Int32Array(looks).fill(0);
  let fixed = 0;
  const paths: PeekingSimulation["paths"] = [];
  for (let s = 0; s < simulations; s++) {
    let sum = 0, sum2 = 0, n = 0, peeked = false, stopped = false, msprtP = 1;
    for (let k = 0; k < looks; k++) {
      for (; n < lookDays[k]!; n++) {
        const d = effect + rng.normal();
        sum += d;
        sum2 += d * d;
      }
      const sd = Math.sqrt(Math.max(0, (sum2 - (sum * sum) / n) / (n - 1)));
      const p = studentTwoSidedP(sum / n / (sd / Math.sqrt(n)), n - 1);
      const lambda = mixtureLikelihoodRatio(sum, n, 1, tau * tau);
      msprtP = Math.min(msprtP, 1 / lambda);
      if (!peeked && p < alpha) ((peeked = true), firstPeek[k]!++);
      if (!stopped && lambda >= 1 / alpha) ((stopped = true), firstMsprt[k]!++);
      if (k === looks - 1 && p < alpha) fixed++;
      if (s < keep) paths.push({simulation: s, day: n, tTestP: p, msprtP});
    }
    for (; n < days; n++) {
      const d = effect + rng.normal(); // the days after the last look still count for the fixed horizon
      sum += d;
      sum2 += d * d;
    }
    if (lookDays[looks - 1] !== days) {
      const sd = Math.sqrt(Math.max(0, (sum2 - (sum * sum) / n) / (n - 1)));
      if (studentTwoSidedP(sum / n / (sd / Math.sqrt(n)), n - 1) < alpha) fixed++;
    }
  }
  let peekTotal = 0, msprtTotal = 0;
  const byLook = lookDays.map((day, k) => ({day, peeking: (peekTotal += firstPeek[k]!) / simulations, msprt: (msprtTotal += firstMsprt[k]!) / simulations}));
  return {days, simulations, alpha, effect, tau, fixedHorizonRate: fixed / simulations, peekingRate: peekTotal / simulations, msprtRate: msprtTotal / simulations, byLook, paths};
}

/**
 * The days of `looks` evenly spaced checks over `days`: round(days·j/looks) for
 * j = 1…looks, the last on the last day, none before day 2 (a t-test needs two deltas),
 * none twice (a collision moves on a day).
 *
 * @example lookSchedule(30, 3) // => [10, 20, 30]
 */
export function lookSchedule(days: number, looks: number): number[] {
  const out: number[] = [];
  for (let j = 1; j <= looks; j++) out.push(Math.max(2, Math.round((days * j) / looks), (out.at(-1) ?? 0) + 1));
  return out;
}
