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

/**
 * What a finished case process reported: the results it printed as a JSON array on the
 * last line of stdout, or why it failed (for a failed exit, the exit code or signal and
 * the first stderr line mentioning an error, else the last stderr line).
 *
 * @example caseOutcome(1, null, "", "at x\nTypeError: boom\n  at y") // => {failed: "exit 1: TypeError: boom"}
 */
export function caseOutcome(code: number | null, signal: string | null, stdout: string, stderr: string): CaseResult[] | {failed: string} {
  const last = stdout.trim().split("\n").at(-1) ?? "";
  if (code === 0) {
    try {
      if (last.startsWith("[")) return JSON.parse(last) as CaseResult[];
    } catch {
      // A garbled line is no result, like a missing one: reported below.
    }
    return {failed: `exit 0 without a JSON array of results on the last line of stdout: ${JSON.stringify(last.slice(0, 80))}`};
  }
  const lines = stderr.trim().split("\n");
  return {failed: `exit ${code ?? signal}: ${lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? ""}`};
}
