import {performance} from "node:perf_hooks";

/** The timed runs of one case: every run's milliseconds and their median. */
export interface Timing {
  ms: number;
  runs: number[];
}

/**
 * The median of numbers (the mean of the middle two for an even count).
 *
 * @example median([3, 1, 2]) // => 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median requires at least one value, got none");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `work` once untimed (JIT, caches), then `repeats` times, timing each run with the monotonic clock. */
export async function timeRuns(repeats: number, work: () => unknown): Promise<Timing> {
  const runs: number[] = [];
  await work();
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await work();
    runs.push(performance.now() - t0);
  }
  return {ms: median(runs), runs};
}

/**
 * Times works round-robin, so that a change in the machine's load hits them alike: one
 * untimed round (JIT, caches), then `repeats` rounds of one run of each. Returns each
 * work's timed runs (ms) and the result of its last run.
 */
export async function timeRoundRobin<T>(works: readonly (() => T | Promise<T>)[], repeats: number): Promise<{runs: number[][]; results: T[]}> {
  const runs = works.map(() => [] as number[]);
  const results: T[] = [];
  for (let r = -1; r < repeats; r++) { // round -1 warms up, untimed
    for (const [i, work] of works.entries()) {
      const ms = await timeOnce(async () => { results[i] = await work(); });
      if (r >= 0) runs[i]!.push(ms);
    }
  }
  return {runs, results};
}

/** Milliseconds one call takes. */
export async function timeOnce(work: () => unknown): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** This process's peak resident memory so far, in MB (getrusage's maxrss). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** This process's resident memory now, in MB. */
export function rssMb(): number {
  return Math.round(process.memoryUsage.rss() / 2 ** 20);
}
