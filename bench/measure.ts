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
