/** What one benchmark case reports; `run.ts` adds the ratio to its suite's baseline. */
export interface CaseResult {
  suite: string;
  case: string;
  /** Median wall-clock milliseconds of the timed runs. */
  ms: number;
  runs: number[];
  /** Rows in (the larger input) and out, where that means something. */
  rows: number;
  /** The process's peak resident memory (getrusage maxrss), in MB, including making the data. */
  peakRssMb: number;
  /** Resident memory just before the timed runs, in MB: the data and the engine. */
  rssBeforeMb: number;
  /** What all paths must agree on (an ordered fingerprint of the output, or the counts). */
  check: string;
  /** Cases of one group must give the same `check` (default: the whole suite). */
  group?: string;
  /** The case this one's ratio is taken against. */
  baseline: string;
  /** Anything else worth printing (engine threads, load time, notes). */
  extra?: Record<string, string | number>;
}
